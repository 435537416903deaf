/**
 * A relative a speaker names by their relation to themselves ("My dad used to tell us, '…'") is often
 * someone the article named by that relation already ("Gee's father, Gee Hong, was one of the 527"): the
 * words are that person's. Kin words have familiar forms ("dad", "mom") the article's description writes
 * plainly ("father", "mother").
 */

/** Familiar kin words and the plain word a description writes for them. */
const PLAIN_KIN: Readonly<Record<string, string>> = {
  dad: 'father',
  daddy: 'father',
  papa: 'father',
  pa: 'father',
  mom: 'mother',
  mum: 'mother',
  mama: 'mother',
  ma: 'mother',
  grandpa: 'grandfather',
  granddad: 'grandfather',
  grandma: 'grandmother',
  granny: 'grandmother',
};

/** A description naming someone by whose relative they are: "Gee's father", "Ramsey's late wife". */
const OWNED_RELATION = /^(\p{Lu}[\p{L}'’.-]*?)['’]s\s+(?:late\s+)?(\p{Ll}+)$/u;

/**
 * "Daddy said, '…'": a familiar kin word written as a name, lower case ("daddy"), when `name` is one word and
 * one of those words; `undefined` otherwise.
 */
export function familiarKinAsName(name: string): string | undefined {
  const lower = name.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(name) && PLAIN_KIN[lower] !== undefined ? lower : undefined;
}

/** The plain kin word for `word` ("dad" → "father"), lower case. */
export function plainKin(word: string): string {
  const lower = word.toLowerCase();
  return PLAIN_KIN[lower] ?? lower;
}

/** People of one article by the relation their description names them by; built once per article. */
export class NamedRelatives<P extends { description: string | null }> {
  readonly #byRelation = new Map<string, P | null>();

  constructor(people: Iterable<P>) {
    for (const p of people) {
      const m = OWNED_RELATION.exec(p.description?.trim() ?? '');
      if (!m?.[1] || !m[2]) continue;
      const key = `${m[1].toLowerCase()} ${plainKin(m[2])}`;
      this.#byRelation.set(key, this.#byRelation.has(key) ? null : p);
    }
  }

  /**
   * The one person described as `owner`'s `relation` by any word of the owner's name ("Albert Gee" and
   * "dad" → the one described as "Gee's father"); `null` when none or more than one is.
   */
  holder(owner: string, relation: string): P | null {
    if (this.#byRelation.size === 0) return null;
    const kin = plainKin(relation);
    const found = new Set<P>();
    for (const word of owner.split(/\s+/)) {
      const p = this.#byRelation.get(`${word.toLowerCase()} ${kin}`);
      if (p) found.add(p);
    }
    return found.size === 1 ? ([...found][0] ?? null) : null;
  }
}
