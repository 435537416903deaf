/**
 * The knowledge file's entities: those of the entity data that the articles mention, the people articles
 * introduce, and the speakers quoted by a name no data holds; then the surname aliases they are called by.
 */
import { rolesOf, type EntityData } from './entity-data.ts';
import { isCompoundBodyName } from './compound-bodies.ts';
import type { NotAPerson } from './name-contexts.ts';
import { discoveredId, type ArticlePerson } from './discovered-person.ts';
import { addSurnameAliases, dropCommonWordSurnames, givenNamesOf } from './surnames.ts';
import type { Entity, Quote, Sentence } from './schema.ts';

/** An entity's sentences and quotes, and the position in the sentences of the last sentence listed. */
export interface EntityMentions {
  sentenceIds: string[];
  quoteIds: string[];
  last: number;
}

/** What the articles said of the entities, for {@link knowledgeEntities}. */
export interface EntitiesRead {
  /** The entity data. */
  data: readonly EntityData[];
  /** Each entity's mentions, by id. */
  mentions: ReadonlyMap<string, EntityMentions>;
  /** The people the articles introduced (see {@link introduce}), by id. */
  introduced: ReadonlyMap<string, Entity>;
  /** People an article calls by the last word of their name alone ("Grisham said"). */
  lastNameUsedAlone: ReadonlySet<string>;
  /** Per source, the names it uses that are not people's: a speaker so named is that, not a person. */
  notPeople: ReadonlyMap<string, ReadonlyMap<string, NotAPerson>>;
  /** True when two sources share an id: only then may an entity's lists name a sentence or quote twice. */
  sourceIdsRepeat: boolean;
}

/**
 * The entities of the knowledge, in id order. The quotes of speakers no entity held are attributed to the
 * speakers discovered (their `speakerId` is set).
 */
export function knowledgeEntities(
  read: EntitiesRead,
  quotes: Quote[],
  sentences: readonly Sentence[],
  isEnglishWord: (word: string) => boolean,
): Entity[] {
  const { data, mentions, sourceIdsRepeat } = read;
  // An entity's lists name each sentence and quote once (an entity counts once per sentence) unless two
  // sources share an id, which checkSourceSet rejects: only then are they deduplicated.
  const distinct = (ids: string[]): string[] => (sourceIdsRepeat ? [...new Set(ids)] : ids);
  const entities: Entity[] = [];
  for (const e of data) {
    const m = mentions.get(e.id);
    if (!m) continue;
    entities.push(
      toEntity(e, { sentenceIds: distinct(m.sentenceIds), quoteIds: distinct(m.quoteIds) }, false),
    );
  }
  const known = new Set(data.map((e) => e.id));
  for (const e of read.introduced.values()) {
    const m = mentions.get(e.id);
    if (!m || known.has(e.id)) continue;
    entities.push({ ...e, sentenceIds: distinct(m.sentenceIds), quoteIds: distinct(m.quoteIds) });
    known.add(e.id);
  }
  entities.push(...discoverSpeakers(quotes, sentences, known, read.notPeople, isEnglishWord, mentions));
  const people = [...data, ...entities].filter((e) => e.type === 'person');
  addSurnameAliases(entities, givenNamesOf(people.map((e) => e.name)), read.lastNameUsedAlone);
  dropCommonWordSurnames(entities, read.lastNameUsedAlone, isEnglishWord);
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return entities;
}

function toEntity(
  e: EntityData,
  m: { sentenceIds: string[]; quoteIds: string[] },
  discovered: boolean,
): Entity {
  return {
    id: e.id,
    discovered,
    name: e.name,
    type: e.type,
    kinds: [...(e.kinds ?? [])],
    gender: e.gender ?? null,
    description: e.description ?? null,
    aliases: [...e.aliases],
    roles: rolesOf(e),
    // Only entities the data gives them carry these: the engine reads a question's shared name by them.
    ...(e.country ? { country: e.country } : {}),
    ...(e.founded ? { founded: e.founded } : {}),
    ...(e.sharedAliases ? { sharedAliases: [...e.sharedAliases] } : {}),
    ...(e.shortAliases ? { shortAliases: [...e.shortAliases] } : {}),
    sentenceIds: m.sentenceIds,
    quoteIds: m.quoteIds,
  };
}

/**
 * A person an article introduced, as an entity: the name and surname as aliases, the article's description,
 * and the title it gave them as a role dated by the article. A person introduced by several articles keeps
 * the first description and gains each dated title.
 */
export function introduce(
  into: Map<string, Entity>,
  person: ArticlePerson,
  published: string,
  used: readonly string[] = [],
): void {
  const existing = into.get(person.id);
  const role = person.title
    ? {
        title: person.title,
        phrases: [person.title.toLowerCase()],
        country: null,
        from: published,
        to: published,
      }
    : null;
  if (existing) {
    if (role && !existing.roles.some((r) => r.title === role.title)) existing.roles.push(role);
    for (const name of used) if (!existing.aliases.includes(name)) existing.aliases.push(name);
    existing.gender ??= person.gender;
    existing.description ??= person.description;
    return;
  }
  into.set(person.id, {
    id: person.id,
    discovered: true,
    name: person.name,
    type: person.kind ?? 'person',
    kinds: person.kind ? [] : ['person'],
    gender: person.gender,
    description: person.description,
    aliases: [
      ...new Set([
        person.name,
        ...(person.surname ? [person.surname] : []),
        ...(person.knownAs ?? []),
        ...used,
      ]),
    ],
    roles: role ? [role] : [],
    sentenceIds: [],
    quoteIds: [],
  });
}
/** A proper name a speaker discovered from their quotations goes by: two or more capitalised words ("Leticia Amador"). */
export const PROPER_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+$/u;

/**
 * What `name` is when it overlaps a name the article writes as a place or a body. 'place' when it opens with
 * a place's name ("Guasave Sinaloa", read over "near Guasave, Sinaloa,"): a town and the region it is in, no
 * person's name. 'organisation' when it is a body's name written longer or shorter: it opens with one ("Fort
 * Huachuca Public Affairs Office" over "the Fort Huachuca Public Affairs") or ends one ("Naturalization
 * Service" of "the Immigration and Naturalization Service"); a speaker finder's name and a run's differ by a
 * word at an end. A name ending a body's counts only when its last word is a common word ("Service"): a
 * person's surname is not, and "Ignacio Zaragoza" speaks as himself where the article also names the
 * "Hospital General Ignacio Zaragoza".
 */
export function overlapKind(
  name: string,
  articleNotPeople: ReadonlyMap<string, NotAPerson> | undefined,
  isEnglishWord: (word: string) => boolean,
): NotAPerson | undefined {
  const last = (name.split(' ').at(-1) ?? name).toLowerCase();
  for (const [other, kind] of articleNotPeople ?? []) {
    if (kind === 'place' && name.startsWith(`${other} `)) return 'place';
    if (kind !== 'organisation') continue;
    if (name.startsWith(`${other} `) || (other.endsWith(` ${name}`) && isEnglishWord(last)))
      return 'organisation';
  }
  return undefined;
}

/**
 * People quoted by name who are not in the entity data ("…," Greg Abbott said): each becomes an entity
 * with their name and surname as aliases, and their quotes are attributed to it. Adding an article about
 * someone new needs no data change for their quotes to be found; roles and other aliases still go in
 * `entities.json`.
 */
function discoverSpeakers(
  quotes: Quote[],
  sentences: readonly Sentence[],
  known: ReadonlySet<string>,
  notPeople: ReadonlyMap<string, ReadonlyMap<string, NotAPerson>>,
  isEnglishWord: (word: string) => boolean,
  mentions: ReadonlyMap<string, EntityMentions>,
): Entity[] {
  const found = new Map<string, Entity>();
  for (const q of quotes) {
    if (q.speakerId !== null || !PROPER_NAME.test(q.speakerName)) continue;
    const id = discoveredId(q.speakerName);
    if (known.has(id)) continue;
    let entity = found.get(id);
    if (!entity) {
      // "The Marine Corps said": a name that stands where no person's does speaks as what it is, by its
      // whole name ("Corps" names nobody).
      const kind =
        notPeople.get(q.sourceId)?.get(q.speakerName) ??
        overlapKind(q.speakerName, notPeople.get(q.sourceId), isEnglishWord) ??
        (isCompoundBodyName(q.speakerName, isEnglishWord) ? 'organisation' : undefined);
      const surname = q.speakerName.split(' ').at(-1) ?? q.speakerName;
      entity = {
        id,
        discovered: true,
        name: q.speakerName,
        type: kind ?? 'person',
        kinds: kind ? [] : ['person'],
        gender: null,
        description: null,
        aliases: kind ? [q.speakerName] : [q.speakerName, surname],
        roles: [],
        sentenceIds: [],
        quoteIds: [],
      };
      found.set(id, entity);
    }
    q.speakerId = id;
    entity.quoteIds.push(q.id);
  }
  if (found.size === 0) return [];
  // Each speaker's sentences are looked for in the sources that quote them only: one pass to index the
  // sentences by source, instead of a scan of every sentence per speaker.
  const bySource = sentenceIndicesBySource(sentences);
  for (const e of found.values()) {
    const sourceIds = new Set(e.quoteIds.map((id) => id.slice(0, id.indexOf('#'))));
    const indices = [...sourceIds].flatMap((id) => bySource.get(id) ?? []);
    if (sourceIds.size > 1) indices.sort((a, b) => a - b);
    // "She runs a small hotel": a pronoun that introduced their quotation names them too (introducing-pronouns.ts).
    const byPronoun = new Set(mentions.get(e.id)?.sentenceIds);
    e.sentenceIds = indices.flatMap((i) => {
      const s = sentences[i];
      return s && (s.text.includes(e.name) || byPronoun.has(s.id)) ? [s.id] : [];
    });
  }
  return [...found.values()];
}

/** The positions of each source's sentences in `sentences`, in order, by source id. */
function sentenceIndicesBySource(sentences: readonly Sentence[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const list = out.get(s.sourceId);
    if (list) list.push(i);
    else out.set(s.sourceId, [i]);
  });
  return out;
}
