/**
 * Which act a date in a sentence dates. "When did the Mexicans surround Victorio's camp?" is answered by the
 * date in the clause that says the surrounding ("surrounded his camp … on the evening of Oct. 14"), not by
 * the day the news came ("brought word on Monday that … surrounded"), nor by a date in a sentence that says
 * another act of the same people.
 */
import type { WordLens } from './retrieval.ts';

/** Words that open a clause of its own: a date on their other side dates another act. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'because',
  'although',
  'though',
  'whether',
]);
/** Marks that close a clause (a semicolon, a dash, a bracket). */
const CLAUSE_MARKS = /^[;:—–()[\]]$/u;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[;:—–()[\]]/gu;

/** Where a sentence stands to the asked act: a date in the act's clause, the act elsewhere in it, or no act. */
export type DatedAct = 'dates-act' | 'says-act' | 'no-act';

interface Word {
  text: string;
  start: number;
}

function wordsOf(lowerText: string): Word[] {
  return [...lowerText.matchAll(WORDS)].map((m) => ({ text: m[0], start: m.index }));
}

/** True when no clause opener or mark stands strictly between words `a` and `b`. */
function sameClause(words: readonly Word[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = from + 1; i < to; i++) {
    const w = words[i]?.text ?? '';
    if (CLAUSE_OPENERS.has(w) || CLAUSE_MARKS.test(w)) return false;
  }
  return true;
}

/**
 * A test of where a sentence's date stands to the act a question asks the date of (`acts`: the lemmas of
 * the question's own verbs): `dates-act` when a word of the sentence says the act (the same word, a form of
 * it or a synonym) in the clause the date stands in; `says-act` when the sentence says it elsewhere;
 * `no-act` when it does not say it. `null` when the question asks no act.
 *
 * A word only near in meaning by the word vectors does not count: "reveal" is near "publish" and "raise"
 * near "begin", and with such words (related ≥ 0.4, the count handler's measure) all dev splits answered
 * 917/1090 against 919 without them (npm run eval 2026-12-01).
 */
export function datedActTest(
  acts: readonly string[],
  lens: Pick<WordLens, 'synonymsOf'>,
  stem: (word: string) => string,
): ((sentence: { text: string; lemmas: readonly string[] }, dateText: string) => DatedAct) | null {
  if (acts.length === 0) return null;
  const forms = new Set(acts.flatMap((a) => [a, ...lens.synonymsOf(a)]));
  const stems = new Set([...forms].map(stem));
  const says = (lemma: string) => forms.has(lemma) || stems.has(stem(lemma));
  return (sentence, dateText) => {
    const sayers = new Set(sentence.lemmas.filter(says).map(stem));
    if (sayers.size === 0) return 'no-act';
    const lower = sentence.text.toLowerCase();
    const words = wordsOf(lower);
    const at = lower.indexOf(dateText.toLowerCase());
    const dateWord = words.findIndex((w) => w.start >= at);
    if (at < 0 || dateWord < 0) return 'says-act';
    for (let i = 0; i < words.length; i++) {
      const w = words[i]?.text ?? '';
      if ((sayers.has(stem(w)) || stems.has(stem(w))) && sameClause(words, i, dateWord)) return 'dates-act';
    }
    return 'says-act';
  };
}
