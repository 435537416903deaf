/**
 * Names an article links to a person it has already named: a relative's one name in an apposition ("Mrs.
 * Luz Hinojosa and her husband, Ramón,") takes the possessor's surname, and a name the naming words of
 * someone's own apposition give ("Rosario Méndez, … known … as Doña Chayo") is that person's other name.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { titleBefore } from './person-descriptions.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** A person found in an article, with how {@link knownAsInAppositions} links one to another. */
export type LinkedPerson = ArticlePerson & {
  /** Given by words naming someone by it ("known as Doña Chayo", "gave his name as El Güero"). */
  named?: boolean;
  /** The person whose apposition gave this name: not someone else. */
  nicknameOf?: string;
};

/**
 * Relatives who, in the coverage's conventions, go by the family's surname: a spouse, a child, a parent, a
 * sibling, a grandchild. "Abbott's spokeswoman, Renae," is no Abbott, nor is a cousin or an in-law always.
 */
const FAMILY_NOUNS: ReadonlySet<string> = new Set([
  'wife',
  'husband',
  'widow',
  'widower',
  'son',
  'daughter',
  'father',
  'mother',
  'brother',
  'sister',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
]);

/**
 * "Arvizu's wife, Norma,": the surname of the last person of the article `named` whose name holds the owner's word, or
 * `null` when the owner is no one named before (a body, a place, a first name alone).
 */
function ownerSurname(owner: string, named: readonly ArticlePerson[]): string | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const o = named[i];
    if (o && !o.kind && !o.unnamedAt && o.name.includes(' ') && o.surname === owner) return o.surname;
  }
  return null;
}

/**
 * The surname a relative's apposition gives the one name from `start` to `end` ("and her husband, Ramón,",
 * "to his 9-year-old daughter, Ava.", "Arvizu's wife, Norma,"):
 * the owner's surname after a possessive name, else that of the last person of the possessive's gender `named` before in the paragraph, or `null`.
 */
export function kinSurname(
  tokens: readonly Token[],
  start: number,
  end: number,
  named: readonly ArticlePerson[],
  isTitle: (value: string) => boolean,
  isGendered: (lemma: string) => boolean,
  known: readonly ArticlePerson[] = named,
): string | null {
  // "…to his 9-year-old daughter, Ava.": the apposition may end the sentence as well as go on after a comma.
  if (!/^[,.]$/.test(tokens[end]?.value ?? '')) return null;
  const before = titleBefore(tokens, start, isTitle, isGendered);
  if (
    before &&
    FAMILY_NOUNS.has(before.title.normal) &&
    POSSESSIVE_ENDINGS.has(tokens[before.from + 1]?.normal ?? '')
  )
    return ownerSurname(tokens[before.from]?.value ?? '', known);
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

/**
 * "ANTHONY RAMSEY III: Thanks, Lupita. And everybody calls me Tripp, so you can too.": a name a transcript's
 * speaker gives themselves in their turn is one they are known by, under the name their label gives them
 * however its capitals were cased ("Iii", "III"); a candidate of that one name is them, not someone new.
 */
export function linkSelfGivenNames(
  turns: ReadonlyArray<{ speaker: LinkedPerson; turn: string }>,
  candidates: readonly LinkedPerson[],
  names: ReadonlyMap<string, LinkedPerson>,
): void {
  for (const { speaker, turn } of turns) {
    const given = SELF_GIVEN.exec(turn)?.[1];
    if (!given) continue;
    const key = speaker.name.toLowerCase();
    const selves = candidates.filter((c) => c.name.toLowerCase() === key);
    const other = names.get(given);
    if (other && selves.includes(other)) continue;
    if (other) other.nicknameOf = speaker.id;
    for (const self of selves) if (!(self.knownAs ?? []).includes(given)) (self.knownAs ??= []).push(given);
  }
}

/**
 * A name someone gives themselves: "everybody calls me Tripp", "call me Doña Chayo", "I go by Chuy" — one or
 * two capitalised words, so "call me back" gives none.
 */
const SELF_GIVEN = /\b(?:calls?\s+me|I\s+go\s+by)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/** The most words a name given in an apposition has ("Doña Chayo", "El Güero"): a name and an honorific. */
const MAX_NAME_ENDING_WORDS = 6;

/**
 * "Ovidio Guzmán" in a headline and "Ovidio Guzmán López, 32," in the text: a Spanish name is written with
 * and without the mother's surname, so a name that is another's but for one more word after it is that
 * person's, given as another name they go by. Returns each shorter name's person with the longer one's.
 */
export function shortNamesOfLonger<P extends LinkedPerson>(
  candidates: readonly P[],
): Array<{ short: P; full: P }> {
  const byName = new Map<string, P[]>();
  for (const c of candidates) {
    if (c.kind || c.unnamedAt || !c.name.includes(' ')) continue;
    const shorter = c.name.slice(0, c.name.lastIndexOf(' '));
    const last = c.name.slice(c.name.lastIndexOf(' ') + 1);
    if (!MOTHERS_SURNAME.test(last)) continue;
    const list = byName.get(shorter);
    if (list) list.push(c);
    else byName.set(shorter, [c]);
  }
  const out: Array<{ short: P; full: P }> = [];
  for (const c of candidates) {
    const longer = c.kind || c.unnamedAt || !c.name.includes(' ') ? undefined : byName.get(c.name);
    if (longer?.length === 1 && longer[0] && longer[0] !== c) out.push({ short: c, full: longer[0] });
  }
  return out;
}

/** A surname written out ("López"), not an initial or a suffix ("Jr."). */
const MOTHERS_SURNAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** An initial as a name word ("O.", "B."). */
const INITIAL = /^\p{Lu}\.$/u;

/** A name word as compared with another: a heading in capitals writes "REUBEN F. SCHOLL" for "Reuben F. Scholl". */
function nameWordKey(word: string): string {
  return word.toLocaleLowerCase('en');
}

/**
 * "O. B. Teague" in a headline and "Orville Bascom Teague" in the text: a name of initials and a surname is
 * the one person of that surname whose given names, as many as the initials, open with those letters. A
 * given name may be written out beside an initial ("Daniel W. Ashcroft" is "Daniel Webster Ashcroft"), as
 * long as one word of the short name is an initial. The words compare whatever their case: a heading in
 * capitals ("REUBEN F. SCHOLL IS DEAD.") names the "Reuben Franklin Scholl" of the text. Returns each
 * initialled name's person with the full name's; none when two full names fit.
 */
export function initialledNamesOfFull<P extends LinkedPerson>(
  candidates: readonly P[],
): Array<{ short: P; full: P }> {
  const out: Array<{ short: P; full: P }> = [];
  const named = candidates.filter((c) => !c.kind && !c.unnamedAt && c.name.includes(' '));
  for (const c of named) {
    const words = c.name.split(' ');
    const initials = words.slice(0, -1);
    if (!initials.some((w) => INITIAL.test(w))) continue;
    const surname = nameWordKey(words.at(-1) ?? '');
    const fits = named.filter((f) => {
      const given = f.name.split(' ');
      if (f === c || nameWordKey(given.at(-1) ?? '') !== surname || given.length !== words.length)
        return false;
      const spelled = initials.every((w, i) => {
        const g = given[i] ?? '';
        if (!INITIAL.test(w) || INITIAL.test(g)) return nameWordKey(g) === nameWordKey(w);
        return g.length > 1 && nameWordKey(g[0] ?? '') === nameWordKey(w[0] ?? '');
      });
      // "J. P. Mayhall" is "Judson P. Mayhall": the full name may keep an initial, but writes out one at least.
      return spelled && initials.some((w, i) => INITIAL.test(w) && !INITIAL.test(given[i] ?? ''));
    });
    if (fits.length === 1 && fits[0]) out.push({ short: c, full: fits[0] });
  }
  return out;
}
