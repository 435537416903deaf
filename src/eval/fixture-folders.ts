/**
 * The fixture folders under `tests/fixtures/`: articles, their quote table and usually a question set, each
 * tuned on (dev/test) or held out (test only). Adding a folder is adding a row to fixture-folders-tuned.ts or
 * fixture-folders-held-out.ts and its floors in tests/answer/eval.test.ts.
 */
import { HELD_OUT_FOLDERS } from './fixture-folders-held-out.ts';
import { TUNED_FOLDERS } from './fixture-folders-tuned.ts';

/**
 * A folder of articles under `tests/fixtures/` with its quote table (`quotes.json`). `tuned` folders are
 * built beside the shipped sources and their questions split dev/test; `held-out` folders' attribution is
 * only reported, built alone, and their questions (if any) are all test.
 */
export interface FixtureFolder {
  folder: string;
  attribution: 'tuned' | 'held-out';
  /** The question set asked of the shipped knowledge plus this folder, if the folder has questions. */
  set?: string;
  /** Question files besides `questions.json` (a second batch written later). */
  more?: readonly string[];
  /** How a held-out folder's articles have been seen, for the report. */
  seen?: string;
  /** What the articles are, for a reader of this file. */
  about: string;
}

/**
 * Every fixture folder: the tuned ones (fixture-folders-tuned.ts), then the held-out ones
 * (fixture-folders-held-out.ts), each in the order they were written. Adding one is adding a row to its file
 * (and its floors in tests/answer/eval.test.ts, which fails for a set or folder without one).
 */
export const FIXTURE_FOLDERS: readonly FixtureFolder[] = [...TUNED_FOLDERS, ...HELD_OUT_FOLDERS];
