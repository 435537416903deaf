/**
 * The mentions of known entities and of the people an article introduced in one sentence: alias matches,
 * the shared names the article's bodies go by, role titles resolved by the article's date, the discovered
 * people's names, and organisations named again ("the ministry").
 */
import {
  ENTITY_PREFIX,
  ROLE_PREFIX,
  spansStartingIn,
  type Analysis,
  type NamedSpan,
} from '../nlp/pipeline.ts';
import { narrowsOffice } from '../nlp/narrowed-office.ts';
import { roleApposedToPerson } from './apposed-role.ts';
import { otherThanSettled, type ArticleState } from './article-state.ts';
import type { EntityData } from './entity-data.ts';
import { cover, mostRecentFirst, sortByToken } from './mention-order.ts';
import { organisationsNamedAgain, type OrganisationWords, type RoleHolders } from './named-again.ts';
import { insideLongerOrganisationName } from './organisation-names.ts';
import type { EntityMention, SourceMeta } from './schema.ts';
import { isInsideAlias, tokenAt, type PersonMention } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

const NO_TOKENS: ReadonlySet<number> = new Set<number>();
const NO_IDS: ReadonlySet<string> = new Set<string>();

/** A mention found in a sentence, with its first token and whether it stands inside quotation marks. */
export type FoundMention = EntityMention & { token: number; quoted: boolean };

/** What known entities' mentions are read with: the annotator's, built once with the entity data. */
export interface KnownEntities {
  readonly entities: ReadonlyMap<string, EntityData>;
  /** The id of the entity an alias match (`entity:<id>`) names. */
  entityIdOf(matchName: string): string;
  /** Title words that make another office of a role after them ("vice" president). */
  readonly officeTitles: ReadonlySet<string>;
  readonly roleHolders: RoleHolders;
  readonly organisationWords: OrganisationWords;
}

/** The mentions read so far in one sentence, with the ids named outright and the tokens they cover. */
interface SentenceReading {
  readonly found: FoundMention[];
  /** Made for the first alias match, as `covered` is: most sentences have none. */
  explicit: Set<string> | null;
  /** Most sentences name no known entity: the set of tokens they cover is made for the first one. */
  covered: Set<number> | null;
}

/**
 * The mentions of `sentence` by name or role, in token order; the organisations named by their own name
 * become the most recent in `state`.
 */
export function knownMentions(
  known: KnownEntities,
  sentence: WorkingSentence,
  meta: SourceMeta,
  inQuote: (charPos: number) => boolean,
  people: readonly PersonMention[],
  paragraphIndex: number,
  state: ArticleState,
): FoundMention[] {
  const { analysis } = sentence;
  const reading: SentenceReading = { found: [], explicit: null, covered: null };
  // The paragraph's matches in this sentence, found by binary search: wink-nlp gives them in order.
  const custom = spansStartingIn(analysis.custom, sentence.tokenStart, sentence.tokenEnd);
  const bodies = state.bodies[paragraphIndex];
  readAliases(known, sentence, custom, bodies, inQuote, state, reading);
  if (bodies !== undefined) readSharedNames(sentence, custom, bodies, inQuote, reading);
  readRoles(known, sentence, custom, meta, inQuote, people, reading);
  readPeople(sentence, paragraphIndex, inQuote, state, reading);
  const { found } = reading;
  for (const m of organisationsNamedAgain(
    analysis,
    sentence,
    reading.covered ?? NO_TOKENS,
    state.organisations,
  ))
    found.push(m);
  withoutRolesApposedToPeople(known, analysis, found, state);
  sortByToken(found);
  rememberOrganisations(known, found, state);
  return found;
}

/** The alias matches of known entities (the body a shared name means, where the article said which). */
function readAliases(
  known: KnownEntities,
  sentence: WorkingSentence,
  custom: readonly NamedSpan[],
  bodies: ReadonlyMap<number, string> | undefined,
  inQuote: (charPos: number) => boolean,
  state: ArticleState,
  reading: SentenceReading,
): void {
  const { analysis } = sentence;
  for (const c of custom) {
    if (c.name.startsWith(ENTITY_PREFIX) && !state.surnamesOfOthers.has(c.value)) {
      const entityId = bodies?.get(c.start) ?? known.entityIdOf(c.name);
      // "The National Border Patrol Council": a longer body's name that merely contains this one.
      if (
        known.entities.get(entityId)?.type === 'organisation' &&
        insideLongerOrganisationName(analysis.tokens, c.start, c.end, sentence.tokenStart, sentence.tokenEnd)
      )
        continue;
      (reading.explicit ??= new Set<string>()).add(entityId);
      reading.covered = cover(reading.covered, c.start, c.end);
      reading.found.push({
        entityId,
        text: c.value,
        via: 'alias',
        token: c.start,
        quoted: inQuote(tokenAt(analysis, c.start).start),
      });
    }
  }
}

/** "The Guard", "Guard members": a one-word name is no alias match, the shared-name reading found it. */
function readSharedNames(
  sentence: WorkingSentence,
  custom: readonly NamedSpan[],
  bodies: ReadonlyMap<number, string>,
  inQuote: (charPos: number) => boolean,
  reading: SentenceReading,
): void {
  const { analysis } = sentence;
  let named: Set<number> | null = null;
  // Most paragraphs hold no shared name: their tokens are not looked at.
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const body = bodies.get(t);
    if (!body) continue;
    // Where an alias match starts, read once per sentence: a search per token would not scale.
    named ??= new Set(custom.filter((c) => c.name.startsWith(ENTITY_PREFIX)).map((c) => c.start));
    if (named.has(t)) continue;
    (reading.explicit ??= new Set<string>()).add(body);
    reading.covered = cover(reading.covered, t, t + 1);
    reading.found.push({
      entityId: body,
      text: tokenAt(analysis, t).value,
      via: 'alias',
      token: t,
      quoted: inQuote(tokenAt(analysis, t).start),
    });
  }
}

/** Role titles ("the defence minister") resolved to who held the office on the article's date. */
function readRoles(
  known: KnownEntities,
  sentence: WorkingSentence,
  custom: readonly NamedSpan[],
  meta: SourceMeta,
  inQuote: (charPos: number) => boolean,
  people: readonly PersonMention[],
  reading: SentenceReading,
): void {
  const { analysis } = sentence;
  for (const c of custom) {
    if (!c.name.startsWith(ROLE_PREFIX)) continue;
    if (isInsideAlias(analysis, c.start, c.end)) continue;
    // "Maria Kowalski, vice president of the union": not the president.
    if (narrowsOffice(analysis.tokens, c.start, known.officeTitles)) continue;
    const holder = known.roleHolders.resolve(
      c.name.slice(ROLE_PREFIX.length),
      meta.published,
      reading.explicit ?? NO_IDS,
      people,
    );
    if (holder) {
      reading.covered = cover(reading.covered, c.start, c.end);
      reading.found.push({
        entityId: holder.id,
        text: c.value,
        via: 'role',
        token: c.start,
        quoted: inQuote(tokenAt(analysis, c.start).start),
      });
    }
  }
}

/** The people the article introduced, named in the sentence outside the tokens already covered. */
function readPeople(
  sentence: WorkingSentence,
  paragraphIndex: number,
  inQuote: (charPos: number) => boolean,
  state: ArticleState,
  reading: SentenceReading,
): void {
  const { analysis } = sentence;
  const covered = reading.covered;
  for (const m of state.people.mentionsIn(
    analysis,
    paragraphIndex,
    sentence.tokenStart,
    sentence.tokenEnd,
    (t) => covered !== null && covered.has(t),
    state.recent,
  )) {
    // "Mrs. Teague" after two sentences of "he" for Orville Bascom Teague: his widow, whom the article never
    // named in full, not him.
    if (m.gender && otherThanSettled(state, m.personId, m.gender)) continue;
    // "Ms. Inzunza": an honorific says the gender a pronoun after the name only guessed ("Guadalupe Inzunza,
    // whose son is a corporal, said he had called her" is not his).
    if (m.gender) state.genders.set(m.personId, m.gender);
    reading.found.push({
      entityId: m.personId,
      text: m.text,
      via: m.via,
      token: m.start,
      quoted: inQuote(tokenAt(analysis, m.start).start),
    });
  }
}

/** "Benito Juárez, the president who fought the French": the role describes the person before it. */
function withoutRolesApposedToPeople(
  known: KnownEntities,
  analysis: Analysis,
  found: FoundMention[],
  state: ArticleState,
): void {
  let isPerson: ((id: string) => boolean) | null = null;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m?.via !== 'role') continue;
    isPerson ??= (id) => known.entities.get(id)?.type === 'person' || state.people.get(id) !== undefined;
    if (roleApposedToPerson(analysis, m, found, isPerson)) found.splice(i, 1);
  }
}

/** The organisations `found` names by their own name become the most recent in `state`, in token order. */
function rememberOrganisations(
  known: KnownEntities,
  found: readonly FoundMention[],
  state: ArticleState,
): void {
  for (const m of found) {
    const e = known.entities.get(m.entityId);
    if (m.via !== 'alias' || e?.type !== 'organisation') continue;
    const words = known.organisationWords.of(e);
    if (state.organisations[0]?.id !== e.id)
      state.organisations = mostRecentFirst(state.organisations, { id: e.id, words }, (o) => o.id);
  }
}
