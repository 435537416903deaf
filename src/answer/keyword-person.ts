/**
 * A question put as keywords whose last noun is one person named by what they are ("czar shaft hoist man?",
 * "fort davis cook?") asks who that is, not how many: a noun of a person counts only in the plural ("troops
 * 2019", "agents fired?"). Read from the question's tokens and the lexicon's person nouns.
 */
import { keywordHead } from './asked-count.ts';
import type { Understanding } from './understand.ts';

/** True when `u` is put as keywords and its head is a person noun in the singular. */
export function asksOnePerson(u: Understanding, personNouns: ReadonlyMap<string, unknown>): boolean {
  const head = keywordHead(u);
  if (head === null || !personNouns.has(head)) return false;
  const token = u.analysis.tokens.findLast((t) => t.pos === 'NOUN');
  return token !== undefined && token.normal === token.lemma;
}
