/**
 * A one-word name that is also an English word ("Operation" of Joint Operation Michoacán, "County" of
 * Cochise County, "Price"), told from the word itself as a question writes it.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';

/** Words before a noun that make it a common one ("the", "that", "its"), whatever the tagger calls them. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'every',
  'each',
]);

/**
 * True when the one-word name at token `t` is written as the English word it also is: in lower case after a
 * determiner ("the operation to capture", "the county", "over the hill"), where no one writes a person's
 * surname. "The Fox government" and "what did bush say" still name them.
 */
export function writtenAsCommonWord(
  analysis: Analysis,
  t: number,
  isEnglishWord: (word: string) => boolean,
): boolean {
  const word = analysis.tokens[t];
  const before = analysis.tokens[t - 1];
  return (
    word !== undefined &&
    before !== undefined &&
    isWrittenLowerCase(word.value) &&
    (before.pos === 'DET' || DETERMINERS.has(before.normal)) &&
    isEnglishWord(word.normal)
  );
}
