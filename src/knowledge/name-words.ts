/** The shapes of names and role words, shared by finding people and finding their mentions. */
import type { Token } from '../nlp/pipeline.ts';
import { isCapitalisedWord } from '../nlp/letter-tests.ts';

/** Verbs of saying beside which a name or a description names a speaker ("Delgado said", "said a spokesman"). */
export const SPEECH_CUES = new Set([
  'say',
  'said',
  'says',
  'add',
  'added',
  'tell',
  'told',
  'state',
  'stated',
  'note',
]);

/** Lower-case words a person's name may hold ("Luis de la Rosa", "Rosa Garza y Treviño", "Gerrit van Dijk"). */
export const PERSON_NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'van',
  'von',
  'da',
]);

/** A word written as a name: a capital, then letters, apostrophes or hyphens. */
export const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** A generational suffix written after a name ("Jr.", "Sr.", "III"): part of the name, not its surname. */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** A role word without its gendered ending, so "the spokeswoman" finds a "spokesperson" ("spokes"). */
export function roleForm(word: string): string {
  const stem = word.replace(/(wo)?m[ae]n$|persons?$|people$/, '');
  return stem.length >= 4 && stem !== word ? stem : word;
}

/**
 * The gender a role word marks: the one the lexicon's gendered nouns give it ("widow", "actress", "spokeswoman"),
 * else the one its ending marks for words the list lacks ("chairwomen", "assemblyman"), or `null`.
 */
export function roleWordGender(
  word: string,
  gendered: ReadonlyMap<string, 'male' | 'female'>,
): 'male' | 'female' | null {
  const listed = gendered.get(word);
  if (listed) return listed;
  if (/wom[ae]n$/.test(word)) return 'female';
  return /m[ae]n$/.test(word) && roleForm(word) !== word ? 'male' : null;
}

/**
 * False when `value` opens with an ASCII character that is not a capital letter, so that no pattern
 * starting with `\p{Lu}` can match it; true otherwise (the pattern decides).
 */
export function mayOpenWithCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  return !(c < 0x80 && (c < 0x41 || c > 0x5a));
}

/** True when `value` opens with a small letter (`\p{Ll}`): an ASCII first character is read without the pattern. */
export function opensWithSmallLetter(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return SMALL_LETTER_FIRST.test(value);
}

const SMALL_LETTER_FIRST = /^\p{Ll}/u;

/** A title or honorific as looked up: lower case, without its full stop ("Gen." → "gen"). */
export function bare(value: string): string {
  return withoutFinalStop(value.toLowerCase());
}

/**
 * `word` without one full stop at its end. A look at its last character, not a pattern that replaces: most
 * words have no stop, and {@link bare} runs on every capitalised word of every article.
 */
function withoutFinalStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Military ranks "General" follows as the head noun ("Brigadier General" is a general). */
const RANKS_OF_GENERAL = new Set(['brigadier', 'brig', 'major', 'maj', 'lieutenant', 'lt', 'lieut']);

/**
 * The head word of a title: its last word, except a postpositive "General" after an office ("Attorney
 * General Herbert Brownell" is the attorney, not a general; "Maj. Gen. Swing" and "Retired Gen. Amaya" are
 * generals, the rank abbreviated), and the word
 * an "of" complement follows ("Secretary of War Newton D. Baker" is the secretary, not a war).
 */
export function titleHead<T extends { value: string }>(words: readonly T[]): T | undefined {
  const of = words.findIndex((w) => w.value === 'of');
  if (of > 0) return titleHead(words.slice(0, of));
  const last = words.at(-1);
  const before = words.at(-2);
  if (!last || !before) return last;
  if (bareWord(last) !== 'general' && bareWord(last) !== 'gen') return last;
  // "Retired Gen. Rodolfo Amaya Lira": the rank abbreviated is never an office's postpositive "General".
  if (last.value.endsWith('.')) return last;
  return RANKS_OF_GENERAL.has(bareWord(before)) ? last : before;
}

/** A word in lower case without a final full stop ("Gen." → "gen"). */
function bareWord(x: { value: string }): string {
  return withoutFinalStop(x.value.toLowerCase());
}

/** How far after a name the colon introducing its quotation may come ("Ray Dunphy, put it to me this way:"). */
const MAX_TOKENS_TO_COLON = 10;

/**
 * True when the name ending before token `end` is the subject of a clause that hands over a quotation with a
 * colon ("Maria Lopez summed it up: \"We are tired.\""): a verb, then a colon and an opening quotation mark,
 * with no sentence end, quotation or other name between.
 */
export function introducesQuotation(tokens: readonly Token[], end: number): boolean {
  let verb = false;
  /** Inside "of the Lower Valley": a place's name after a preposition is no other subject. */
  let place = false;
  for (let t = end; t < tokens.length && t - end <= MAX_TOKENS_TO_COLON; t++) {
    const tok = tokens[t];
    if (!tok) return false;
    if (tok.value === ':') return verb && /^["“]$/.test(tokens[t + 1]?.value ?? '');
    if (/^[.;!?"“”]$/.test(tok.value) || (tok.pos === 'PROPN' && !place)) return false;
    if (tok.pos === 'VERB') verb = true;
    if (tok.pos === 'ADP') place = !verb;
    else if (tok.pos !== 'PROPN' && tok.pos !== 'DET') place = false;
  }
  return false;
}

const QUOTE_MARK = /^["“”]$/;

/** True when tokens `at`…`at + 2` are a nickname in quotation marks with a name word after it ('"Fred" Salinas'). */
export function nicknameAt(tokens: readonly Token[], at: number): boolean {
  return (
    QUOTE_MARK.test(tokens[at]?.value ?? '') &&
    NAME_WORD.test(tokens[at + 1]?.value ?? '') &&
    QUOTE_MARK.test(tokens[at + 2]?.value ?? '') &&
    NAME_WORD.test(tokens[at + 3]?.value ?? '') &&
    NAME_WORD.test(tokens[at - 1]?.value ?? '')
  );
}

/**
 * The words of a name, a hyphenated part joined to the one before it ("Ruiz", "-", "Ochoa" → "Ruiz-Ochoa"),
 * a nickname in quotation marks kept as one word with them ('"Fred"').
 */
export function joinHyphens(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (!tok) continue;
    if (k > 0 && nicknameAt(tokens, k)) {
      words.push(`${tok.value}${tokens[k + 1]?.value ?? ''}${tokens[k + 2]?.value ?? ''}`);
      k += 2;
    } else if (tok.value === '-' && words.length > 0 && tokens[k + 1]) {
      words[words.length - 1] += `-${tokens[k + 1]?.value ?? ''}`;
      k++;
    } else words.push(tok.value);
  }
  return words;
}

/** True when `name` ends with one of `names` as whole words ("Rogelio Garza Cantú" ends with "Garza Cantú"). */
export function endsWithAny(name: string, names: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  return words.some((_, k) => names.has(words.slice(k).join(' ')));
}

/** A hyphen with no space either side, between two words ("Whitfield-Ortiz"), at token `k`. */
export function joiningHyphen(tokens: readonly Token[], k: number): boolean {
  const [before, hyphen, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return (
    hyphen?.value === '-' &&
    before !== undefined &&
    after !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}

/** The name word that token `t` starts, joined over hyphens ("Ms. Ybarra-Keane": "Ybarra-Keane"). */
export function hyphenatedFrom(tokens: readonly Token[], t: number): string {
  let word = tokens[t]?.value ?? '';
  for (let k = t + 1; joiningHyphen(tokens, k) && NAME_WORD.test(tokens[k + 1]?.value ?? ''); k += 2)
    word += `-${tokens[k + 1]?.value ?? ''}`;
  return word;
}

/** The name word that token `t` ends, joined over hyphens ("Whitfield-Ortiz said": "Whitfield-Ortiz"). */
export function hyphenatedTo(tokens: readonly Token[], t: number): string {
  let word = tokens[t]?.value ?? '';
  for (let k = t - 1; joiningHyphen(tokens, k) && NAME_WORD.test(tokens[k - 1]?.value ?? ''); k -= 2)
    word = `${tokens[k - 1]?.value ?? ''}-${word}`;
  return word;
}

/** A capitalised name word the tagger reads as a proper noun. */
export function isCapitalisedName(x: Token | undefined): boolean {
  return x !== undefined && x.pos === 'PROPN' && mayOpenWithCapital(x.value) && NAME_WORD.test(x.value);
}

/**
 * The nickname in quotation marks right before token `start` ('"Cap" Spencer'), and where its opening mark
 * stands, or `null`.
 */
export function nicknameOpening(
  tokens: readonly Token[],
  start: number,
): { word: string; at: number } | null {
  const word = tokens[start - 2]?.value ?? '';
  return /^["”]$/.test(tokens[start - 1]?.value ?? '') &&
    /^["“]$/.test(tokens[start - 3]?.value ?? '') &&
    isCapitalisedWord(word)
    ? { word, at: start - 3 }
    : null;
}

/** An ordinal in a rank ("1st", "First"): "Sgt. 1st Class", "Petty Officer Second Class". */
const RANK_ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third)$/i;

/**
 * Where the rank before token `start` begins, when a title and an ordinal stand there ("Sgt. 1st" before
 * "Class Gerald W. Vickery"): the word after the ordinal belongs to the rank, not the name.
 */
export function rankBefore(
  tokens: readonly Token[],
  start: number,
  isTitle: (v: string) => boolean,
): number | null {
  if (!RANK_ORDINAL.test(tokens[start - 1]?.value ?? '')) return null;
  let k = start - 2;
  if (tokens[k]?.value === '.') k--;
  if (!isTitle(tokens[k]?.value ?? '')) return null;
  while (k > 0 && isTitle(tokens[k - 1]?.value ?? '')) k--;
  return k;
}

/**
 * True when the word at `k`, before "of" and a name, says the name is where someone is from: a name
 * ("Jack Reed of Rhode Island") or the comma closing a name or an age ("Oris T. Wendell, 63, of Wichita Falls").
 */
export function fromPlace(tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k];
  if (!tok) return false;
  if (NAME_WORD.test(tok.value)) return true;
  const before = tokens[k - 1]?.value ?? '';
  return tok.value === ',' && (NAME_WORD.test(before) || /^\d{1,3}$/.test(before));
}

/** An initial with its full stop, as the tokenizer leaves it ("J.", "T."). */
const DOTTED_INITIAL = /^\p{Lu}\.$/u;

/**
 * True for a surname after initials only, as older and wire styles write a name ("Mayor J. T. Hargis",
 * "A. B. Fall"): two initials, or one after a title, then one name word that is no English word (so
 * "U. S. Army" is none).
 */
export function initialsAndSurname(
  words: readonly string[],
  titled: boolean,
  isEnglishWord: (word: string) => boolean,
): boolean {
  const surname = words.at(-1) ?? '';
  const initials = words.slice(0, -1);
  return (
    initials.length >= (titled ? 1 : 2) &&
    initials.every((w) => DOTTED_INITIAL.test(w)) &&
    isCapitalisedWord(surname) &&
    !isEnglishWord(surname.toLowerCase())
  );
}
