/**
 * Whether a word the English lexicon lacks is still English as it is written: a regular form of an English
 * word ("repped"), two English words run together ("greenlight"), or an English word misspelt as it sounds
 * ("sarjent" for sergeant). Such a word is an ordinary word of the question, not a name or a subject the
 * coverage lacks, so it must not decline the question on its own.
 */

/** What the reader knows of English words: the lexicon, and a word's frequency rank (`null`: not a frequent word). */
export interface EnglishLexicon {
  isEnglishWord: (word: string) => boolean;
  rankOf: (word: string) => number | null;
}

/**
 * Letters each part of a run-together compound must have: "greenlight" splits into green + light, while a
 * name that happens to start with a short word ("Noem", "Tijerina") does not.
 */
const MIN_COMPOUND_PART = 4;

/**
 * Frequency rank under which both parts of a compound must be: common words ("green", "light"), not the rare
 * words and names the frequency table also holds. The spelling corrector's frequent-word bound.
 */
const MAX_COMPOUND_PART_RANK = 30_000;

/** What a word may be a regular form of: "texted" → text, "repped" → rep, "carried" → carry. */
export function inflectedFrom(word: string): string[] {
  const m = /^(.+?)(s|es|ed|ing|er|ers|ies|ied)$/.exec(word);
  if (!m?.[1]) return [];
  const base = m[1];
  const out = [base, `${base}e`];
  if (m[2] === 'ies' || m[2] === 'ied') out.push(`${base}y`);
  if (base.length >= 2 && base.at(-1) === base.at(-2)) out.push(base.slice(0, -1));
  return out;
}

/**
 * True when `word` (lower case) is a verb's regular past or present participle of an English word the
 * lexicon has ("repped" → rep, "texting" → text). Only for a word read as a verb: a name ending in "-s" or
 * "-er" ("Rogers", "Winters") is no form of the word inside it.
 */
export function isRegularVerbForm(word: string, pos: string, lexicon: EnglishLexicon): boolean {
  if (pos !== 'VERB' || !/(?:ed|ing)$/.test(word)) return false;
  return inflectedFrom(word).some((base) => base.length >= 3 && lexicon.isEnglishWord(base));
}

/**
 * True when `word` (lower case) is two frequent English words run together ("greenlight", "troopship"),
 * each of {@link MIN_COMPOUND_PART} letters or more.
 */
export function isEnglishCompound(word: string, lexicon: EnglishLexicon): boolean {
  const frequent = (part: string) => {
    const rank = lexicon.rankOf(part);
    return rank !== null && rank < MAX_COMPOUND_PART_RANK && lexicon.isEnglishWord(part);
  };
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++)
    if (frequent(word.slice(0, cut)) && frequent(word.slice(cut))) return true;
  return false;
}

/**
 * True when a question's word is English though the lexicon lacks it as written: the lexicon has it or its
 * lemma, or it is a regular verb form or a compound of English words. `written` is the word as typed: one
 * with a capital is left to the name checks (a compound surname, "Goodfellow", is a name).
 */
export function isEnglishForm(
  token: { normal: string; lemma: string; pos: string; written: string },
  lexicon: EnglishLexicon,
): boolean {
  const { normal, lemma, pos, written } = token;
  if (lexicon.isEnglishWord(normal) || lexicon.isEnglishWord(lemma)) return true;
  if (!/^[a-z]+$/.test(normal) || written !== normal) return false;
  return isRegularVerbForm(normal, pos, lexicon) || isEnglishCompound(normal, lexicon);
}

/**
 * A word's consonants as they sound, in order, for finding a misspelling of a word as it is said ("sarjent",
 * "sargent" and "sergeant" are all s-r-j-n-t): "c" before e, i or y is "s", otherwise "k"; "g" before e, i or
 * y is "j"; "ph" is "f", "q" "k", "z" "s"; "t" after a letter other than "s" and before "i" and a vowel is "s" (it
 * says "sh": "capitulation", "capitulashun", "nashun" are k-p-t-l-s-n and n-s-n; "question" keeps its "t");
 * then the vowels (and "h", "w" after the first letter) are dropped and doubled letters written once. The
 * first letter is kept as it sounds.
 */
export function soundKey(word: string): string {
  const sounded = word
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/(?<=[a-rt-z])t(?=i[aeou])/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/dg(?=[eiy])/g, 'j')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/[cq]/g, 'k')
    .replace(/z/g, 's');
  const first = sounded.charAt(0);
  const rest = sounded.slice(1).replace(/[aeiouyhw]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}
