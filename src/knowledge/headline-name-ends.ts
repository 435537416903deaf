/**
 * Where a name run in a title-case headline ends, by the article's own usage: in "Major Lynde Dropped from
 * the Rolls" or "Gen. Lucio Blanco Take the City" the capitals say nothing, so the run goes on into the verb.
 * The body settles it: it names the man with "Lynde" ending his name ("Major Isaac Lynde, Seventh Infantry",
 * "signed by Lynde and by Baylor") and never writes "Lynde Dropped", so "Dropped" is the headline's word.
 * A real name that is an English word too ("Frank Rose") is written whole in the body, and keeps its word.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { titleCased } from './title-case.ts';

/** What follows each capitalised word in the article's body lines: the words after it, and whether a name ends there. */
export interface BodyNameEndings {
  /** The words written right after each capitalised word in the body, as written. */
  readonly followers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Capitalised words the body writes with no capitalised word after them: the last word of a name. */
  readonly endings: ReadonlySet<string>;
}

/** Reads the body lines (not the title-case ones) of an article once: linear in its tokens. */
export function bodyNameEndings(analyses: readonly Analysis[]): BodyNameEndings {
  const followers = new Map<string, Set<string>>();
  const endings = new Set<string>();
  for (const a of analyses) {
    const tokens = a.tokens;
    if (titleCased(tokens)) continue;
    for (let t = 0; t < tokens.length; t++) {
      const value = tokens[t]?.value ?? '';
      if (!opensWithCapital(value)) continue;
      const next = tokens[t + 1]?.value ?? '';
      let after = followers.get(value);
      if (!after) followers.set(value, (after = new Set()));
      after.add(next);
      if (!opensWithCapital(next)) endings.add(value);
    }
  }
  return { followers, endings };
}

/**
 * The end of a name run [nameStart, end) in a title-case line, with the English words that close it dropped
 * while the body ends the name before them: each dropped word is an English word, the word before it ends a
 * name in the body, and the body never writes the two together. At least one name word is kept.
 */
export function headlineNameEnd(
  tokens: readonly Token[],
  nameStart: number,
  end: number,
  body: BodyNameEndings,
  isEnglishWord: (word: string) => boolean,
): number {
  let e = end;
  while (e - 1 > nameStart) {
    const last = tokens[e - 1]?.value ?? '';
    const before = tokens[e - 2]?.value ?? '';
    if (!isEnglishWord(last.toLowerCase())) break;
    if (!body.endings.has(before)) break;
    if (body.followers.get(before)?.has(last)) break;
    e--;
  }
  return e;
}
