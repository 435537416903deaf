/**
 * What reading one article's name runs gathers (people.ts): the candidates, the names that stand for no
 * person, and what links them; with the readers a run is read with, and the candidate a new name makes.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { discoveredId } from './discovered-person.ts';
import type { Candidate } from './kept-people.ts';
import type { NameContextWords, NotAPerson } from './name-contexts.ts';
import { NAME_WORD, opensWithSmallLetter } from './name-words.ts';
import { INITIAL, type NameRuns } from './name-runs.ts';
import { isParticleWord } from './particle-names.ts';
import { placeNameAt } from './place-names.ts';
import type { RoleWordReader } from './role-before-surname.ts';
import type { RunDescription, RunDescriptionReader } from './run-description.ts';
import type { RunName, RunNameReader } from './run-name.ts';
import type { SpeakerLabel } from './transcript.ts';

/** A person found, with whether the text vouches for them. */
export type FoundPerson = ArticlePerson & { evidence: boolean };

/** What a name run is read with, for the titles an article's usage shows. */
export interface NameReaders {
  titles: ReadonlySet<string>;
  runs: NameRuns;
  isTitle: (value: string) => boolean;
  /** A title or an honorific before a place's name ("San Antonio" is none). */
  isPlaceTitle: (value: string) => boolean;
  contextWords: NameContextWords;
  nameReader: RunNameReader;
  descriptionReader: RunDescriptionReader;
}

/** One article's text and what is read from all of it before its name runs. */
export interface ArticleText {
  analyses: readonly Analysis[];
  taken: (paragraph: number, token: number) => boolean;
  quoted: (paragraph: number, token: number) => boolean;
  /** A transcript's speaker labels ("KAREN WHITFIELD, ANCHOR:"): the name in one is a person's. */
  labels: ReadonlyArray<SpeakerLabel | null>;
  /** Capitalised words the article counts ("Thirty Villistas"): a group's name, no person's surname. */
  counted: ReadonlySet<string>;
  /** Nouns the article writes in lower case: one capitalised to open a sentence is no name ("Reader …"). */
  commonNouns: ReadonlySet<string>;
  /** Verbs the article writes in lower case: one after a name in a headline is no name word ("Lynde Dropped"). */
  verbForms: ReadonlySet<string>;
  roleReader: RoleWordReader;
  genderOfName: (first: string) => 'male' | 'female' | null;
}

/** What reading an article's name runs gathers. */
export interface FoundNames {
  candidates: Candidate[];
  /** The surnames of the candidates found so far, kept as they are found (read once per name run). */
  surnames: Set<string>;
  /** A name and the name of the partner a first name joined on before it gives ("Elena and Frank Castañeda"). */
  couples: Map<string, string>;
  /** Each name's candidate: a transcript's label naming them later vouches for it ("Anchors: Karen Whitfield"). */
  names: Map<string, Candidate>;
  /** Each candidate by its name in small letters, so a heading's capitals find the text's spelling. */
  foldedNames: Map<string, Candidate>;
  /** The candidate of each surname written alone after a title ("Gen. Crook"), by the surname. */
  titledSurnames: Map<string, Candidate>;
  /** Names that stand where no person's does ("the Navy Ministry said"), and what they are instead. */
  notPeople: Map<string, NotAPerson>;
  /** Names a title, an age or a description says are a person's, where nothing says otherwise. */
  personLike: Set<string>;
  /** Each labelled paragraph's speaker, for a name they give themselves in their turn ("call me Tripp"). */
  labelSpeakers: Map<number, FoundPerson>;
  /** Surnames the article writes after a word of a role ("Consul Arvayo"): a person's, as after "Mr.". */
  afterRole: Set<string>;
}

/** Nothing found yet. */
export function emptyFoundNames(): FoundNames {
  return {
    candidates: [],
    surnames: new Set(),
    couples: new Map(),
    names: new Map(),
    foldedNames: new Map(),
    titledSurnames: new Map(),
    notPeople: new Map(),
    personLike: new Set(),
    labelSpeakers: new Map(),
    afterRole: new Set(),
  };
}

/**
 * The words an article writes in lower case (nouns and verbs), and the longer names it writes as places
 * ("San Antonio"), read in one pass (place-names.ts).
 */
export function articleWordForms(
  analyses: readonly Analysis[],
  isPlaceTitle: (value: string) => boolean,
): { commonNouns: Set<string>; verbForms: Set<string>; places: Set<string> } {
  const commonNouns = new Set<string>();
  const verbForms = new Set<string>();
  const places = new Set<string>();
  for (const a of analyses) {
    const tokens = a.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const x = tokens[t] as Token;
      if (x.pos === 'NOUN' && opensWithSmallLetter(x.value)) commonNouns.add(x.lemma);
      if (x.pos === 'VERB' && opensWithSmallLetter(x.value)) verbForms.add(x.normal).add(x.lemma);
      const place = placeNameAt(tokens, t, isPlaceTitle);
      if (place !== null) places.add(place);
    }
  }
  return { commonNouns, verbForms, places };
}

/**
 * "Elena and Frank Castañeda": the first name joined on before the name at `start`, which shares its
 * surname; null when none is.
 */
export function couplePartner(
  tokens: readonly Token[],
  start: number,
  taken: (token: number) => boolean,
): string | null {
  const partner = tokens[start - 2];
  return tokens[start - 1]?.normal === 'and' &&
    partner &&
    partner.pos === 'PROPN' &&
    NAME_WORD.test(partner.value) &&
    !taken(start - 2) &&
    !NAME_WORD.test(tokens[start - 3]?.value ?? '')
    ? partner.value
    : null;
}

/** A title, an age or "who…" vouches for a person, where nothing says otherwise. */
export function vouchesPerson(described: RunDescription): boolean {
  return (
    described.titleTokens.length > 0 ||
    described.leading !== null ||
    described.aged ||
    (described.description !== null &&
      (described.personHead || /^(who|whose)\b/i.test(described.description)))
  );
}

/**
 * "known to regulars only as Flaco, who said he was 19": naming words vouch for one name when a pronoun in
 * them or a "who" after it says a person ("the Defense Secretariat, known as Sedena" is none).
 */
export function namedPerson(described: RunDescription): boolean {
  return (
    described.naming !== false &&
    (described.naming !== null || /^(who|whose)\b/i.test(described.description ?? ''))
  );
}

/**
 * "JOSIAH PRUETT, WHO RODE TO DOVE CREEK, IS DEAD AT 78." in a heading, "Josiah Pruett, for sixty years a
 * citizen" in the text: the person is named as the text writes them, and "Mr. Pruett" is theirs, not as the
 * heading's capitals do. For a name not found yet that stands where a person's may.
 */
export function adoptTextSpelling(
  found: FoundNames,
  { name, surname, words }: RunName,
  description: string | null,
): void {
  const inCapitals = found.foldedNames.get(name.toLowerCase());
  if (
    !inCapitals ||
    inCapitals.name !== inCapitals.name.toUpperCase() ||
    found.notPeople.has(inCapitals.name)
  )
    return;
  found.names.delete(inCapitals.name);
  found.names.set(name, inCapitals);
  inCapitals.name = name;
  inCapitals.surname = surname;
  inCapitals.laterNames = laterNames(words);
  inCapitals.description ??= description;
}

/** The candidate a name not found before makes, with what its run says of them. */
export function newCandidate(
  tokens: readonly Token[],
  { start, titleEnd, end }: { start: number; titleEnd: number; end: number },
  { words, suffix, oneName, name, surname, shortName }: RunName,
  described: RunDescription,
  oneNameVouched: boolean,
  article: Pick<ArticleText, 'counted' | 'genderOfName'>,
  paragraph: number,
): FoundPerson {
  return {
    id: discoveredId(name),
    name,
    surname,
    laterNames: laterNames(words),
    gender: described.gender,
    nameGender: article.genderOfName(words.find((w) => !INITIAL.test(w) && w.length > 2) ?? ''),
    title: described.title,
    description: described.description,
    roleWords: described.roleWords,
    roleHeads: described.roleHeads,
    ...(described.phraseRoleHeads.size > 0
      ? {
          phraseRole: {
            heads: described.phraseRoleHeads,
            paragraph,
            start: described.titleStart,
          },
        }
      : {}),
    evidence: oneName ? oneNameVouched : described.evidence,
    ...(oneName ? { single: true } : {}),
    ...(described.naming !== false ? { named: true } : {}),
    leads: described.titleStart === 0 || /^[.;:"“”]$/.test(tokens[described.titleStart - 1]?.value ?? ''),
    ...(suffix ? { knownAs: [words.join(' ')] } : {}),
    // "U.S. Customs and Border Protection": the name from its first common word, where "U.S." is the country's.
    ...(shortName ? { knownAs: [shortName] } : {}),
    // "five Rangers were dismissed": the counted word alone names the group "Texas Rangers" names.
    ...(titleEnd === start && article.counted.has(surname) && words.length > 1 ? { knownAs: [surname] } : {}),
    ...(described.aged ? { age: Number(tokens[end + 1]?.value) } : {}),
  };
}

/** The words a person is named by later: past the first, no initial and no particle. */
function laterNames(words: readonly string[]): string[] {
  return words.slice(1).filter((w) => !INITIAL.test(w) && !isParticleWord(w));
}

/**
 * What a later mention says of someone the first did not: "Lázaro Cárdenas, the former president…" then
 * "Gen. Lázaro Cárdenas": the title, its role words and a description the first mention lacked are theirs,
 * so "the general" can name them. A title of honorifics only is left to the mention it is written at.
 */
export function keepLaterDescription(seen: FoundPerson, described: RunDescription, office: boolean): void {
  // "Mrs. Catherine Stiffler" after "Albert and Catherine Stiffler": an honorific names no role, and which
  // Mrs. Stiffler "Mrs. Stiffler" is stays the one the article introduced so.
  if (seen.title === null && described.title !== null && office) {
    seen.title = described.title;
    for (const w of described.roleWords) seen.roleWords.add(w);
    for (const w of described.roleHeads) seen.roleHeads.add(w);
  }
  if (seen.description === null && described.description !== null) seen.description = described.description;
}
