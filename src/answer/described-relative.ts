/**
 * A follow-up whose "he" or "she" fits no one in focus but a relative the focused person's description brings
 * in ("Guadalupe Inzunza, whose son is a corporal" → "what did he tell her when he called"): the relative is
 * no entity of their own, and what the coverage says of them it says through that person, so the pronoun
 * keeps the conversation on them.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The relation a description brings in after "whose" ("whose son is a corporal" → "son"). */
const WHOSE_RELATION = /\bwhose\s+(\p{L}+)/iu;

/**
 * The first person of `focus` whose description brings in a relative of `gender` ("whose son …" for a
 * "he"), or `null`. `nounGender` gives the gender a noun for a person marks ("son": male).
 */
export function holderOfDescribedRelative(
  index: KnowledgeIndex,
  focus: readonly string[],
  gender: 'male' | 'female',
  nounGender: (noun: string) => 'male' | 'female' | null,
): string | null {
  for (const id of focus) {
    const e = index.entities.get(id);
    if (e?.type !== 'person') continue;
    const kin = WHOSE_RELATION.exec(e.description ?? '')?.[1]?.toLowerCase();
    if (kin !== undefined && nounGender(kin) === gender) return id;
  }
  return null;
}
