/**
 * Where in a sentence a comparison's giver gives a figure (compare-attributed.ts): a pronoun of theirs before a
 * verb of saying or giving, a word of giving between their name and the figure, and the stretches of the
 * sentence that are another's quotation, where a giver named gives nothing.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { lowerBound } from '../nlp/pipeline.ts';
import { GIVING } from './compare-disputed.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** A word of a sentence's text: letters and apostrophes ("He", "said", "o’clock"). */
const WORD = /[\p{L}’']+/gu;

/**
 * Where a pronoun standing for the giver tells what they said or gave ("He said that … more than 60 soldiers
 * were executed"): the pronoun's offset when the word after it is a verb of saying or giving, else -1. A
 * pronoun elsewhere ("his staff", "told him") names no figure of theirs.
 */
export function pronounGiving(text: string, pronoun: string, gives: (word: string) => boolean): number {
  const words = [...text.matchAll(WORD)];
  const at = words.findIndex(
    (w, i) => w[0].toLowerCase() === pronoun.toLowerCase() && gives((words[i + 1]?.[0] ?? '').toLowerCase()),
  );
  return at < 0 ? -1 : (words[at]?.index ?? -1);
}

/** Words read on the giver's side of the stretch between their name and a figure for a word of giving. */
const MAX_GIVING_GAP = 60;

/**
 * Whether a word of saying or giving ("puts", "said", "according to") stands between the giver named at `at`
 * and the figure `figure` of `text`, whichever comes first: what makes the figure theirs rather than a
 * figure of a sentence that only names them. Reads at most MAX_GIVING_GAP words, those nearest the name.
 */
export function givenBetween(
  text: string,
  at: number,
  figure: string,
  gives: (word: string) => boolean,
): boolean {
  const f = text.indexOf(figure, at);
  const before = f < 0;
  const stretch = before ? text.slice(Math.max(0, text.indexOf(figure)), at) : text.slice(at, f);
  const words = [...stretch.matchAll(WORD)].map((w) => w[0].toLowerCase());
  const near = before ? words.slice(-MAX_GIVING_GAP) : words.slice(0, MAX_GIVING_GAP);
  return near.some((w) => gives(w)) || GIVING.test(near.join(' '));
}

/** Double quotation marks: where a stretch of a sentence's quoted or unquoted words ends. */
const DOUBLE_MARK = /["“”]/g;

/**
 * Whether the text at an offset of `s` stands in a quotation of `s` by someone other than `giverId`: a giver
 * named in another's words ("…Lieutenant Davis went with his scouts … near a hundred miles off", J. P.
 * Mayhall says) gives no figure there. The offset's stretch between double quotation marks (the whole sentence
 * inside a quotation running over several) is looked for in each such quotation's words, so a name or
 * pronoun also written outside them ("In it he puts the raiders at three hundred, though a teamster said,
 * \"there were …\"") still gives its figure. Each stretch is looked for once.
 */
export function quotedByAnother(
  index: KnowledgeIndex,
  s: Sentence,
  giverId: string,
): (at: number) => boolean {
  const others = (index.quotesBySentence.get(s.id) ?? []).filter((q) => q.speakerId !== giverId);
  if (others.length === 0) return () => false;
  const whole = new Set(others.map((q) => q.text.trim()));
  const marks = [...s.text.matchAll(DOUBLE_MARK)].map((m) => m.index);
  const known = new Map<number, boolean>();
  return (at) => {
    const k = lowerBound(0, marks.length, (i) => (marks[i] ?? 0) < at);
    let found = known.get(k);
    if (found === undefined) {
      const from = k > 0 ? (marks[k - 1] ?? -1) + 1 : 0;
      const stretch = s.text.slice(from, marks[k] ?? s.text.length).trim();
      found = whole.has(stretch) || others.some((q) => q.text.includes(stretch));
      known.set(k, found);
    }
    return found;
  };
}

/** The offset of the first `mention` in `text` for which `quoted` is false, or -1. */
export function firstOutside(text: string, mention: string, quoted: (at: number) => boolean): number {
  if (mention === '') return -1;
  for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + mention.length))
    if (!quoted(at)) return at;
  return -1;
}
