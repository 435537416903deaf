/**
 * The inner sentence of a passage read as one sentence (a quotation of several sentences: "The men of Mier
 * fought the Texans in the streets. … We pray today for all the dead") that a date stands in. A date there
 * dates the acts of its own inner sentence: when the asked words are said in the passage only in the others,
 * it is the date of something else (the prayer), not of the asked event (the fight).
 */
import type { Token } from '../nlp/analysis.ts';

/**
 * A sentence's end inside a passage: a full stop, question or exclamation mark (and a closing quotation mark)
 * after a word of two small letters or more (not an initial or an abbreviated title: "Gen. Taylor", "Dec. 25",
 * "a.m. Sunday"), before a capital — the end dated-act.ts reads. The word is matched, not looked behind for: a
 * lookbehind would rescan a long run of letters from each of its letters.
 */
const INNER_END = /(?<![\p{L}.])\p{Ll}{2,}[.?!]["”’]?(?=\s+["“‘]?\p{Lu})/gu;

/** An inner sentence opening with a word that points back at what the one before told. */
const POINTS_BACK = /^[\s"“‘]*(?:it|that|this|then|those|these|there)\b/i;

/** What lies between words (built once: see src/nlp/letter-tests.ts). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * The inner sentence of `text` that holds `dateText`, and the rest of the passage; `null` when `text` is one
 * sentence or the date is not found.
 */
export function innerSentenceOf(text: string, dateText: string): { own: string; rest: string } | null {
  const at = text.toLowerCase().indexOf(dateText.toLowerCase());
  if (at < 0) return null;
  const ends = [...text.matchAll(INNER_END)].map((m) => m.index + m[0].length);
  if (ends.length === 0) return null;
  const from = ends.filter((e) => e <= at).at(-1) ?? 0;
  const to = ends.find((e) => e > at) ?? text.length;
  return { own: text.slice(from, to), rest: text.slice(0, from) + ' ' + text.slice(to) };
}

/**
 * True when a date in a passage of several sentences stands in an inner sentence that says none of the asked
 * `words` while another of its inner sentences says one: the date dates another act than the one asked.
 * Words are compared by stem, in the words as written and in their lemmas (`tokensOf`: "fought" for "fight").
 */
export function askedWordsInOtherSentence(
  text: string,
  dateText: string,
  words: readonly string[],
  stem: (word: string) => string,
  tokensOf: (text: string) => readonly Token[],
): boolean {
  if (words.length === 0) return false;
  const inner = innerSentenceOf(text, dateText);
  if (!inner) return false;
  // "That was on March 9": an inner sentence that opens by pointing back dates the act told before it.
  if (POINTS_BACK.test(inner.own)) return false;
  const asked = new Set(words.map(stem));
  const says = (part: string) =>
    tokensOf(part).some((t) => asked.has(stem(t.lemma)) || asked.has(stem(t.normal))) ||
    part
      .toLowerCase()
      .split(NOT_WORD)
      .some((w) => w !== '' && asked.has(stem(w)));
  return !says(inner.own) && says(inner.rest);
}
