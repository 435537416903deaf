/**
 * Names an article links to a person it has already named: a relative's one name in an apposition ("Mrs.
 * Luz Hinojosa and her husband, Ramón,") takes the possessor's surname, and a name the naming words of
 * someone's own apposition give ("Rosario Méndez, … known … as Doña Chayo") is that person's other name.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './people.ts';
import { titleBefore } from './person-descriptions.ts';

/** A person found in an article, with how {@link knownAsInAppositions} links one to another. */
export type LinkedPerson = ArticlePerson & {
  /** Given by words naming someone by it ("known as Doña Chayo", "gave his name as El Güero"). */
  named?: boolean;
  /** The person whose apposition gave this name: not someone else. */
  nicknameOf?: string;
};

/**
 * The surname a relative's apposition gives the one name from `start` to `end` ("and her husband, Ramón,"):
 * that of the last person of the possessive's gender `named` before in the paragraph, or `null`.
 */
export function kinSurname(
  tokens: readonly Token[],
  start: number,
  end: number,
  named: readonly ArticlePerson[],
  isTitle: (value: string) => boolean,
  isGendered: (lemma: string) => boolean,
): string | null {
  if (tokens[end]?.value !== ',') return null;
  const before = titleBefore(tokens, start, isTitle, isGendered);
  const possessive = before ? tokens[before.from]?.normal : undefined;
  const gender = possessive === 'her' ? 'female' : possessive === 'his' ? 'male' : null;
  if (!before || !gender || !isGendered(before.title.normal)) return null;
  for (let i = named.length - 1; i >= 0; i--) {
    const o = named[i];
    if (o && !o.kind && !o.unnamedAt && o.name.includes(' ') && (o.gender ?? o.nameGender) === gender)
      return o.surname;
  }
  return null;
}

/**
 * "Rosario Méndez, a tortilla seller known to the whole Colonia Bellavista as Doña Chayo": a name given by
 * naming words inside another's description is that person's other name, not a second person.
 */
export function knownAsInAppositions(candidates: readonly LinkedPerson[]): void {
  // Each description by its last words, the first candidate's kept: one look-up per name, not a search.
  const byEnding = new Map<string, LinkedPerson>();
  for (const c of candidates) {
    if (c.named || c.kind || c.description === null) continue;
    const words = c.description.split(' ');
    for (let k = Math.max(0, words.length - MAX_NAME_ENDING_WORDS); k < words.length; k++) {
      const ending = words.slice(k).join(' ');
      if (!byEnding.has(ending)) byEnding.set(ending, c);
    }
  }
  for (const n of candidates) {
    if (!n.named || n.unnamedAt) continue;
    const owner = byEnding.get(n.name);
    if (!owner) continue;
    n.nicknameOf = owner.id;
    (owner.knownAs ??= []).push(n.name);
    owner.gender ??= n.gender;
  }
}

/** The most words a name given in an apposition has ("Doña Chayo", "El Güero"): a name and an honorific. */
const MAX_NAME_ENDING_WORDS = 6;
