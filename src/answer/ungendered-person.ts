/**
 * Whom "he" or "she" points to when the coverage gives nobody in focus that gender: a person an article names
 * without a title, a pronoun or a gendered noun ("Patrick Murphy, an American soldier of fortune") is still the
 * one the conversation is about.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';

/** A person's gender as far as the conversation knows it (`null`: not known). */
type GenderOf = (id: string) => 'male' | 'female' | null;

/**
 * The latest person in `focus` whose gender is not known, for a singular pronoun no gendered person in focus
 * fits; `null` when every person in focus has a gender (a "she" then never means a man) or there is none.
 */
export function unGenderedPerson(
  index: KnowledgeIndex,
  focus: readonly string[],
  genderOf: GenderOf,
): string | null {
  return focus.find((id) => index.entities.get(id)?.type === 'person' && genderOf(id) === null) ?? null;
}
