/**
 * A question put as keywords whose last noun is one person named by what they are ("czar shaft hoist man?",
 * "fort davis cook?") asks who that is, not how many: a noun of a person counts only in the plural ("troops
 * 2019", "agents fired?"). A noun names people as a figure's counted noun does (the data's people nouns, or
 * WordNet's first sense a person: "cook"); one whose first sense is a group ("people", "police", "crew")
 * names several even in the singular, and is counted.
 */
import { MAX_KIND_DEPTH } from '../knowledge/noun-kinds.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { keywordHead } from './asked-count.ts';
import { namesPeople } from './counted-otherwise.ts';
import type { Understanding } from './understand.ts';

/** The word of WordNet's group.n.01 ("group grouping"), which a crowd, a crew or the police is a kind of. */
const GROUP = 'group';

/**
 * True when `lemma` names one person: it names people ({@link namesPeople}: the data's `countsPeople`, or
 * WordNet's first sense) and its first WordNet sense is no group.
 */
export function namesOnePerson(
  lemma: string,
  countsPeople: (lemma: string) => boolean,
  wordnet: WordNet | null | undefined,
): boolean {
  if (!namesPeople(lemma, countsPeople, wordnet)) return false;
  return !(wordnet?.nounKindWords(lemma, MAX_KIND_DEPTH).has(GROUP) ?? false);
}

/**
 * True when `u` is put as keywords and its head is a noun for one person ({@link namesOnePerson}) in the
 * singular.
 */
export function asksOnePerson(
  u: Understanding,
  countsPeople: (lemma: string) => boolean,
  wordnet: WordNet | null | undefined,
): boolean {
  const head = keywordHead(u);
  if (head === null || !namesOnePerson(head, countsPeople, wordnet)) return false;
  const token = u.analysis.tokens.findLast((t) => t.pos === 'NOUN');
  return token !== undefined && token.normal === token.lemma;
}
