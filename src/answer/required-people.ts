/**
 * The people a question names that every article searched must mention: a person the articles name. Someone an
 * article only describes ("a young officer of the staff", found as a speaker) is matched by the same words in
 * a question about someone else ("What duty did the young officer hold at the post…" of another article's
 * officer), so that one is no filter: the entity still weighs in the ranking, as any of the question's terms.
 */
import type { Entity } from '../knowledge/schema.ts';

/** A found person's name that only describes them: "a young officer of the staff", "an Indiana captain". */
const DESCRIBED = /^(?:a|an)\s/i;

/** True when `e` is a person an article names, not one it only describes. */
export function namedPerson(e: Pick<Entity, 'type' | 'name' | 'discovered'> | undefined): boolean {
  return e?.type === 'person' && !(e.discovered && DESCRIBED.test(e.name));
}
