/**
 * A role an article gives someone only as narrowed to a place: "Samuel García, the governor of Nuevo León".
 * He is that place's governor; a bare "the governor" in the same story is the one the article calls so
 * without the place ("Gov. Greg Abbott … the governor signed"), however recently García was named. Reads a
 * person's title and description only.
 */
import { roleForm } from './name-words.ts';
import type { ArticlePerson } from './discovered-person.ts';

/** "the governor of Nuevo León", "the mayor of Ciudad Juárez": a role, "of" and a capitalised place. */
const NARROWED = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** True when `p` holds the role `head` only as narrowed to a place: no title gives it, the description does. */
export function holdsNarrowed(p: Pick<ArticlePerson, 'title' | 'description'>, head: string): boolean {
  if (p.title !== null || !p.description) return false;
  const m = NARROWED.exec(p.description);
  return m !== null && roleForm(m[1] ?? '') === head;
}

/**
 * The holders of role `head` a bare "the <head>" may name: those the article gives the role unnarrowed,
 * when there are any beside those it narrows to a place; all of them otherwise.
 */
export function bareRoleHolders(holders: readonly ArticlePerson[], head: string): readonly ArticlePerson[] {
  if (holders.length < 2) return holders;
  const bare = holders.filter((p) => !holdsNarrowed(p, head));
  return bare.length > 0 && bare.length < holders.length ? bare : holders;
}
