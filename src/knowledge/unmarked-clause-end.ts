/**
 * A clause set before the main one with no comma to end it ("When we had no more cartridges our lieutenant
 * stood up and said to us, '…'"): a speaker writing as they talk often leaves the comma out, and the words
 * before the verb of saying then read as one subject opening with the clause's own ("we").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { SUBORDINATORS, isVerb } from './clause-words.ts';
import { tokenAt } from './speakers.ts';

/** Words that open a noun phrase: a determiner or a possessive ("the general", "our lieutenant"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'our',
  'my',
  'his',
  'her',
  'their',
  'your',
  'its',
]);

/**
 * The tokens of `left` (a verb's words before it) from where the main clause opens, when `left` opens with a
 * subordinating word ("when", "after"), holds no comma, and, after that clause's verb and a noun ending it, a
 * noun phrase opens before a verb of its own ("our lieutenant stood up and"): the words from that phrase.
 * `left` itself otherwise, so a clause with a comma, or with no such second subject, is read as before.
 */
export function mainClauseWithoutComma(analysis: Analysis, left: readonly number[]): readonly number[] {
  const first = left[0];
  if (first === undefined || !SUBORDINATORS.has(tokenAt(analysis, first).normal)) return left;
  if (left.some((t) => tokenAt(analysis, t).value === ',')) return left;
  const ownVerb = left.findIndex((t, j) => j > 0 && isVerb(tokenAt(analysis, t)));
  if (ownVerb < 0) return left;
  for (let j = ownVerb + 2; j < left.length; j++) {
    const opener = tokenAt(analysis, left[j] ?? -1);
    const before = tokenAt(analysis, left[j - 1] ?? -1);
    if (!PHRASE_OPENERS.has(opener.normal) || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) continue;
    // The phrase is the main clause's subject only when a verb follows it within `left` or `left` ends in it.
    const rest = left.slice(j + 1);
    const verb = rest.findIndex((t) => isVerb(tokenAt(analysis, t)));
    const nounsOnly = (verb < 0 ? rest : rest.slice(0, verb)).every((t) =>
      ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokenAt(analysis, t).pos),
    );
    if (nounsOnly && (verb > 0 || (verb < 0 && rest.length > 0))) return left.slice(j);
  }
  return left;
}
