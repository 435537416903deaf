/**
 * What the words around a name say of the person: the title before it, an age after it, the description
 * an apposition, a copula or the words before it give, the roles and gender those words mark, and whether
 * any of it vouches that the name is a person's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { agedAt } from './particle-run-end.ts';
import { describedBeforeWhoClause } from './described-before-who.ts';
import { NAME_WORD, roleForm } from './name-words.ts';
import { nameOwnedByPhraseEnd } from './name-of-phrase-end.ts';
import {
  copulaDescription,
  descriptionAfter,
  headWords,
  namingDescription,
  namingGender,
  personNounBefore,
  personPhraseBefore,
  personPhraseDescription,
  titleBefore,
} from './person-descriptions.ts';
import { personRoles } from './person-roles.ts';
import { pluralTitleSingular, sharedPluralTitle } from './plural-title.ts';
import { roleWordsBeforeName } from './role-words-before-name.ts';
import { quotationAfterName, speechCueBeside } from './speech-beside-name.ts';
import { titleStartOfRun, type titleEndOfRun } from './title-extent.ts';

/** The lexicon's words a name's surroundings are read with. */
export interface RunDescriptionReader {
  isTitle(value: string): boolean;
  isPersonNoun(lemma: string): boolean;
  isEnglishWord(word: string): boolean;
  /** Titles, honorifics and their abbreviations. */
  readonly titles: ReadonlySet<string>;
  readonly honorifics: ReadonlyMap<string, 'male' | 'female' | null>;
  /** Nouns of office or occupation that mark a gender ("spokeswoman"). */
  readonly gendered: ReadonlyMap<string, 'male' | 'female'>;
  /** Abbreviated titles and the word they stand for ("gov": "governor"). */
  readonly abbreviations: ReadonlyMap<string, string>;
}

/** What the words around a name say of the person. */
export interface RunDescription {
  /** The first token of the title before the name (the name's first when it has none). */
  titleStart: number;
  titleTokens: Token[];
  title: string | null;
  /** True when an age set off by commas follows the name. */
  aged: boolean;
  description: string | null;
  /** A title opening the clause, set off from the name by commas. */
  leading: Token | null;
  /**
   * True when that title is a noun for a relative after a possessive ("Her daughter, Karla,", "Arvizu's wife,
   * Norma,"): it says the name, even a first name alone, is a person's.
   */
  kin: boolean;
  roleWords: Set<string>;
  roleHeads: Set<string>;
  /** Of {@link roleHeads}, those only a phrase set off before the name gives ("A retired Army colonel, X, who…"). */
  phraseRoleHeads: Set<string>;
  /** The gender of words naming the person by the name ("who gave her name as"); `false`: no such words. */
  naming: 'male' | 'female' | null | false;
  gender: 'male' | 'female' | null;
  /** True when the description's head is a word for a person. */
  personHead: boolean;
  /** True when anything around the name vouches that it is a person's. */
  evidence: boolean;
}

/**
 * What the words around the name of tokens `start` to `end` say of the person, its title read to
 * `extent`; `given` is what its name gave, and `taken(t)` is true for a token a known entity names.
 */
export function runDescription(
  reader: RunDescriptionReader,
  analysis: Analysis,
  { start, end }: { start: number; end: number },
  extent: ReturnType<typeof titleEndOfRun>,
  given: { words: readonly string[]; nickname: { at: number } | null; labelled: boolean },
  taken: (token: number) => boolean,
): RunDescription {
  const { tokens } = analysis;
  const { titleEnd, ranked } = extent;
  const { words, nickname, labelled } = given;
  const titleStart = titleStartOfRun(tokens, start, extent, reader.isTitle, taken);
  const titleTokens = tokens.slice(titleStart, titleEnd);
  const title =
    titleTokens.length > 0
      ? analysis.text.slice(titleTokens[0]?.start ?? 0, titleTokens.at(-1)?.end ?? 0)
      : null;
  // "Dilcia Ramos, 34, who left San Pedro Sula…": an age after a name is a person's.
  const aged = agedAt(tokens, end);
  const before =
    tokens[end]?.value === ','
      ? titleBefore(
          tokens,
          titleStart,
          (v) => reader.isTitle(v),
          (l) => reader.gendered.has(l),
        )
      : null;
  // "the defence secretary, Gen. Ricardo Trevilla Trejo,": the phrase before the name describes them.
  const after = descriptionAfter(analysis, aged ? end + 2 : end, (l) => reader.isPersonNoun(l));
  // "A lawyer who represented the former mayor, Eddie Espinoza,": the name is the mayor's, not the lawyer's.
  const owned = nameOwnedByPhraseEnd(tokens, titleStart, (l) => reader.isPersonNoun(l));
  // "A Mexican woman, Areli Pablo Servando,"; "A spokesman for the union's local in San Diego, Art Delgadillo,":
  // the phrase set off before the name, with its tail.
  const phraseBefore = owned
    ? null
    : (personNounBefore(analysis, titleStart, end, (l) => reader.isPersonNoun(l)) ??
      personPhraseDescription(analysis, titleStart, end, (l) => reader.isPersonNoun(l)));
  const description =
    after ??
    copulaDescription(analysis, start, end) ??
    namingDescription(analysis, titleStart) ??
    (before
      ? analysis.text.slice(tokens[before.from]?.start ?? 0, tokens[titleStart - 2]?.end ?? 0)
      : null) ??
    phraseBefore ??
    roleWordsBeforeName(analysis, titleStart, (l) => reader.isPersonNoun(l));
  // "El secretario de Seguridad y Protección Ciudadana, Alfonso Durazo Montaño, told…": a title the
  // clause opens with, set off from the name by commas, is theirs as much as one just before it.
  const leading = before?.title ?? null;
  const kin = leading !== null && !reader.isTitle(leading.value) && reader.gendered.has(leading.normal);
  // "Justices Clarence Thomas and Ketanji Brown Jackson": the plural title before the first name is each one's.
  const shared =
    titleTokens.length === 0 ? sharedPluralTitle(tokens, start, end, (v) => reader.isTitle(v)) : null;
  const role =
    leading ?? (tokens[end]?.value === ',' ? definiteRoleBefore(reader, tokens, titleStart) : null);
  // "Sgt. 1st Class": the rank's words are the title's; "sergeant" is the role, not "class".
  const roleTokens = ranked ? tokens.slice(titleStart, start - 1) : titleTokens;
  // "A retired Army colonel, Ismael Narváez Cota, who commanded troops…": the words after the name may be the
  // description, and the phrase set off before it still says what they are, so a later "the colonel" is them.
  // "A retired Navy captain who sailed on it…, Rogelio Abarca Nava, now 68, lives…": so does one whose "who"
  // clause goes on about them before the name.
  // The sentence's opening phrase is read first: "who sailed on her as a junior officer" goes on about it.
  const describedBefore = owned
    ? null
    : (describedBeforeWhoClause(analysis, titleStart, end, (l) => reader.isPersonNoun(l)) ?? phraseBefore);
  const lexicon = {
    honorifics: reader.honorifics,
    gendered: reader.gendered,
    abbreviations: reader.abbreviations,
  };
  const own = personRoles(titleTokens, roleTokens, role, [description], lexicon);
  const { roleWords, roleHeads, ...roles } =
    describedBefore === null || describedBefore === description
      ? own
      : personRoles(titleTokens, roleTokens, role, [description, describedBefore], lexicon);
  // "Justices …", "Sens. …": a plural title's role is its singular's ("the justice", "the senator").
  const plurals = [...roleTokens, ...(shared ? [tokens[shared.at]] : [])].map((x) =>
    x ? pluralTitleSingular(x.value, (v) => reader.isTitle(v)) : null,
  );
  for (const singular of plurals)
    for (const form of singular ? [singular, reader.abbreviations.get(singular)] : [])
      if (form) {
        roleWords.add(roleForm(form));
        roleHeads.add(roleForm(form));
      }
  // The heads only that phrase gives: they are theirs from where the name is written on (discovered-person.ts).
  const phraseRoleHeads = new Set([...roleHeads].filter((h) => !own.roleHeads.has(h)));
  // "who gave her name only as Chayo": the pronoun of the words naming them.
  const naming = namingGender(tokens, nickname?.at ?? titleStart);
  const gender = roles.gender ?? (naming || null);
  // "Casa Peregrina, a shelter run by churches": a description whose head is no person's says it is not one.
  const heads = headWords(description);
  const personHead = heads.some(
    (w) => reader.titles.has(w) || reader.gendered.has(w) || reader.isPersonNoun(w),
  );
  const personDescription =
    description !== null &&
    (/^(who|whose)\b/i.test(description) ||
      personHead ||
      !reader.isEnglishWord((words[0] ?? '').toLowerCase()));
  const evidence =
    titleTokens.length > 0 ||
    leading !== null ||
    shared !== null ||
    personDescription ||
    personPhraseBefore(tokens, titleStart, end, (l) => reader.isPersonNoun(l)) ||
    speechCueBeside(tokens, titleStart, end) ||
    aged ||
    labelled ||
    // "who gave his name as El Güero": words naming a him or a her by it.
    Boolean(naming) ||
    quotationAfterName(tokens, titleStart, end);
  return {
    titleStart,
    titleTokens,
    title,
    aged,
    description,
    leading,
    kin,
    roleWords,
    roleHeads,
    phraseRoleHeads,
    naming,
    gender,
    personHead,
    evidence,
  };
}

/**
 * The head of a phrase opened by "the" and set off before the name, when it is a noun of a person the lexicon
 * lists no title for: "The Mexican consul at Douglas, Sr. Ramon Bustamante, who holds…" is the consul, so a
 * later "the consul" is him. It names a role and vouches for nothing else (a body may stand there: "the
 * county's largest employer, Phelps Dodge,"); a phrase a possessive opens ("her granddaughter, X") says how
 * they are kin, not what they are.
 */
function definiteRoleBefore(
  reader: RunDescriptionReader,
  tokens: readonly Token[],
  nameStart: number,
): Token | null {
  const found = titleBefore(
    tokens,
    nameStart,
    (v) => reader.isPersonNoun(v),
    () => false,
  );
  // "said the lawyer for the widow, X": only a phrase opening its clause is set off before the name.
  const before = tokens[found?.from === undefined ? -1 : found.from - 1]?.value;
  if (
    !found ||
    tokens[found.from]?.normal !== 'the' ||
    (before !== undefined && !/^[.!?;:"“”]$/.test(before))
  )
    return null;
  // "the lawyer for the widow, X": the name may be the widow's; only a head closing the phrase, or one the
  // place it serves follows ("consul at Douglas"), is the named person's role.
  let k = tokens.indexOf(found.title) + 1;
  if (k < nameStart - 1 && !PLACE_PREPOSITIONS.has(tokens[k]?.normal ?? '')) return null;
  for (k++; k < nameStart - 1; k++) if (!NAME_WORD.test(tokens[k]?.value ?? '')) return null;
  return found.title;
}

/** Prepositions joining a role to the place or body it serves ("the Mexican consul at Douglas"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'for']);
