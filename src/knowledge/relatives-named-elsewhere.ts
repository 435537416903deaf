/**
 * A relative a speaker's words are given to by whose relative they are ("Cordelia Ashby's husband",
 * "Encarnación Ruiz's great-grandfather") is often named elsewhere in the article by that same relation:
 * "Mrs. Cordelia Ashby, of Miami, whose husband, the late Sergeant George W. Ashby, was stationed …", or in
 * the owner's own words, "My great-grandfather was Ygnacio Olvera". The words are then that named person's.
 * Both shapes are read once per article, in the order of its tokens. A relative left unnamed is written with
 * the plain kin word, as a description of them would be ("Buddy Ray Sims's daddy" is his father).
 */
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
  for (const q of quotes) {
    const owner = q.speakerId === null ? null : person(q.speakerId);
    if (owner) ownRelatives(q, owner, person, isPersonNoun, link);
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
  const people = s.mentions.filter((m) => m.via !== 'pronoun' && !quoted(s, m.token));
  if (people.length < 2) return;
  for (let t = s.tokenStart; t + 2 < s.tokenEnd; t++) {
    if (tokenAt(analysis, t).normal !== 'whose') continue;
    const noun = tokenAt(analysis, t + 1);
    if (noun.pos !== 'NOUN' || !isPersonNoun(noun.lemma) || tokenAt(analysis, t + 2).value !== ',') continue;
    const ownerMention = people.findLast((m) => m.token < t && t - m.token <= MAX_TOKENS_TO_OWNER);
    const relativeMention = people.find(
      (m) => m.token > t + 2 && m.token - (t + 2) <= MAX_TOKENS_TO_RELATIVE,
    );
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
  person: (id: string) => Person | null,
  isPersonNoun: (lemma: string) => boolean,
  link: (owner: Person, relation: string, relative: Person) => void,
): void {
  for (const s of [q.sentence, ...(q.continuesInto ?? [])]) {
    const { analysis } = s;
    const own = (k: number) => {
      const at = tokenAt(analysis, k).start;
      return s === q.sentence ? at >= q.span.start && at < q.span.end : !quoted(s, k);
    };
    for (const m of s.mentions) {
      if (m.via === 'pronoun' || m.token - 3 < s.tokenStart || !own(m.token)) continue;
      if (!COPULAS.has(tokenAt(analysis, m.token - 1).normal)) continue;
      // Back from the copula over the relation's words to "my".
      let k = m.token - 2;
      while (
        k > s.tokenStart &&
        m.token - 2 - k < MAX_RELATION_TOKENS &&
        tokenAt(analysis, k).normal !== 'my'
      )
        k--;
      if (tokenAt(analysis, k).normal !== 'my' || !own(k)) continue;
      const head = tokenAt(analysis, m.token - 2);
      const words = analysis.text.slice(tokenAt(analysis, k + 1).start, head.end);
      if (head.pos !== 'NOUN' || !isPersonNoun(head.lemma) || words.split(' ').length > MAX_RELATION_WORDS)
        continue;
      const relative = person(m.entityId);
      if (relative) link(owner, words, relative);
    }
  }
}

/** "Buddy Ray Sims's daddy" → "Buddy Ray Sims's father": a relation's last word as the plain kin word. */
function plainlyRelated(name: string): string {
  const m = OWNED_RELATION.exec(name);
  return m?.[1] === undefined || m[2] === undefined ? name : `${m[1]}'s ${m[2]}${plainKin(m[3] ?? '')}`;
}
