/**
 * Whether the words just around a name say the person named speaks: a verb of saying right after the name
 * ("White said"), before it after a quotation ('," said Gen. X'), or after the comma closing an apposition
 * ("A security analyst in Monterrey, Lorena Cantú Villarreal, said"); or the name the subject of a clause
 * handing over a quotation ("Maria Lopez summed it up: \"We are tired.\""). Only a person speaks, so the people finder (people.ts) reads this as evidence
 * that a run of capitalised words is a person's name.
 */
import type { Token } from '../nlp/pipeline.ts';
import { introducesQuotation, SPEECH_CUES } from './name-words.ts';
import { LOCATIVES } from './name-cues.ts';
import { ARTICLES } from '../nlp/articles.ts';

/** True when a verb of saying stands beside the name of tokens `titleStart`…`end` (its title included). */
export function speechCueBeside(tokens: readonly Token[], titleStart: number, end: number): boolean {
  // A verb of saying right after the name ("White said"), or before it after a quotation ('," said Gen. X').
  const inverted =
    SPEECH_CUES.has(tokens[titleStart - 1]?.normal ?? '') &&
    /^[,"“”']$/.test(tokens[titleStart - 2]?.value ?? '');
  return (
    (SPEECH_CUES.has(tokens[end]?.normal ?? '') && !LOCATIVES.has(tokens[titleStart - 1]?.normal ?? '')) ||
    inverted ||
    // "A security analyst in Monterrey, Lorena Cantú Villarreal, said": an apposition the verb follows.
    (tokens[titleStart - 1]?.value === ',' &&
      tokens[end]?.value === ',' &&
      tokens[end + 1]?.pos === 'VERB' &&
      SPEECH_CUES.has(tokens[end + 1]?.normal ?? ''))
  );
}

/**
 * True when the name of tokens `titleStart`…`end` introduces a quotation and stands after no preposition of
 * place and no article ("a Denver Democrat, answered…": words after an article describe someone, they are no name).
 */
export function quotationAfterName(tokens: readonly Token[], titleStart: number, end: number): boolean {
  return (
    introducesQuotation(tokens, end) &&
    !LOCATIVES.has(tokens[titleStart - 1]?.normal ?? '') &&
    !ARTICLES.has(tokens[titleStart - 1]?.normal ?? '')
  );
}
