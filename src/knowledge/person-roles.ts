/**
 * The roles a person's title and description give them, and the gender those words mark. The words come
 * from the title before the name ("Homeland Security Secretary"), a title leading the clause and set off
 * from the name by commas ("El secretario de Seguridad …, Alfonso Durazo Montaño,") and the head words of
 * the description ("the Pentagon's chief spokesperson"); each is kept in its role form ("spokesperson" →
 * "spokes"), and an abbreviated title as the word it stands for too ("gen" → "general"), so a later "the
 * spokeswoman" or "the general" finds them. The heads are the words that name them alone: a title's last
 * word and the description's head ("El Paso's deputy city manager" is "the manager", never "the city").
 * An honorific in the title or a gendered role word ("spokeswoman") says their gender.
 */
import type { Token } from '../nlp/pipeline.ts';
import { bare, roleForm, roleWordGender, titleHead } from './name-words.ts';
import { headWords } from './person-descriptions.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const LETTER = /\p{L}/u;

/** The lexicon's words for roles: honorifics and gendered nouns with the gender they mark, titles' abbreviations. */
interface RoleLexicon {
  honorifics: ReadonlyMap<string, 'male' | 'female' | null>;
  gendered: ReadonlyMap<string, 'male' | 'female'>;
  abbreviations: ReadonlyMap<string, string>;
}

/** A person's role words, the heads among them, and the gender the title or a role word marks. */
interface PersonRoles {
  roleWords: Set<string>;
  roleHeads: Set<string>;
  gender: 'male' | 'female' | null;
}

/**
 * The roles of a person written with `titleTokens` before their name, whose role is read from `roleTokens`
 * (the title without a rank's ordinal and the word after it: "Sgt. 1st Class" is a sergeant, not a class),
 * with `leading` a title opening the clause before them, and `descriptions` what the article says they are
 * (its description first, then a phrase set off before the name when the description follows it).
 */
export function personRoles(
  titleTokens: readonly Token[],
  roleTokens: readonly Token[],
  leading: Token | null,
  descriptions: readonly (string | null)[],
  lexicon: RoleLexicon,
): PersonRoles {
  const roleWords = new Set<string>();
  for (const x of leading ? [leading, ...roleTokens] : roleTokens) addRole(roleWords, x, lexicon);
  // A role phrase names them when its last word is a title or the description's head ("El Paso's
  // deputy city manager" is "the manager" or "the city manager", never "the city").
  // The title's head is its last word ("State Rep." is "the representative", never "the state").
  // A title leading the clause ("El secretario …, Alfonso Durazo Montaño,") is a head of its own.
  const lastTitle = titleHead(roleTokens.filter((x) => LETTER.test(x.value)));
  const roleHeads = new Set<string>();
  for (const x of [leading, lastTitle]) if (x) addRole(roleHeads, x, lexicon);
  for (const description of descriptions) {
    const described = headWords(description);
    for (const w of described) roleWords.add(roleForm(w));
    const descriptionHead = described.at(-1);
    if (descriptionHead) roleHeads.add(roleForm(descriptionHead));
  }
  let gender: 'male' | 'female' | null = null;
  for (const x of titleTokens) gender ??= lexicon.honorifics.get(bare(x.value)) ?? null;
  for (const w of roleWords) gender ??= roleWordGender(w, lexicon.gendered);
  return { roleWords, roleHeads, gender };
}

/** A title word's role forms into `into`, and those of what it abbreviates ("gen" → "general"). */
function addRole(into: Set<string>, x: Token, lexicon: RoleLexicon): void {
  into.add(roleForm(bare(x.value)));
  const full = lexicon.abbreviations.get(bare(x.value));
  if (full) into.add(roleForm(full));
}
