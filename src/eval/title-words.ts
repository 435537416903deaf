/**
 * A title as the quote tables and the knowledge may write it, abbreviated or in full: "Capt. Potter" and
 * "Captain Potter" are one person. The abbreviations are the lexicon's own (knowledge/lexicon.json,
 * `titleAbbreviations`), read once, on the first name compared: importing the eval's sets reads no file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.ts';

let fullTitles: ReadonlyMap<string, string> | null = null;

function titles(): ReadonlyMap<string, string> {
  fullTitles ??= new Map(
    Object.entries(
      (
        JSON.parse(readFileSync(join(KNOWLEDGE_DIR, 'lexicon.json'), 'utf8')) as {
          titleAbbreviations: Record<string, string>;
        }
      ).titleAbbreviations,
    ),
  );
  return fullTitles;
}

/** `word` (in lower case, without its full stop) with an abbreviated title written in full: "capt" → "captain". */
export function fullTitleWord(word: string): string {
  return titles().get(word) ?? word;
}
