/**
 * A message may ask a question, then ask it again of someone else in a word or two: "What did Brewer say
 * about the troops? And McCain?", "how many troops did Bush send in 2006? and Obama in 2010?". The second
 * question is the first with its subject (and year) swapped; spelled out, the message asks two questions of
 * the same shape, which parts.ts splits into parts (or joins into one comparison) as if they had been
 * written in full.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** A question asked again of someone else: "And McCain?", "what about Trevilla?"; group 1 the other side. */
const ASKED_AGAIN =
  /^(?:and|also|plus|and\s+what\s+about|what\s+about|and\s+how\s+about|how\s+about)\s+(.+?)[\s?]*$/i;
/** A year the other side is placed in: "Obama in 2010", "Florida 2023". */
const YEAR_AFTER = /^(.+?)(?:\s+in)?\s+((?:1[6-9]|20)\d\d)$/;
const YEAR = /\b(?:1[6-9]|20)\d\d\b/;
/** A noun phrase opening with a determiner: "the troops", "those soldiers". */
const DETERMINED = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)\s/i;
/** Longest other side, in words: longer, the second sentence is a question of its own. */
const MAX_SIDE_WORDS = 5;
/** Question words a question asked again opens with, before its auxiliary ("how many troops did…"). */
const OPENING: ReadonlySet<string> = new Set(['what', 'who', 'when', 'where', 'why', 'how', 'which']);
/** At most this many words between the question word and its auxiliary ("how many Guard troops did"). */
const MAX_OPENING_WORDS = 5;

/** The subject of a question opening with a question word and an auxiliary, as character offsets. */
function subjectOf(analysis: Analysis): { start: number; end: number } | null {
  const { tokens } = analysis;
  if (!OPENING.has(tokens[0]?.normal ?? '')) return null;
  const aux = tokens.findIndex((t, i) => i > 0 && t.pos === 'AUX');
  if (aux < 1 || aux > MAX_OPENING_WORDS) return null;
  const verb = tokens.findIndex((t, i) => i > aux + 1 && t.pos === 'VERB');
  const first = tokens[aux + 1];
  const last = tokens[verb - 1];
  if (verb <= aux + 1 || !first || !last) return null;
  return { start: first.start, end: last.end };
}

/**
 * `text` with a last sentence that asks the question before it again of someone else spelled out in full,
 * joined to that question by "and"; `text` unchanged otherwise. `analyse` reads parts of speech.
 */
export function withQuestionAskedAgain(text: string, analyse: (text: string) => Analysis): string {
  const sentences = text.trim().split(/(?<=\?)\s+/);
  if (sentences.length !== 2) return text;
  const [asked, again] = sentences as [string, string];
  const side = ASKED_AGAIN.exec(again)?.[1];
  if (!side || side.split(/\s+/).length > MAX_SIDE_WORDS) return text;
  const question = asked.replace(/[?\s]+$/, '');
  const subject = subjectOf(analyse(question));
  if (!subject) return text;
  // "What did Trump say about the wall? And the troops?": a thing, where the asked subject is a name, is
  // the topic asked again, not a second subject.
  if (DETERMINED.test(side) && !DETERMINED.test(question.slice(subject.start, subject.end))) return text;
  const placed = YEAR_AFTER.exec(side);
  const name = placed?.[1] ?? side;
  const year = placed?.[2];
  let second = `${question.slice(0, subject.start)}${name}${question.slice(subject.end)}`;
  if (year) second = YEAR.test(second) ? second.replace(YEAR, year) : `${second} in ${year}`;
  const lower = lowerFirst(second);
  return `${question} and ${lower}?`;
}
