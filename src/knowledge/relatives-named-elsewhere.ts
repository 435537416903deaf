/**
 * A relative a speaker's words are given to by whose relative they are ("Cordelia Ashby's husband",
 * "Encarnación Ruiz's great-grandfather") is often named elsewhere in the article by that same relation:
 * "Mrs. Cordelia Ashby, of Miami, whose husband, the late Sergeant George W. Ashby, was stationed …", or in
 * the owner's own words, "My great-grandfather was Ygnacio Olvera". The words are then that named person's.
 * Both shapes are read once per article, in the order of its tokens. A relative left unnamed is written with
 * the plain kin word, as a description of them would be ("Buddy Ray Sims's daddy" is his father).
 */
import { lowerBound } from '../nlp/pipeline.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { quoted, tokenAt } from './speakers.ts';
import { plainKin } from './named-relatives.ts';

/** A person as the entity data knows them. */
interface Person {
  id: string;
  name: string;
}

/** Tokens at most from "whose" back to the owner's name ("Mrs. Cordelia Ashby, of Miami, whose"). */
const MAX_TOKENS_TO_OWNER = 10;
/** Tokens at most from the relation's comma to the relative's name ("the late Sergeant George W. Ashby"). */
const MAX_TOKENS_TO_RELATIVE = 5;
/** Words at most of a relation after "my" ("great-grandfather", "older brother"). */
const MAX_RELATION_WORDS = 3;
/** Tokens at most of those words, a hyphen counting as one ("great - grandfather"). */
const MAX_RELATION_TOKENS = 6;
/** Forms of "to be" that say who someone is ("My great-grandfather was Ygnacio Olvera"). */
const COPULAS: ReadonlySet<string> = new Set(['was', 'is']);
/** "Owner's great-grandfather": the owner, the relation's words before its last, and its last word. */
const OWNED_RELATION = /^(.+)'s ((?:[\p{Ll}-]+ )*)(\p{Ll}+)$/u;

/** "My great-grandfather was Ygnacio Olvera" as a sentence writes it, whoever's words hold it. */
interface OwnRelation {
  /** Character offsets of "my" and of the name. */
  my: number;
  name: number;
  /** True when neither stands inside the sentence's quotation marks. */
  unquoted: boolean;
  words: string;
  relativeId: string;
}

/**
 * Gives each quotation whose speaker is named only as someone's relative ("Cordelia Ashby's husband") to the
 * one person the article names by that relation, when it names exactly one.
 */
export function relativesNamedElsewhere(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  person: (id: string) => Person | null,
  isPersonNoun: (lemma: string) => boolean,
): void {
  if (!quotes.some((q) => q.speakerId === null && q.speakerName.includes("'s "))) return;
  const links = new Map<string, Person | null>();
  const link = (owner: Person, relation: string, relative: Person) => {
    if (owner.id === relative.id) return;
    const key = plainlyRelated(`${owner.name}'s ${relation.toLowerCase()}`);
    const known = links.get(key);
    links.set(key, known === undefined || known?.id === relative.id ? relative : null);
  };
  for (const s of sentences) whoseRelatives(s, person, isPersonNoun, link);
  // Each sentence's "my … was" read once, however many quotations it holds: a quotation takes those in its words.
  const own = new Map<WorkingSentence, OwnRelation[]>();
  const ownIn = (s: WorkingSentence) => {
    let found = own.get(s);
    if (!found) own.set(s, (found = ownRelationsIn(s, isPersonNoun)));
    return found;
  };
  for (const q of quotes) {
    const owner = q.speakerId === null ? null : person(q.speakerId);
    if (owner) ownRelatives(q, owner, ownIn, person, link);
  }
  for (const q of quotes) {
    if (q.speakerId !== null) continue;
    const plain = plainlyRelated(q.speakerName);
    const relative = links.get(plain);
    if (!relative) {
      q.speakerName = plain;
      continue;
    }
    q.speakerId = relative.id;
    q.speakerName = relative.name;
  }
}

/** "Mrs. Cordelia Ashby, of Miami, whose husband, the late Sergeant George W. Ashby, was …": one link. */
function whoseRelatives(
  s: WorkingSentence,
  person: (id: string) => Person | null,
  isPersonNoun: (lemma: string) => boolean,
  link: (owner: Person, relation: string, relative: Person) => void,
): void {
  const { analysis } = s;
  const whose: number[] = [];
  for (let t = s.tokenStart; t + 2 < s.tokenEnd; t++)
    if (tokenAt(analysis, t).normal === 'whose') whose.push(t);
  if (whose.length === 0) return;
  // In the order of their tokens (as `mentions` is), for a binary search from each "whose": a long sentence
  // may hold many.
  const people = s.mentions.filter((m) => m.via !== 'pronoun' && !quoted(s, m.token));
  if (people.length < 2) return;
  for (const t of whose) {
    const noun = tokenAt(analysis, t + 1);
    if (noun.pos !== 'NOUN' || !isPersonNoun(noun.lemma) || tokenAt(analysis, t + 2).value !== ',') continue;
    const before = people[lowerBound(0, people.length, (i) => (people[i]?.token ?? 0) < t) - 1];
    const after = people[lowerBound(0, people.length, (i) => (people[i]?.token ?? 0) <= t + 2)];
    const ownerMention = before && t - before.token <= MAX_TOKENS_TO_OWNER ? before : undefined;
    const relativeMention = after && after.token - (t + 2) <= MAX_TOKENS_TO_RELATIVE ? after : undefined;
    const owner = ownerMention ? person(ownerMention.entityId) : null;
    const relative = relativeMention ? person(relativeMention.entityId) : null;
    if (owner && relative) link(owner, noun.value, relative);
  }
}

/**
 * "My great-grandfather was Ygnacio Olvera" in the words of `owner`: one link. A transcript's turn runs on
 * through the sentences after its first; words quoted inside it are someone else's.
 */
function ownRelatives(
  q: WorkingQuote,
  owner: Person,
  ownIn: (s: WorkingSentence) => readonly OwnRelation[],
  person: (id: string) => Person | null,
  link: (owner: Person, relation: string, relative: Person) => void,
): void {
  const first = ownIn(q.sentence);
  const { start, end } = q.span;
  for (let i = lowerBound(0, first.length, (j) => (first[j]?.my ?? 0) < start); i < first.length; i++) {
    const r = first[i];
    if (!r || r.my >= end) break;
    if (r.name < end) linkRelative(owner, r, person, link);
  }
  for (const s of q.continuesInto ?? [])
    for (const r of ownIn(s)) if (r.unquoted) linkRelative(owner, r, person, link);
}

/**
 * Links `owner` to the person relation `r` names, if known. A function of the module, not a closure made per
 * quotation: under tsx each named closure costs a property definition when it is made (esbuild's `keepNames`).
 */
function linkRelative(
  owner: Person,
  r: OwnRelation,
  person: (id: string) => Person | null,
  link: (owner: Person, relation: string, relative: Person) => void,
): void {
  const relative = person(r.relativeId);
  if (relative) link(owner, r.words, relative);
}

/** Each "my" relation and name after a copula in `s` ("My great-grandfather was Ygnacio Olvera"), in order. */
function ownRelationsIn(s: WorkingSentence, isPersonNoun: (lemma: string) => boolean): OwnRelation[] {
  const { analysis } = s;
  const out: OwnRelation[] = [];
  for (const m of s.mentions) {
    if (m.via === 'pronoun' || m.token - 3 < s.tokenStart) continue;
    if (!COPULAS.has(tokenAt(analysis, m.token - 1).normal)) continue;
    // Back from the copula over the relation's words to "my".
    let k = m.token - 2;
    while (k > s.tokenStart && m.token - 2 - k < MAX_RELATION_TOKENS && tokenAt(analysis, k).normal !== 'my')
      k--;
    if (tokenAt(analysis, k).normal !== 'my') continue;
    const head = tokenAt(analysis, m.token - 2);
    const words = analysis.text.slice(tokenAt(analysis, k + 1).start, head.end);
    if (head.pos !== 'NOUN' || !isPersonNoun(head.lemma) || words.split(' ').length > MAX_RELATION_WORDS)
      continue;
    out.push({
      my: tokenAt(analysis, k).start,
      name: tokenAt(analysis, m.token).start,
      unquoted: !quoted(s, k) && !quoted(s, m.token),
      words,
      relativeId: m.entityId,
    });
  }
  return out.sort((a, b) => a.my - b.my);
}

/** "Buddy Ray Sims's daddy" → "Buddy Ray Sims's father": a relation's last word as the plain kin word. */
function plainlyRelated(name: string): string {
  const m = OWNED_RELATION.exec(name);
  return m?.[1] === undefined || m[2] === undefined ? name : `${m[1]}'s ${m[2]}${plainKin(m[3] ?? '')}`;
}
