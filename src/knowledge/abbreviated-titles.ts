/**
 * Abbreviated titles an article uses that the lexicon does not list: "Profra. Amalia Ruiz Bustamante" and
 * later "Profra. Ruiz said". The article's own usage says the word is a title, not a surname ending a
 * sentence: it never stands without its full stop and a name after it, and at least once the stop cannot end
 * a sentence, because the name after it is the subject of an attribution the word opens ('…," Profra. Ruiz
 * said', 'said Profra. Amalia Ruiz Bustamante, the chronicler').
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { mayOpenWithCapital, NAME_SUFFIX, NAME_WORD, SPEECH_CUES } from './name-words.ts';

/** Uses of a word before it is taken as a title: one could be a sentence ending in a surname. */
const MIN_USES = 2;
/** The longest abbreviation: "Profra", "Mtra", "Lic"; a longer word is more likely a name. */
const MAX_ABBREVIATION_LENGTH = 6;
/** Most words of a name set off after an abbreviated title ("Guadalupe Hernández Cházaro"). */
const MAX_APPOSED_NAME_WORDS = 5;
/** A word written as an abbreviation is: a capital, then small letters. */
const ABBREVIATION_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/** What the search asks of the lexicon. */
export interface AbbreviationReader {
  isTitle(value: string): boolean;
  isEnglishWord(word: string): boolean;
}

/**
 * The words (as written, without the stop) that `analyses`, one article's paragraphs, use as abbreviated
 * titles the lexicon does not know: each written at least {@link MIN_USES} times, always as "Word." before a
 * capitalised name word no English word is, at least once where an attribution runs across the stop; or
 * once, opening a paragraph.
 */
export function abbreviatedTitles(analyses: readonly Analysis[], reader: AbbreviationReader): Set<string> {
  const uses = new Map<string, number>();
  const attributing = new Set<string>();
  const otherwise = new Set<string>();
  // "Ing. Salvador Ochoa, of the Mexican section, was more guarded.": a paragraph does not open with a
  // sentence of one word, so a word opening one before its stop and a name is the name's title, once is enough;
  // nor does a sentence end in a word set off by a comma before a name set off by commas.
  const opening = new Set<string>();
  for (const { tokens } of analyses) {
    for (let t = 0; t < tokens.length; t++) {
      const value = tokens[t]?.value ?? '';
      if (
        value.length > MAX_ABBREVIATION_LENGTH ||
        // A word opening with an ASCII character other than a capital is turned away without the pattern.
        !mayOpenWithCapital(value) ||
        !ABBREVIATION_SHAPE.test(value)
      )
        continue;
      if ((t === 0 || tokens[t - 1]?.value === ',') && stopBeforeFullName(tokens, t, t > 0))
        opening.add(value);
      else if (!stopBeforeName(tokens, t, reader)) {
        otherwise.add(value);
        continue;
      }
      uses.set(value, (uses.get(value) ?? 0) + 1);
      if (attributionAcross(tokens, t) || opening.has(value)) attributing.add(value);
    }
  }
  const out = new Set<string>();
  for (const [value, count] of uses)
    if (
      (opening.has(value) || count >= MIN_USES) &&
      attributing.has(value) &&
      !otherwise.has(value) &&
      !NAME_SUFFIX.test(value) &&
      !reader.isTitle(value) &&
      !reader.isEnglishWord(value.toLowerCase())
    )
      out.add(value);
  return out;
}

/**
 * True when token `t` is followed by a full stop and two capitalised words: a name, even one whose first
 * word is also an English word ("Ing. Salvador Ochoa"), when nothing before the word could end a sentence.
 * `setOff`: the word follows a comma, and the name must close with one ("The municipal president of
 * Tlalixcoyan, Profa. Guadalupe Hernández Cházaro, placed a wreath"): a name set off by commas on both sides
 * is an apposition, and no sentence opens with a subject cut from its verb by a comma.
 */
function stopBeforeFullName(tokens: readonly Token[], t: number, setOff = false): boolean {
  if (
    tokens[t + 1]?.value !== '.' ||
    !NAME_WORD.test(tokens[t + 2]?.value ?? '') ||
    !NAME_WORD.test(tokens[t + 3]?.value ?? '')
  )
    return false;
  if (!setOff) return true;
  let k = t + 4;
  while (k < t + 2 + MAX_APPOSED_NAME_WORDS && NAME_WORD.test(tokens[k]?.value ?? '')) k++;
  return tokens[k]?.value === ',';
}

/** True when token `t` is followed by a full stop and a capitalised name word no English word is ("Ruiz"). */
function stopBeforeName(tokens: readonly Token[], t: number, reader: AbbreviationReader): boolean {
  const next = tokens[t + 2];
  return (
    tokens[t + 1]?.value === '.' &&
    next !== undefined &&
    NAME_WORD.test(next.value) &&
    !reader.isEnglishWord(next.value.toLowerCase())
  );
}

/**
 * True when an attribution runs across the stop after token `t`: a verb of saying before the word ('said
 * Profra.'), or a quotation closed by a comma before it and a verb of saying after the name ('…," Profra. Ruiz
 * said'). Neither leaves a sentence that could end at the stop.
 */
function attributionAcross(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  if (before && SPEECH_CUES.has(before.normal) && tokens[t - 2]?.value !== '.') return true;
  const closedByComma = /^["”]$/.test(before?.value ?? '') && tokens[t - 2]?.value === ',';
  if (!closedByComma) return false;
  let k = t + 2;
  while (NAME_WORD.test(tokens[k]?.value ?? '')) k++;
  return SPEECH_CUES.has(tokens[k]?.normal ?? '');
}
