/**
 * Comparisons whose two sides are named first and asked of after, by a word pointing back to them: "the
 * trooper's wife at Fort Davis and the guard mom from Safford, what did each of them say about getting their
 * guy home", "The JTF-6 commander in 1992 and the Texas Guard captain in 2023 both talked about arresting
 * people. What did each of them say?". Each side is the question with its phrase in place of the pointing
 * word, and the topic the opening gives them ("about arresting people") when the question has none.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { CoordinatedSides } from './compare-coordinated.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;

/** Question words that open the question asked of the sides named before it. */
const ASKING: ReadonlySet<string> = new Set(['what', 'how', 'why', 'when', 'where']);
/**
 * Auxiliaries a yes-no question asked of the sides opens with ("Canales in 1919 and Abbott in 2022 — did they
 * want…", "…both acted on their own. Did Washington back either of them?").
 */
const ASKING_YES_NO: ReadonlySet<string> = new Set(['did', 'do', 'does']);
/** Punctuation between the sides named and the question asked of them. */
const BREAK = /^[,;:.?!—–-]$/;
/** Parts of speech an opening naming people may begin with ("the…", "Gen. Davis…", "Mexico's consul…"). */
const OPENING_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Words asking the same of each of two sides named before ("each of them", "they both"). */
const EACH_OF_THEM = 'each of them|both of them|either of them|the two of them|they each|they both';
/** Words of the question pointing back to the sides ("each of them", "they"), the longest first. */
const POINTING_BACK = new RegExp(`\\b(?:${EACH_OF_THEM}|they|them)\\b`, 'i');
/** Words that hand a question to each side, left out of each side's question. */
const DISTRIBUTING = /\s+\b(?:each|both)\b/gi;
/** Parts of speech before a participle that keep it in a noun phrase ("the captured Villa officer"). */
const BEFORE_MODIFIER: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV']);
/** Prepositions that give the topic the sides spoke of ("talked about arresting people"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on']);

/**
 * Where the question asked of the sides opens: a question word, or the auxiliary of a yes-no question, after a
 * break, not the first word. -1 if none.
 */
function questionStart(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      i > 2 &&
      (ASKING.has(t.normal) || ASKING_YES_NO.has(t.normal)) &&
      BREAK.test(tokens[i - 1]?.value ?? ''),
  );
}

/**
 * Where the opening's own verb is ("…both talked about…"): the word after "both" or "each", else the first
 * verb not capitalised and not inside a noun phrase. -1 when the opening only names the sides.
 */
function openingVerb(tokens: readonly Token[], end: number): number {
  for (let i = 1; i < end; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.normal === 'both' || t.normal === 'each') return i;
    if (t.pos === 'VERB' && !P1.test(t.value) && !BEFORE_MODIFIER.has(tokens[i - 1]?.pos ?? '')) return i;
  }
  return -1;
}

/**
 * The sides of a question that names two people or bodies joined by "and" before asking of them with a word
 * pointing back ("each of them", "they"), and the question asked of each; `null` when it opens otherwise, asks
 * with no such word, or its opening joins other than two phrases.
 */
export function frontedSides(tokens: readonly Token[], text: string): CoordinatedSides | null {
  if (!OPENING_POS.has(tokens[0]?.pos ?? '') || ASKING.has(tokens[0]?.normal ?? '')) return null;
  const q = questionStart(tokens);
  const opening = tokens[q];
  if (q < 0 || !opening) return null;
  const question = text.slice(opening.start);
  if (!POINTING_BACK.test(question)) return null;
  const breakAt = q - 1;
  const verb = openingVerb(tokens, breakAt);
  const subjectEnd = verb < 0 ? breakAt : verb;
  const ands = tokens.slice(0, subjectEnd).flatMap((t, i) => (t.normal === 'and' ? [i] : []));
  const [k] = ands;
  if (ands.length !== 1 || k === undefined || k === 0 || k === subjectEnd - 1) return null;
  const first = tokens[0];
  const and = tokens[k];
  const after = tokens[k + 1];
  const last = tokens[subjectEnd - 1];
  if (!first || !and || !after || !last) return null;
  const phrases: [string, string] = [
    text.slice(first.start, and.start).replace(/[\s,]+$/, ''),
    text.slice(after.start, last.end),
  ];
  // A yes-no question asks its own topic: the opening's ("acted on their own") is what the sides share.
  const topic = verb < 0 || ASKING_YES_NO.has(opening.normal) ? null : topicOf(tokens, text, verb, breakAt);
  const side = (phrase: string) => {
    const asked = question.replace(POINTING_BACK, phrase).replace(DISTRIBUTING, '').trim();
    return topic && !/\babout\b/i.test(asked) ? asked.replace(/[?.!\s]*$/, ` about ${topic}?`) : asked;
  };
  return { questions: [side(phrases[0]), side(phrases[1])], phrases, fronted: true };
}

/** The topic an opening gives its sides: its words after "about" or "on" ("arresting people"), or `null`. */
function topicOf(tokens: readonly Token[], text: string, verb: number, end: number): string | null {
  const at = tokens.findIndex((t, i) => i > verb && i < end && TOPIC_PREPOSITIONS.has(t.normal));
  const from = tokens[at + 1];
  const to = tokens[end - 1];
  return at < 0 || !from || !to || at + 1 >= end ? null : text.slice(from.start, to.end);
}

/** A question asking the same of each of two sides named before it ("What did each of them say?"). */
const ASKS_EACH_OF_THEM = new RegExp(`\\b(?:${EACH_OF_THEM})\\b`, 'i');

/**
 * `question` joined to the sentence before it when that sentence names the two sides the question asks of
 * each ("The JTF-6 commander in 1992 and the Texas Guard captain in 2023 both talked about arresting people.
 * What did each of them say?"), so the sides and their topic are read with it; `question` unchanged when it
 * asks of no two sides named before, or `context` names none (see {@link frontedSides}).
 */
export function withFrontedSides(
  question: string,
  context: string | null,
  analyse: (text: string) => { tokens: Token[]; text: string },
): string {
  if (context === null || !ASKS_EACH_OF_THEM.test(question)) return question;
  const before = (
    context
      .trim()
      .split(/(?<=[.!?])\s+/)
      .at(-1) ?? ''
  ).replace(/[.;:!\s]*$/, '.');
  const joined = `${before} ${question}`;
  const a = analyse(joined);
  return frontedSides(a.tokens, a.text) ? joined : question;
}
