/**
 * Which of the people who may hold a name or a role a mention means: the holders an honorific's gender fits,
 * the one mentioned most recently, whether another was mentioned since, and whether an unnamed person is
 * described only after the mention. Read by article-people.ts against the article's recent mentions (ids,
 * most recent first); each list of holders is indexed by id once.
 */
import type { ArticlePerson } from './discovered-person.ts';

/**
 * The holders of a surname an honorific before it may name: "Mr." rules out the women, not those whose
 * gender neither the article nor the first name has told, so a father whose first name is not in the name
 * data stays beside a son whose is. With no honorific, every holder.
 */
export function holdersFitting(
  holders: readonly ArticlePerson[],
  honorific: 'male' | 'female' | null | undefined,
): readonly ArticlePerson[] {
  if (!honorific) return holders;
  const known = holders.filter((p) => (p.gender ?? p.nameGender) === honorific);
  const open = holders.filter((p) => (p.gender ?? p.nameGender) === null);
  return open.length === 0 ? known : [...known, ...open];
}

/**
 * The person of `people` that `fits` mentioned most recently (the first of them that fits when none is).
 * Read from the most recent on, so the work stops at the first holder however many hold the role.
 */
export function mostRecent(
  people: readonly ArticlePerson[],
  recent: readonly string[],
  fits: (p: ArticlePerson) => boolean = () => true,
): ArticlePerson | null {
  if (people.length === 0) return null;
  const byId = idsOf(people);
  for (const id of recent) {
    const p = byId.get(id);
    if (p && fits(p)) return p;
  }
  return people.find(fits) ?? null;
}

/** True for an unnamed person the article first describes after token `t` of paragraph `paragraph`. */
export function describedAfter(person: ArticlePerson, paragraph: number, t: number): boolean {
  const at = person.unnamedAt;
  return (
    at !== undefined &&
    at !== null &&
    (at.paragraph > paragraph || (at.paragraph === paragraph && at.start > t))
  );
}

/** Where a word stands in the article: its paragraph and its token there. */
export interface TextPlace {
  paragraph: number;
  t: number;
}

/**
 * True when a role phrase ending in `head` at token `t` of paragraph `paragraph` cannot name `person`, whose
 * only hold on it is the phrase set off before their name: the words stand before that name ("the colonel
 * said" in the paragraph before "A retired Army colonel, Ismael Narváez Cota, who…"), or "another <head>"
 * (`others`, in the order met) was met between the name and them.
 */
export function phraseRoleNotYetHeld(
  person: ArticlePerson,
  head: string,
  { paragraph, t }: TextPlace,
  others: readonly TextPlace[],
): boolean {
  const given = person.phraseRole;
  if (!given?.heads.has(head)) return false;
  const after = (a: TextPlace, b: TextPlace) =>
    a.paragraph > b.paragraph || (a.paragraph === b.paragraph && a.t > b.t);
  const from = { paragraph: given.paragraph, t: given.start };
  const here = { paragraph, t };
  return !after(here, from) || others.some((o) => after(o, from) && after(here, o));
}

/** True when one of `people` other than `person` was mentioned more recently than `person`. */
export function mentionedBefore(
  people: readonly ArticlePerson[],
  person: ArticlePerson,
  recent: readonly string[],
): boolean {
  const byId = idsOf(people);
  for (const id of recent) {
    if (id === person.id) return false;
    if (byId.has(id)) return true;
  }
  return false;
}

/** Each list of holders by id, made once per list (the lists are the article's own and do not change). */
const ID_MAPS = new WeakMap<readonly ArticlePerson[], Map<string, ArticlePerson>>();

function idsOf(people: readonly ArticlePerson[]): Map<string, ArticlePerson> {
  let map = ID_MAPS.get(people);
  if (!map) {
    map = new Map();
    for (const p of people) if (!map.has(p.id)) map.set(p.id, p);
    ID_MAPS.set(people, map);
  }
  return map;
}
