/**
 * An inverted verb of saying whose subject after it is a description with a name set beside it by commas
 * ("Its purpose, said the city's chronicler, Professor Tomás Ibarra Cavazos, was '…'"): the name's tokens,
 * where the person who speaks is named.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { tokenAt } from './speakers.ts';

/** Tokens at most of the description after the verb ("the city's chronicler"). */
const MAX_DESCRIPTION_TOKENS = 6;
/** Tokens at most of the name set beside it ("Professor Tomás Ibarra Cavazos"). */
const MAX_NAME_TOKENS = 8;

/**
 * The tokens (of `before`, the tokens before a quotation) of the name apposed to the definite description
 * right after the verb at index `k` of `before`: "the", words with no verb up to a comma, then capitalised
 * words up to the next comma or the end of `before`; empty when the words after the verb are anything else,
 * and when the description holds a preposition and then a noun for a person ("the lawyer for the widow, Lic.
 * Ana Ruiz"): the name may then be that person's, set beside the noun next to it, not the speaker's.
 */
export function apposedAfterVerb(
  analysis: Analysis,
  before: readonly number[],
  k: number,
  isPersonNoun: (lemma: string) => boolean,
): number[] {
  const first = before[k + 1];
  if (first === undefined || tokenAt(analysis, first).normal !== 'the') return [];
  let comma = -1;
  let afterPreposition = false;
  for (let j = k + 2; j < before.length && j - k <= MAX_DESCRIPTION_TOKENS; j++) {
    const tok = tokenAt(analysis, before[j] ?? -1);
    if (tok.value === ',') {
      comma = j;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PUNCT') return [];
    if (tok.pos === 'ADP') afterPreposition = true;
    else if (afterPreposition && tok.pos === 'NOUN' && isPersonNoun(tok.lemma)) return [];
  }
  if (comma < 0) return [];
  const name: number[] = [];
  for (let j = comma + 1; j < before.length && name.length <= MAX_NAME_TOKENS; j++) {
    const t = before[j] ?? -1;
    const tok = tokenAt(analysis, t);
    if (tok.value === ',') break;
    // "Lic. Eliseo Treviño": the full stop of an abbreviated title is part of the name's words.
    const titleStop = tok.value === '.' && name.length > 0;
    if (!titleStop && tok.pos !== 'PROPN' && !opensWithCapital(tok.value)) return [];
    name.push(t);
  }
  return name.length > 0 && name.length <= MAX_NAME_TOKENS ? name : [];
}
