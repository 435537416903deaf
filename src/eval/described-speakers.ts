import { singularOf } from '../nlp/singular.ts';
import { fullTitleWord } from './title-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}[\p{L}'’-]*,\s+((?:a|an|the)\s.*)$/u;
const P2 = /^\p{Lu}(?=\p{Ll}*\s+\p{Ll})/u;
const P3 = /^\p{Ll}[\p{Ll}-]*$/u;
const P4 = /\s*\([^()]*\)/gu;
/** "text of the plaque", "the words of the marker": a thing's words, the thing after "of". */
const CONTENTS_OF = /^(?:text|wording|words)\s+of\s+(.+)$/iu;
/** "the marker's text": the same, its owner before the possessive. */
const OWNED_CONTENTS = /^(.+?)['’]s\s+(?:text|wording|words)$/iu;
/** Roles that are one word written two ways ("somebody", "someone"), as the first. */
const SAME_ROLES: ReadonlyMap<string, string> = new Map([['somebody', 'someone']]);
/** A capitalised plural ("Rangers", "Texans"): a group's name, whose members "one of" it names. */
const P5 = /^\p{Lu}\p{Ll}+s$/u;
/** "one of the Rangers", "one of its captains": one person of a group, named by the group's plural. */
const ONE_OF = /^one\s+of\s+/i;
/**
 * How the eval compares an unnamed speaker the knowledge describes ("the relatives") with the one the quote
 * table describes ("relatives outside the Ninth Military Zone"): the table's writer paraphrases what the
 * article says around the person, so the words after the role seldom agree, but the role word itself does. A
 * role word names one person only when the table has no other speaker of that article with the same role.
 */

/** Words that open a description before its role word: articles, counts and quantities. */
const OPENERS_ANY_CASE =
  /^(?:(?:a|an|the|one|some|several|many|most|dozens|hundreds|about|around|nearly|unnamed|\d[\d,]*|of)\s+)+/i;

/**
 * Words that end the role a description opens with: what follows qualifies it ("of the company", "who …"),
 * as does a participle with its preposition ("a notice posted at the store", "a statement issued by …"), or
 * an irregular one, with its particle ("a sign held up by a girl", "a captain taken prisoner").
 */
const QUALIFIER =
  /\s(?:of|on|in|at|for|from|outside|inside|along|near|by|with|to|across|behind|around|who|that|which|whose|\S+ing|\p{Ll}+ed\s+(?:at|by|in|on|from|to)|(?:held|taken|given|kept|sent|brought|made|read|written|shown|seen|known|put|set|left|found|caught|hung|drawn|thrown|spoken|told|sold|heard|borne|worn)(?:\s+(?:up|out|down|off|over|back))?)(?:\s|$)/u;

/**
 * The role word of an unnamed speaker's description, lower-cased: the last word before what qualifies it
 * ("an official of the mining company" → "official", "Cortina's raiders" → "raiders", "a vendor selling
 * copper bracelets" → "vendor"); after a first name and a comma, the description's ("Chuy, a vendor …").
 * `null` when the speaker is a name ("Thomas F. Davis", "the War Department") rather than a description.
 */
export function describedRole(speaker: string): string | null {
  return describedRoles(speaker)[0] ?? null;
}

/**
 * The role words a description may be known by: {@link describedRole}'s, read past the first owner anywhere
 * ("an officer of the general's staff" → "staff"), and the head's, before what qualifies it ("an officer of
 * Crook's command" → "officer", not "command"). Empty for a name.
 */
export function describedRoles(speaker: string): string[] {
  // "Don Isidro Campoy Vélez's uncle (unnamed), as recalled by Campoy": an aside is no part of the role.
  const plain = speaker.replace(P4, '');
  const afterName = P1.exec(plain)?.[1];
  // A capital opening a description is the sentence's ("Lawyers for the family"); a lone capitalised word
  // is a name ("Rosa").
  const words = (afterName ?? plain.split(',')[0] ?? '').trim().replace(P2, (c) => c.toLowerCase());
  const opened = words.replace(OPENERS_ANY_CASE, '');
  const roleOf = (rest: string) =>
    rest.replace(OPENERS_ANY_CASE, '').split(QUALIFIER)[0]?.trim().split(/\s+/).at(-1) ?? '';
  // "text of the new bronze plaque", "the marker's text": the words of a thing are the thing's, and so is
  // its role.
  const contents = CONTENTS_OF.exec(opened)?.[1] ?? OWNED_CONTENTS.exec(opened)?.[1];
  if (contents !== undefined) return describedRoles(contents);
  const role = roleOf(opened.replace(/^.*?[’']s\s+/u, ''));
  const head = roleOf((opened.split(QUALIFIER)[0] ?? '').replace(/^.*?[’']s\s+/u, ''));
  // "One of its captains" is a captain: one of a group is known by the group's role in the singular; so is
  // one of a group a capitalised plural names ("one of the Rangers", "one of Capt. Baylor's Texas Rangers").
  const one = ONE_OF.test(words) ? [role, head].map((r) => singular(P5.test(r) ? r.toLowerCase() : r)) : [];
  // A capital makes the last word part of a name ("the Border Patrol", "Rosa"), not a role.
  return [...new Set([role, head, ...one].map((r) => SAME_ROLES.get(r) ?? r))].filter((r) => P3.test(r));
}

/** A plural role word in the singular ("captains" → captain, "witnesses" → witness, "men" → man). */
function singular(word: string): string {
  return singularOf(word, { es: true, men: true, longerThan: 1 });
}

/**
 * Whether the knowledge's description `got` names the speaker the table describes as `expected`: the same role
 * word, and no other speaker of the article in the table (`others`) with that role, so the role alone tells
 * which person the article means.
 */
export function sameDescribedSpeaker(got: string, expected: string, others: readonly string[]): boolean {
  const theirs = describedRoles(expected);
  return describedRoles(got).some((role) => {
    if (!theirs.includes(role)) return false;
    const sharing = others.filter((o) => o !== expected && describedRoles(o).includes(role));
    if (sharing.length === 0) return true;
    // "the army spokesman" of a table with "an army spokesman in Chihuahua City" and "a spokesman for Gov.
    // Giner Durán": the words the knowledge describes them with besides the role tell which one it means.
    const told = descriptionWords(got).filter((w) => w !== role && singular(w) !== role);
    const holds = (speaker: string) => {
      const words = new Set(descriptionWords(speaker));
      return told.every((w) => words.has(w));
    };
    return told.length > 0 && holds(expected) && !sharing.some(holds);
  });
}

/** Words that tell nothing of whom a description means: articles, prepositions, pronouns, conjunctions. */
const EMPTY_WORDS = new Set(
  'a an the of for in on at by to from with near and or who that which whose one some his her its their my our your me him them us it this these those'.split(
    ' ',
  ),
);

/** The words of a description that tell who is meant, lower-cased, titles in full ("Gov." → governor). */
function descriptionWords(speaker: string): string[] {
  return speaker
    .replace(P4, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .map((w) => fullTitleWord(w.replace(/['’]s?$/u, '').replace(/\.$/, '')))
    .filter((w) => w !== '' && !EMPTY_WORDS.has(w));
}
