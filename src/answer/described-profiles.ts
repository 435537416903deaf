/**
 * What the coverage says each person is, gathered once for DescribedPeople (described.ts): the words
 * of their description and titles, the nouns heading them, the sentences introducing them and the headlines
 * of their articles, each word weighted by where it is said.
 */
import type { Entity } from '../knowledge/schema.ts';
import { namesBeyondLabel } from './label-mentions.ts';
import { speakerLabel } from '../nlp/speaker-label.ts';
import { wordAfterName } from './agent-noun.ts';
import { addTo } from './id-sets.ts';
import {
  ARTICLE_NOUN,
  DESCRIPTION_HEAD,
  DESCRIPTION_HEAD_ANY_LENGTH,
  describingWords,
  impliedGender,
  type PersonHeads,
} from './description-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

/**
 * For a noun the lexicon does not list whose first sense is a kind of person ("trucker", "guide"), the words
 * of that sense and of the kinds it belongs to ("trucker" → trucker, teamster, driver, operator…); `null` for
 * any other noun. From WordNet: a role the lexicon never listed still names someone.
 */
export type PersonKinds = (noun: string) => ReadonlySet<string> | null;

/** Weights of where a word is found: what the article calls them, how it introduces them, its headline. */
export const DESCRIPTION_WEIGHT = 1;
const INTRODUCTION_WEIGHT = 0.6;
const HEADLINE_WEIGHT = 0.3;
/** Sentences read as a person's introduction: the first that mention them (a description is written once). */
const INTRODUCING_SENTENCES = 3;

/** The coverage the profiles are read from. */
export interface ProfileSource {
  entities: ReadonlyMap<string, Entity>;
  sentence(id: string): {
    lemmas: readonly string[];
    sourceId: string;
    text?: string;
    mentions?: ReadonlyArray<{ entityId: string; text: string }>;
  } | null;
  sources: ReadonlyMap<string, { title: string }>;
  /** The words of a name the coverage spells out, for its acronym in lower case. */
  acronym?(word: string): readonly string[] | undefined;
}

/** What the coverage says the people are, by word. */
export interface DescribedProfiles {
  /** For each word (stemmed, unaccented), the people it is said of and how strongly. */
  readonly said: Map<string, Map<string, number>>;
  readonly gender: Map<string, 'male' | 'female' | null>;
  /**
   * Nouns the coverage says what someone is with, beyond the lexicon's: the head of a description ("director"
   * of "director of the Fort Bliss Museum", "historian" of "the command historian at Fort Huachuca") and the
   * last word of a title.
   */
  readonly nouns: Map<string, Set<string>>;
  /**
   * For the head noun of what the article calls someone ("officer" of "a retired Air Force intelligence
   * officer who flew on RC-135s") and each word of their titles ("spokeswoman" of "spokeswoman Lt. Col."),
   * who is called so.
   */
  readonly headed: Map<string, Set<string>>;
  /** For the last word of each title someone holds ("councilman" of "City Councilman"), who holds it. */
  readonly titled: Map<string, Set<string>>;
  /**
   * "sergeant <id>" for a title someone holds only abbreviated ("Sgt."): the title alone is weaker evidence
   * there, since "the American colonel" must not find a Mexican "Col." on a word of his article.
   */
  readonly abbreviated: Set<string>;
  /** For each stem of a word describing someone (description, titles), each form written and who it describes. */
  readonly describingForms: Map<string, Map<string, Set<string>>>;
  /** For a noun for a kind of person a description gives someone with an article ("a distant relative"), who. */
  readonly calledAs: Map<string, Set<string>>;
  /** The people the coverage says what they are of (a description or a title). */
  readonly hasDescription: Set<string>;
  /** For each word (stemmed, unaccented) of what the coverage calls someone (description, titles), who. */
  readonly called: Map<string, Set<string>>;
  /**
   * For the word right after someone's name in the sentences introducing them ("keeps" of "Arturo Flores
   * Treviño keeps a photograph"), who: the act a noun for a doer names ("the museum keeper", agent-noun.ts).
   */
  readonly doing: Map<string, Set<string>>;
  /**
   * For the initials of a run of words in what the article calls someone that ends in a noun for a person
   * ("vp" of "vice president of the union local"), who: a question may write the run so ("the union VP").
   */
  readonly initials: Map<string, Set<string>>;
}

/** The words a profile is keyed by: a word stemmed, unaccented and in lower case. */
type Key = (word: string) => string;

/**
 * The profiles of the people of `index`. `abbreviations` gives titles in full by their abbreviation (the
 * lexicon's `titleAbbreviations`).
 */
export function buildProfiles(
  index: ProfileSource,
  heads: PersonHeads,
  key: Key,
  abbreviations: ReadonlyMap<string, string>,
  personKinds: PersonKinds,
): DescribedProfiles {
  const p: DescribedProfiles = {
    said: new Map(),
    gender: new Map(),
    nouns: new Map(),
    headed: new Map(),
    titled: new Map(),
    abbreviated: new Set(),
    describingForms: new Map(),
    calledAs: new Map(),
    hasDescription: new Set(),
    called: new Map(),
    doing: new Map(),
    initials: new Map(),
  };
  for (const e of index.entities.values()) {
    if (e.type !== 'person') continue;
    noteDescribing(p, e, heads, key);
    noteTitles(p, e, abbreviations);
    noteHeadNouns(p, e, personKinds);
    noteInitials(p, e, (w) => heads.has(w) || personKinds(w) !== null);
    noteIntroductions(p, e, index, key);
  }
  forgetOwnNames(p, index, key);
  return p;
}

/** Notes the word at `key(word)` said of `id` at `weight`, the strongest kept. */
function note(p: DescribedProfiles, key: Key, word: string, id: string, weight: number): void {
  if (word.length < 3) return;
  const k = key(word);
  let people = p.said.get(k);
  if (!people) p.said.set(k, (people = new Map()));
  people.set(id, Math.max(people.get(id) ?? 0, weight));
}

/** The words of what the article calls `e` and of their titles, and the gender they imply. */
function noteDescribing(p: DescribedProfiles, e: Entity, heads: PersonHeads, key: Key): void {
  const describing = [e.description ?? '', ...e.roles.flatMap((r) => [r.title, ...r.phrases])].join(' ');
  if (describingWords(describing).length > 0) p.hasDescription.add(e.id);
  p.gender.set(e.id, e.gender ?? impliedGender(describing, heads));
  for (const w of describingWords(describing)) {
    note(p, key, w, e.id, DESCRIPTION_WEIGHT);
    const k = key(w);
    const form = w.toLowerCase();
    const said = p.describingForms.get(k) ?? new Map<string, Set<string>>();
    addTo(said, form, e.id);
    p.describingForms.set(k, said);
    addTo(p.called, k, e.id);
  }
}

/** The titles `e` holds, by their last word, in full where the coverage abbreviates them. */
function noteTitles(p: DescribedProfiles, e: Entity, abbreviations: ReadonlyMap<string, string>): void {
  for (const r of e.roles) {
    const titleWords = r.title.toLowerCase().split(P1).filter(Boolean);
    const last = titleWords.at(-1);
    // "Sgt." is "the sergeant": a title the coverage abbreviates is held, and asked for, in full; in a rank
    // with an ordinal ("Sgt. 1st Class") the abbreviated word is the rank, not the last.
    const held =
      (last && abbreviations.get(last)) ??
      titleWords.map((w) => abbreviations.get(w)).find((w) => w !== undefined) ??
      last;
    if (!held || held.length < 3) continue;
    addTo(p.titled, held, e.id);
    if (held === last) continue;
    p.abbreviated.add(`${held} ${e.id}`);
    addTo(p.nouns, held, e.id);
  }
}

/** The nouns heading what the article calls `e` and their titles, and the kinds of person it gives them. */
function noteHeadNouns(p: DescribedProfiles, e: Entity, personKinds: PersonKinds): void {
  for (const phrase of [e.description ?? '', ...e.roles.map((r) => r.title)]) {
    const head = DESCRIPTION_HEAD.exec(phrase)?.[1]?.toLowerCase();
    if (!head || head.length < 3) continue;
    addTo(p.nouns, head, e.id);
  }
  // "Who says he is a distant relative of Juan Nepomuceno Cortina": a noun for a kind of person that a
  // description gives them with an article is what they are, wherever it stands in it.
  for (const m of (e.description ?? '').matchAll(ARTICLE_NOUN)) {
    const noun = m[1]?.toLowerCase();
    if (!noun || !personKinds(noun)) continue;
    addTo(p.calledAs, noun, e.id);
  }
  const headed = DESCRIPTION_HEAD_ANY_LENGTH.exec(e.description ?? '')?.[1]?.toLowerCase();
  for (const noun of [headed, ...e.roles.flatMap((r) => r.title.toLowerCase().split(P1))]) {
    if (!noun || noun.length < 3) continue;
    addTo(p.headed, noun, e.id);
  }
}

/** Words of a run an abbreviation by initials stands for: "VP" (vice president) to "CEO" and more. */
const MIN_INITIALS = 2;
const MAX_INITIALS = 4;

/**
 * The initials of each run of {@link MIN_INITIALS} to {@link MAX_INITIALS} words of `e`'s description and titles
 * that ends in a noun for a person (`isPersonNoun`): "vp" of "vice president", "cfo" of "chief financial
 * officer". A run of a name ("American Civil Liberties Union") ends in no such noun and is no one's initials.
 */
function noteInitials(p: DescribedProfiles, e: Entity, isPersonNoun: (word: string) => boolean): void {
  for (const phrase of [e.description ?? '', ...e.roles.map((r) => r.title)]) {
    const words = phrase.toLowerCase().split(P1).filter(Boolean);
    words.forEach((last, end) => {
      if (!isPersonNoun(last)) return;
      for (let n = MIN_INITIALS; n <= MAX_INITIALS && n <= end + 1; n++)
        addTo(
          p.initials,
          words
            .slice(end + 1 - n, end + 1)
            .map((w) => w[0])
            .join(''),
          e.id,
        );
    });
  }
}

/**
 * The words of the headlines of `e`'s articles, and of the first sentences mentioning them, with the word
 * right after their name there.
 */
function noteIntroductions(p: DescribedProfiles, e: Entity, index: ProfileSource, key: Key): void {
  const headlined = new Set<string>();
  let introducing = 0;
  for (const sid of e.sentenceIds) {
    const s = index.sentence(sid);
    if (!s) continue;
    if (!headlined.has(s.sourceId)) {
      headlined.add(s.sourceId);
      for (const w of describingWords(index.sources.get(s.sourceId)?.title ?? ''))
        note(p, key, w, e.id, HEADLINE_WEIGHT);
    }
    // "SOFÍA CASTAÑEDA, BYLINE: On Saturday…": the turn a label opens is the speaker's words, not words
    // about them; only the label's own words ("RUBÉN VILLASEÑOR, BORDER PATROL") say what they are.
    const label =
      s.mentions?.some((m) => m.entityId === e.id) && !namesBeyondLabel(s, e.id)
        ? speakerLabel(s.text ?? '')
        : null;
    if (label !== null) {
      if (introducing++ < INTRODUCING_SENTENCES)
        for (const w of describingWords(label)) note(p, key, w, e.id, INTRODUCTION_WEIGHT);
      continue;
    }
    if (introducing++ < INTRODUCING_SENTENCES) {
      for (const l of s.lemmas) note(p, key, l, e.id, INTRODUCTION_WEIGHT);
      for (const m of s.mentions ?? []) {
        if (m.entityId !== e.id) continue;
        const act = wordAfterName(s.text ?? '', m.text);
        if (act) addTo(p.doing, act, e.id);
      }
    }
  }
}

/**
 * The person's own name says nothing about what they are; a word of it their description says of another
 * does ("Cortina" of Ramiro Cortina Salinas, "a distant relative of Juan Nepomuceno Cortina").
 */
function forgetOwnNames(p: DescribedProfiles, index: ProfileSource, key: Key): void {
  for (const e of index.entities.values()) {
    if (e.type !== 'person') continue;
    const described = new Set(describingWords(e.description ?? '').map((w) => key(w)));
    for (const a of e.aliases)
      for (const w of describingWords(a)) if (!described.has(key(w))) p.said.get(key(w))?.delete(e.id);
  }
}
