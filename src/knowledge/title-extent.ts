/**
 * Where the title written before a run of names begins and ends. A run's own reading (name-runs.ts) stops
 * at titles and honorifics the lexicon knows; the words around the run say more: a word opening the sentence
 * that the article writes elsewhere as a common noun stands before the name as a title does ("Reader Marisol
 * Ontiveros", "Organizers Jim Gilchrist"), a rank's ordinal and the word after it are the title's ("Sgt. 1st
 * Class Gerald W. Vickery"), and the titles and capitalised words before a title are part of it ("Homeland
 * Security Secretary Janet Napolitano"). The people finder (people.ts) reads a person's title, role words and
 * gender from the span.
 */
import type { Token } from '../nlp/pipeline.ts';
import { singularOf } from '../nlp/singular.ts';
import { NAME_WORD, rankBefore } from './name-words.ts';
import { INITIAL } from './name-runs.ts';
import { opensWithPluralTitle } from './plural-title.ts';

/**
 * What a sentence's first word follows: a stop, a colon, a quotation mark, or a list's bullet ("• Organizers Jim
 * Gilchrist … and Chris Simcox": a live blog's bulleted line opens with it as a sentence does).
 */
const SENTENCE_OPENING = /^[.!?:"“”•·▪]$/;
/** A word opening with a capital letter. */
const CAPITALISED = /^\p{Lu}/u;

/** Where a run's title ends, and the rank that opens it ("Sgt. 1st Class"), if one does. */
interface TitleEnd {
  titleEnd: number;
  /** The first token of a rank written before the name with its ordinal ("Sgt." of "Sgt. 1st Class"), or null. */
  rank: number | null;
  /** True when the rank's ordinal and the word after it were read as the title's. */
  ranked: boolean;
  /** The title word an office's "of" follows ("Secretary" of "Secretary of War Newton D. Baker"), or null. */
  office: number | null;
}

/** Name words that must remain after an office's department words ("War" of "Secretary of War"). */
const MIN_NAME_AFTER_OFFICE = 2;

/**
 * "Secretary of War Newton D. Baker", "Secretary of the Navy Josephus Daniels": a run opening after "of" (and
 * "the") that follows a capitalised title opens with the office's department, English words, before the name;
 * the index of that title and where the department ends, or null. The name opens with a word that is no English
 * one or with one before an initial ("Newton D."), and has two name words at least (initials not counted). A
 * title in lower case is an office of a body ("president of the El Paso Chamber of Commerce", "an agent of the
 * Drug Enforcement Administration"): the capitalised words after it are the body's name.
 */
function officeDepartment(
  tokens: readonly Token[],
  start: number,
  end: number,
  isTitle: (value: string) => boolean,
  isEnglishWord: (word: string) => boolean,
): { office: number; titleEnd: number } | null {
  let of = start - 1;
  if (tokens[of]?.normal === 'the') of--;
  const title = tokens[of - 1]?.value ?? '';
  if (tokens[of]?.normal !== 'of' || !isTitle(title) || !CAPITALISED.test(title)) return null;
  const opensName = (k: number) =>
    !isEnglishWord(tokens[k]?.normal ?? '') || INITIAL.test(tokens[k + 1]?.value ?? '');
  let titleEnd = start;
  while (titleEnd < end && !opensName(titleEnd)) titleEnd++;
  const nameWords = tokens.slice(titleEnd, end).filter((x) => NAME_WORD.test(x.value) && x.value.length > 2);
  return titleEnd > start && nameWords.length >= MIN_NAME_AFTER_OFFICE ? { office: of - 1, titleEnd } : null;
}

/**
 * Where the title before the name of tokens `start`…`end` ends, given where the run's reading ended it
 * (`titleEnd`); `commonNouns` are the noun lemmas the article writes in lower case.
 */
export function titleEndOfRun(
  tokens: readonly Token[],
  run: { start: number; titleEnd: number; end: number },
  commonNouns: ReadonlySet<string>,
  isTitle: (value: string) => boolean,
  isEnglishWord: (word: string) => boolean,
): TitleEnd {
  const { start, end } = run;
  let { titleEnd } = run;
  // "Reader Marisol Ontiveros of the Lower Valley texted…": a word opening the sentence that the article
  // writes elsewhere as a common noun ("readers") stands before the name as a title does.
  const opener = tokens[titleEnd];
  if (
    end - titleEnd >= 3 &&
    opener !== undefined &&
    // "Organizers Jim Gilchrist": the plural of a noun written in lower case elsewhere ("organizers say").
    (commonNouns.has(opener.normal) || commonNouns.has(singularOf(opener.normal, { keepSs: false }))) &&
    isEnglishWord(opener.normal) &&
    !/^(?:el|la|los|las)$/.test(opener.normal) &&
    (titleEnd === 0 || SENTENCE_OPENING.test(tokens[titleEnd - 1]?.value ?? '')) &&
    tokens
      .slice(titleEnd + 1, end)
      .every((x) => !commonNouns.has(x.normal) && !commonNouns.has(singularOf(x.normal, { keepSs: false })))
  )
    titleEnd++;
  // "Justices Clarence Thomas and Ketanji Brown Jackson": a plural title before joined names is the title.
  if (titleEnd === start && opensWithPluralTitle(tokens, start, end, isTitle)) titleEnd++;
  // "Sgt. 1st Class Gerald W. Vickery": the rank's ordinal and the word after it are the title's.
  const rank = rankBefore(tokens, start, isTitle);
  const ranked =
    rank !== null && titleEnd === start && end - start >= 3 && isEnglishWord(opener?.normal ?? '');
  if (ranked) titleEnd++;
  const department = titleEnd === start ? officeDepartment(tokens, start, end, isTitle, isEnglishWord) : null;
  if (department) return { titleEnd: department.titleEnd, rank, ranked, office: department.office };
  return { titleEnd, rank, ranked, office: null };
}

/**
 * Where the title before the name at `start` begins: from the rank if one was read, back over the titles
 * before it (`taken(k)` is true for a token a known entity names), and, when there is a title, back over the
 * capitalised words before it, a known name among them too ("Homeland Security Secretary").
 */
export function titleStartOfRun(
  tokens: readonly Token[],
  start: number,
  { titleEnd, rank, ranked, office }: TitleEnd,
  isTitle: (value: string) => boolean,
  taken: (token: number) => boolean,
): number {
  let titleStart = office ?? (ranked && rank !== null ? rank : start);
  while (titleStart > 0 && isTitle(tokens[titleStart - 1]?.value ?? '') && !taken(titleStart - 1))
    titleStart--;
  // "Homeland Security Secretary Janet Napolitano": the capitalised words before a title are part of it,
  // a known name among them too.
  if (titleStart < start || titleEnd > start)
    while (
      titleStart > 0 &&
      NAME_WORD.test(tokens[titleStart - 1]?.value ?? '') &&
      (tokens[titleStart - 1]?.pos === 'PROPN' || isTitle(tokens[titleStart - 1]?.value ?? '')) &&
      start - titleStart < 6
    )
      titleStart--;
  return titleStart;
}
