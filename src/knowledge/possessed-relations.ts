/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}'’-]+/u;
/**
 * A person the article names by their relation to another described one: after "Their leader, Wade
 * Ellison, a retired Army sergeant … His wife, Tammy Ellison, sewed …", "The sergeant's wife said …" is
 * Tammy Ellison: the owner is the one whose description holds "sergeant", the relation the one whose
 * description is a possessive and "wife".
 */

/** A person named near the description, with the article's own description of them. */
export interface DescribedPerson {
  id: string;
  name: string;
  description: string | null;
}

/** Possessives that open a description of a person by their relation ("His wife", "her son"). */
const POSSESSIVE = /^(?:his|her|their|\p{Lu}[\p{L}'’.-]*['’]s?)$/iu;

/**
 * The person of `people` (nearest first) whose description is a possessive and `relation` ("His wife"),
 * when another of them has `owner` among the words of their description ("a retired Army sergeant");
 * `null` when none or more than one fits.
 */
export function relationHolder(
  owner: string,
  relation: string,
  people: readonly DescribedPerson[],
): DescribedPerson | null {
  const holders = people.filter((p) => isRelation(p.description, relation));
  if (holders.length !== 1) return null;
  const holder = holders[0];
  if (!holder) return null;
  const owned = people.some((p) => p.id !== holder.id && hasWord(p.description, owner));
  return owned ? holder : null;
}

/** True when `description` is a possessive and then `relation` ("His wife", "her late husband"). */
function isRelation(description: string | null, relation: string): boolean {
  const words = (description ?? '').trim().split(/\s+/);
  const head = words.at(-1)?.toLowerCase();
  return words.length >= 2 && words.length <= 3 && POSSESSIVE.test(words[0] ?? '') && head === relation;
}

/** True when `word` is one of the words of `description`, whatever their case. */
function hasWord(description: string | null, word: string): boolean {
  return (description ?? '').toLowerCase().split(P1).includes(word);
}
