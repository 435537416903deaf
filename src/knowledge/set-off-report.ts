/**
 * "The lieutenant, he said, told the men at the water's edge, '…'": a reporting clause set off by commas
 * between a subject and its verb says who tells the story, not who said the words. The words are the
 * subject's, handed over by the verb after the clause.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Tokens at most of the reporter's name or pronoun in the clause set off ("he", "Mrs. Tully"). */
const MAX_REPORTER_TOKENS = 4;
/** Parts of speech of the subject the clause follows: a noun phrase ("The lieutenant", "Her mother"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** Parts of speech of a reporter: a pronoun or a name. */
const REPORTER_POS: ReadonlySet<string> = new Set(['PRON', 'PROPN']);

/**
 * `left` (the words before a verb handing a quotation over) without a reporting clause set off by commas
 * right before the verb (", he said,"): a comma, a pronoun or a name, a verb of saying (`isCue`), a comma,
 * after a noun phrase, the verb's subject. `left` itself when no such clause stands there.
 */
export function withoutSetOffReport(
  analysis: Analysis,
  left: readonly number[],
  isCue: (tok: Token) => boolean,
): readonly number[] {
  for (let j = 1; j < left.length; j++) {
    if (tokenAt(analysis, left[j] ?? -1).value !== ',') continue;
    let cue = j + 1;
    while (
      cue < left.length &&
      cue - j <= MAX_REPORTER_TOKENS &&
      REPORTER_POS.has(tokenAt(analysis, left[cue] ?? -1).pos)
    )
      cue++;
    // The clause ends right before the verb: "Two days later, she said, men … came … asking" reports her.
    if (cue === j + 1 || cue !== left.length - 2) continue;
    if (!isCue(tokenAt(analysis, left[cue] ?? -1))) continue;
    if (tokenAt(analysis, left[cue + 1] ?? -1).value !== ',') continue;
    const opening = left.slice(0, j);
    if (!opening.every((t) => SUBJECT_POS.has(tokenAt(analysis, t).pos))) continue;
    return [...opening, ...left.slice(cue + 2)];
  }
  return left;
}
