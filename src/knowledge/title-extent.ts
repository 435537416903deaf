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
import { NAME_WORD, rankBefore } from './name-words.ts';

/**
 * What a sentence's first word follows: a stop, a colon, a quotation mark, or a list's bullet ("• Organizers Jim
 * Gilchrist … and Chris Simcox": a live blog's bulleted line opens with it as a sentence does).
 */
const SENTENCE_OPENING = /^[.!?:"“”•·▪]$/;

/** Where a run's title ends, and the rank that opens it ("Sgt. 1st Class"), if one does. */
interface TitleEnd {
  titleEnd: number;
  /** The first token of a rank written before the name with its ordinal ("Sgt." of "Sgt. 1st Class"), or null. */
  rank: number | null;
  /** True when the rank's ordinal and the word after it were read as the title's. */
  ranked: boolean;
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
    (commonNouns.has(opener.normal) || commonNouns.has(opener.normal.replace(/s$/, ''))) &&
    isEnglishWord(opener.normal) &&
    !/^(?:el|la|los|las)$/.test(opener.normal) &&
    (titleEnd === 0 || SENTENCE_OPENING.test(tokens[titleEnd - 1]?.value ?? '')) &&
    tokens
      .slice(titleEnd + 1, end)
      .every((x) => !commonNouns.has(x.normal) && !commonNouns.has(x.normal.replace(/s$/, '')))
  )
    titleEnd++;
  // "Sgt. 1st Class Gerald W. Vickery": the rank's ordinal and the word after it are the title's.
  const rank = rankBefore(tokens, start, isTitle);
  const ranked =
    rank !== null && titleEnd === start && end - start >= 3 && isEnglishWord(opener?.normal ?? '');
  if (ranked) titleEnd++;
  return { titleEnd, rank, ranked };
}

/**
 * Where the title before the name at `start` begins: from the rank if one was read, back over the titles
 * before it (`taken(k)` is true for a token a known entity names), and, when there is a title, back over the
 * capitalised words before it, a known name among them too ("Homeland Security Secretary").
 */
export function titleStartOfRun(
  tokens: readonly Token[],
  start: number,
  { titleEnd, rank, ranked }: TitleEnd,
  isTitle: (value: string) => boolean,
  taken: (token: number) => boolean,
): number {
  let titleStart = ranked && rank !== null ? rank : start;
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
