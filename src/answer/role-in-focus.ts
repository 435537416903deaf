/**
 * A role title in a follow-up ("so when can the president use them?"): the coverage has several holders of it,
 * which the question reader keeps as alternatives (`Understanding.entityGroups`); in a conversation about one
 * of them, the title means that one. Reads only the question's entities and the conversation's focus.
 */
import type { Understanding } from './understanding.ts';

/**
 * True when every entity the question names is in focus; the holders of one role title ("the president": three
 * people in the coverage) are alternatives, so the role is in focus when one of its holders is.
 */
export function entitiesInFocus(u: Understanding, focus: readonly string[]): boolean {
  const held = new Set(u.entities.filter((id) => focus.includes(id)).map((id) => u.entityGroups.get(id)));
  return u.entities.every((id) => focus.includes(id) || held.has(u.entityGroups.get(id) ?? id));
}

/**
 * The holders of a role title the question names whom the conversation is not about: "the president", after
 * an answer about Trump's troops, is Trump, not the other presidents the coverage has.
 */
export function holdersOutOfFocus(u: Understanding, focus: readonly string[]): Set<string> {
  const held = new Set(
    u.entities
      .filter((id) => focus.includes(id) && u.entityGroups.has(id))
      .map((id) => u.entityGroups.get(id)),
  );
  return new Set(u.entities.filter((id) => !focus.includes(id) && held.has(u.entityGroups.get(id))));
}

/**
 * The holder in focus of the role title `id` is one holder of ("the president" named Sheinbaum first, in a
 * conversation about Trump: Trump); `null` when none is.
 */
export function heldInFocus(u: Understanding, focus: readonly string[], id: string): string | null {
  const group = u.entityGroups.get(id);
  return u.entities.find((e) => focus.includes(e) && u.entityGroups.get(e) === group) ?? null;
}
