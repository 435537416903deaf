/**
 * The name a run of capitalised words gives the person it may name: its words as the person goes by them (a
 * transcript label's capitals in name case, a nickname in marks, a relative's surname), one name alone where
 * a title or no English word allows it, and a body's name joined on by "and" named whole.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { isCapitalisedWord, opensWithCapital } from '../nlp/letter-tests.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { joinedBodyStart, pastAbbreviation } from './joined-body-names.ts';
import { kinSurname } from './name-links.ts';
import { INITIAL, MAX_NAME_WORDS, type NameRuns } from './name-runs.ts';
import { initialsAndSurname, joinHyphens, NAME_SUFFIX, nicknameOpening } from './name-words.ts';
import { isParticleWord } from './particle-names.ts';
import { PEOPLES_PLURAL } from './person-descriptions.ts';
import { nameCase, type SpeakerLabel } from './transcript.ts';
import { ARTICLES } from '../nlp/articles.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{Lu}{2}/u;

/** A paragraph's opening words up to a colon with no small letter among them, as a label's are. */
const LABEL_LIKE = /^[^\p{Ll}:\n]{1,80}:/u;

/** What a run's name is read with: the article's name runs and the lexicon's words. */
export interface RunNameReader {
  readonly runs: NameRuns;
  isTitle(value: string): boolean;
  /** True for a noun of office or occupation that marks a gender ("spokeswoman"). */
  isGendered(lemma: string): boolean;
  isEnglishWord(word: string): boolean;
}

/** The name a run gives, and what was read of it on the way. */
export interface RunName {
  /** The name's words as the person goes by them, without a suffix ("Jr."). */
  words: string[];
  suffix: string | undefined;
  /** A nickname in marks opening the name, and its token. */
  nickname: { word: string; at: number } | null;
  /** True when a transcript's speaker label names them. */
  labelled: boolean;
  /** True for one name alone ("Chayo", "Gen. Pershing"). */
  oneName: boolean;
  /** The first token of a body's name the run's common words are joined to by "and", or -1. */
  joined: number;
  name: string;
  surname: string;
  /** A body's name from its first common word, past a country's abbreviation ("Customs and Border Protection"). */
  shortName: string | null;
}

/**
 * The name the run of tokens `start` to `end` (its title's ending at `titleEnd`) gives; `null` when it gives
 * none (too few name words, or too many, or a headline's capitalised English words). `named` are the
 * people the paragraph named before it.
 */
export function runName(
  reader: RunNameReader,
  analysis: Analysis,
  { start, titleEnd, end }: { start: number; titleEnd: number; end: number },
  paragraph: {
    label: SpeakerLabel | null | undefined;
    headline: boolean;
    /** True for a paragraph written in capitals throughout, as a heading is. */
    capitals: boolean;
    named: readonly ArticlePerson[];
    candidates: readonly ArticlePerson[];
  },
): RunName | null {
  const { tokens } = analysis;
  const { label, headline, capitals, named, candidates } = paragraph;
  const nameTokens = tokens.slice(titleEnd, end).filter((x) => !INITIAL.test(x.value) || x.value.length > 2);
  const labelled = label !== null && label !== undefined && (tokens[start]?.start ?? 0) < label.nameEnd;
  // "RUBÉN VILLASEÑOR, BORDER PATROL:": a name a label writes in capitals is written as a name is.
  const written = joinHyphens(tokens.slice(titleEnd, end));
  const words =
    (labelled && written.every((w) => P1.test(w) && w === w.toUpperCase())) ||
    (!labelled && !headline && !capitals && !opensLabelLike(analysis, start) && printedInCapitals(written))
      ? written.map(nameCase)
      : written;
  // "Esequiel Hernández Jr.": the suffix is the name's, as written, but its surname is before it, and
  // the name without it is theirs too.
  const suffix = words.length > 2 && NAME_SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined;
  // '"Cap" Spencer': a nickname in marks opening the name stands for its first name.
  const nickname = titleEnd === start && words.length === 1 ? nicknameOpening(tokens, start) : null;
  if (nickname) words.unshift(nickname.word);
  // "Mrs. Luz Hinojosa and her husband, Ramón,": one name a relative's apposition gives takes the surname
  // of the one the possessive stands for, the last person of its gender named in the paragraph.
  const kin =
    titleEnd === start && words.length === 1 && !nickname
      ? kinSurname(
          tokens,
          start,
          end,
          named,
          (v) => reader.isTitle(v),
          (l) => reader.isGendered(l),
          candidates,
        )
      : null;
  if (kin) words.push(kin);
  // "Wilmer, a 29-year-old from Maracaibo, said…", "Chayo said": one name, no title, and no English word.
  const oneName =
    words.length === 1 &&
    nameTokens.length === 1 &&
    isCapitalisedWord(written[0] ?? '') &&
    // After an honorific any word is a name ("Mr. Brown"); alone, no English word is, nor a people's
    // name in the plural ("Haitians said", "Minutemen said").
    (titleEnd === start
      ? !PEOPLES_PLURAL.test(written[0] ?? '') &&
        !reader.isEnglishWord((written[0] ?? '').toLowerCase()) &&
        // "the Secretariat said", "the National Defense Secretariat": "the" names no person by one name.
        !ARTICLES.has(tokens[capitalisedFrom(tokens, start) - 1]?.normal ?? '')
      : reader.runs.honorificsOnly(tokens, start, titleEnd) ||
        reader.runs.titledSurname(tokens, start, titleEnd));
  // "Mayor J. T. Hargis": initials and one name word are a whole name.
  const initialled = initialsAndSurname(words, titleEnd > start, (w) => reader.isEnglishWord(w));
  if (
    (words.length < 2 && !oneName) ||
    // "Josefa Garza de la Vega": a surname's particle is no name word of its own.
    words.filter((w) => !isParticleWord(w)).length > MAX_NAME_WORDS ||
    // "Colonel Warns Both Factions": in a headline, capitalised English words are no name.
    (headline && words.every((w) => reader.isEnglishWord(w.toLowerCase()))) ||
    (nameTokens.length < 2 && !oneName && !nickname && !kin && !initialled)
  )
    return null;
  // "Doña Pilar", "Gen. Pershing": one name is written with the honorific or title it goes by.
  // "U.S. Customs and Border Protection": common words joined by "and" to a body's name before them are
  // that body's name, named whole from its first common word.
  const joined = titleEnd === start ? joinedBodyStart(tokens, start, end, reader.isEnglishWord) : -1;
  const name =
    joined >= 0
      ? analysis.text.slice(tokens[joined]?.start ?? 0, tokens[end - 1]?.end ?? 0)
      : oneName && titleEnd > start
        ? analysis.text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0)
        : [...words, ...(suffix ? [suffix] : [])].join(' ');
  const surname = words[words.length - 1] ?? name;
  const past = joined >= 0 ? pastAbbreviation(tokens, joined) : joined;
  const shortName =
    past > joined ? analysis.text.slice(tokens[past]?.start ?? 0, tokens[end - 1]?.end ?? 0) : null;
  return { words, suffix, nickname, labelled, oneName, joined, name, surname, shortName };
}

/**
 * "The first letter is from Mr. JOSIAH PETTIBONE, gunner's mate": an old paper prints a name in capitals in
 * its running text, and the text goes on to name the person as names are written ("Mr. Pettibone"). Two words
 * or more, each an initial or a word of two capitals or more, none in small letters.
 */
function printedInCapitals(written: readonly string[]): boolean {
  return (
    written.length >= 2 &&
    written.some((w) => P1.test(w)) &&
    written.every((w) => w === w.toUpperCase() && (P1.test(w) || INITIAL.test(w)))
  );
}

/**
 * True when token `start` opens a paragraph whose words up to a colon have no small letter, as a transcript's
 * label does ("KAREN WHITFIELD, ANCHOR:"), though no label was read there.
 */
function opensLabelLike(analysis: Analysis, start: number): boolean {
  return start === 0 && LABEL_LIKE.test(analysis.text);
}

/** The first of the capitalised proper nouns running up to token `start` ("National Defense Secretariat"). */
function capitalisedFrom(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k > 0 && tokens[k - 1]?.pos === 'PROPN' && opensWithCapital(tokens[k - 1]?.value ?? '')) k--;
  return k;
}
