/**
 * The knowledge pipeline: validated sources in, a {@link KnowledgeBase} out. Pure given its tools, so the
 * same sources always give the same bytes.
 */
import { withoutListMarker } from './list-marker.ts';
import { firstTokenAtOrAfter, lowerBound, Nlp, type Analysis } from '../nlp/pipeline.ts';
import { storyDays } from './story-time.ts';
import { Annotator, type WorkingQuote, type WorkingSentence } from './annotate.ts';
import { Cleaner } from './clean.ts';
import { rolesOf, type EntityData } from './entity-data.ts';
import type { KnowledgeData } from './data.ts';
export { loadKnowledgeData, type KnowledgeData } from './data.ts';
import { WordVectors } from '../nlp/word-vectors.ts';
import { WordNet } from '../nlp/wordnet.ts';
import { NounKinds } from './noun-kinds.ts';
import { isCompoundBodyName } from './compound-bodies.ts';
import { referentOf, type Counted } from './counted.ts';
import { FactReader, writtenYear, type ClockDays } from './facts.ts';
import type { NotAPerson } from './name-contexts.ts';
import { discoveredId, type ArticlePerson } from './discovered-person.ts';
import {
  addSurnameAliases,
  dropCommonWordSurnames,
  givenNamesOf,
  laterNamesUsed,
  surnameUsedAlone,
} from './surnames.ts';
export { DISCOVERED_PREFIX } from './discovered-person.ts';
import type { RawSource } from './sources.ts';
import { knowledgeVersion } from './serialize.ts';
export { knowledgeVersion } from './serialize.ts';
import {
  KB_SCHEMA_VERSION,
  type DateFact,
  type Entity,
  type KnowledgeBase,
  type NumberFact,
  type Quote,
  type Sentence,
  type SocialPost,
  type Source,
  type TimelineEvent,
} from './schema.ts';

/** Everything the pipeline needs, built once. */
export interface PipelineTools {
  nlp: Nlp;
  data: KnowledgeData;
  cleaner: Cleaner;
  annotator: Annotator;
  facts: FactReader;
}

/**
 * Builds the pipeline's tools, including the wink-nlp pipeline, once. The pipeline, vectors and WordNet
 * table a caller already holds are shared; any not passed are built from `data`.
 */
export function createPipelineTools(
  data: KnowledgeData,
  nlp?: Nlp,
  vectors?: WordVectors | null,
  wordnet?: WordNet | null,
): PipelineTools {
  const sharedNlp = nlp ?? new Nlp(data.entities.entities, data.entities.caseSensitiveAliases ?? []);
  const words = vectors !== undefined ? vectors : data.vectorBytes ? new WordVectors(data.vectorBytes) : null;
  const table = wordnet !== undefined ? wordnet : data.wordnetText ? new WordNet(data.wordnetText) : null;
  const kinds = table ? new NounKinds(table) : null;
  return {
    nlp: sharedNlp,
    data,
    cleaner: new Cleaner(data.boilerplate, sharedNlp),
    annotator: new Annotator(sharedNlp, data.entities.entities, data.lexicon, words, kinds, table),
    facts: new FactReader(data.lexicon, kinds),
  };
}

/** Lemmas worth indexing: no punctuation, no stop words but adverbs, numbers without separators. */
export function contentLemmas(analysis: Analysis, from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = from; t < to; t++) {
    const tok = analysis.tokens[t];
    if (!tok || tok.pos === 'PUNCT' || tok.pos === 'SYM' || tok.type === 'punctuation') continue;
    // Stop-list adverbs stay ("already", "again"): a question can turn on them, and IDF weighs the common ones.
    if (tok.stop && tok.type !== 'number' && tok.pos !== 'ADV') continue;
    // Most lemmas have no curly apostrophe: looking costs less than a replacement that finds none.
    const lemma =
      tok.type === 'number'
        ? tok.value.replace(/,/g, '')
        : tok.lemma.includes('’')
          ? tok.lemma.replace(/[’]/g, "'")
          : tok.lemma;
    if (lemma === "'s" || lemma === '') continue;
    out.push(lemma);
  }
  return out;
}

/** How many sentences back a figure's "the number" may find what the number is of. */
const REFERENT_SENTENCES = 2;

/** The build's phases, in order: each article is cleaned then annotated; then the index is assembled. */
export type BuildPhase = 'clean' | 'annotate' | 'index';

/** How far a build has got: `done` of `total` articles (for `index`, 0 or 1 of 1). */
export interface BuildProgress {
  phase: BuildPhase;
  done: number;
  total: number;
}

/** Told of each step a build completes; it must be cheap (it runs between articles). */
export type BuildProgressListener = (progress: BuildProgress) => void;

export interface BuildReport {
  sourceId: string;
  file: string;
  dropped: Source['dropped'];
}

/**
 * Builds the knowledge base from parsed sources (already checked with `checkSourceSet`).
 * Sources are processed in id order; every list in the result is in a deterministic order.
 */
export function buildKnowledge(
  rawSources: readonly RawSource[],
  tools: PipelineTools,
  onProgress?: BuildProgressListener,
): KnowledgeBase {
  const kb = buildUnversionedKnowledge(rawSources, tools, onProgress);
  kb.version = knowledgeVersion(kb);
  onProgress?.({ phase: 'index', done: 1, total: 1 });
  return kb;
}

/**
 * {@link buildKnowledge} with an empty version, for a caller that hashes the content as it writes it
 * (hashing is a full serialisation of its own).
 */
export function buildUnversionedKnowledge(
  rawSources: readonly RawSource[],
  tools: PipelineTools,
  onProgress?: BuildProgressListener,
): KnowledgeBase {
  const ordered = [...rawSources].sort((a, b) =>
    a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
  );
  const sources: Source[] = [];
  const sentences: Sentence[] = [];
  const socialPosts: SocialPost[] = [];
  const quotes: Quote[] = [];
  const numbers: NumberFact[] = [];
  const dates: DateFact[] = [];
  /** Each entity's sentences and quotes, and the position in `sentences` of the last sentence listed. */
  const mentionsByEntity = new Map<string, { sentenceIds: string[]; quoteIds: string[]; last: number }>();
  const introduced = new Map<string, Entity>();
  /** People an article calls by the last word of their name alone ("Grisham said"). */
  const lastNameUsedAlone = new Set<string>();
  /** Per source, the names it uses that are not people's: a speaker so named is that, not a person. */
  const notPeople = new Map<string, ReadonlyMap<string, NotAPerson>>();
  const touch = (id: string) => {
    let m = mentionsByEntity.get(id);
    if (!m) mentionsByEntity.set(id, (m = { sentenceIds: [], quoteIds: [], last: -1 }));
    return m;
  };

  const total = ordered.length;
  for (const [index, raw] of ordered.entries()) {
    const { meta } = raw;
    const cleaned = tools.cleaner.clean(raw.body, meta, raw.bodyLine);
    onProgress?.({ phase: 'clean', done: index + 1, total });
    sources.push({
      ...meta,
      // Most paths hold no backslash (one written on Windows does): no split and join for them.
      file: raw.file.includes('\\') ? raw.file.split('\\').join('/') : raw.file,
      sha256: raw.sha256,
      dropped: cleaned.dropped,
    });
    const annotated = tools.annotator.annotate(meta, cleaned);
    onProgress?.({ phase: 'annotate', done: index + 1, total });
    notPeople.set(meta.id, annotated.notPeople);
    const used = laterNamesUsed(annotated.people, annotated.sentences, (w) => tools.nlp.isEnglishWord(w));
    for (const id of surnameUsedAlone(annotated.people, annotated.sentences)) lastNameUsedAlone.add(id);
    for (const person of annotated.people) introduce(introduced, person, meta.published, used.get(person.id));
    const postIds = cleaned.socialPosts.map((_, i) => `${meta.id}@post${i + 1}`);
    cleaned.socialPosts.forEach((post, i) => {
      const postSentences = annotated.sentences.filter((s) => s.socialPost === i).map((s) => s.id);
      const posted = tools.facts.resolveDate(post.dateText, meta.published, null);
      socialPosts.push({
        id: postIds[i] ?? '',
        sourceId: meta.id,
        author: post.author,
        handle: post.handle,
        posted: posted?.precision === 'day' ? posted.date : null,
        sentenceIds: postSentences,
      });
    });
    let anchor: string | null = null;
    // The year the current paragraph last wrote out, for its days and months written without one.
    const story: { year: number | null; paragraph: number } = { year: null, paragraph: -1 };
    const clockDays: ClockDays = { entry: null, first: null };
    const told = storyDays();
    // What the figures of the last sentences counted, for a figure that counts "the number" or "the force".
    let referent: Counted | null = null;
    let referentAge = 0;
    for (const s of annotated.sentences) {
      const position = sentences.push(toSentence(s, meta.id, postIds)) - 1;
      for (const m of s.mentions) {
        // An entity counts once per sentence: named already in it, it was last listed for this sentence (no
        // set of the sentence's entities needed, and a number compared, not two id strings).
        const listed = touch(m.entityId);
        if (listed.last === position) continue;
        listed.sentenceIds.push(s.id);
        listed.last = position;
      }
      const found = tools.facts.numbers(s, referentAge < REFERENT_SENTENCES ? referent : null);
      found.forEach((n, i) => {
        numbers.push({ id: `${s.id}/n${i + 1}`, sourceId: meta.id, sentenceId: s.id, ...n });
      });
      const latest = referentOf(found);
      referentAge = latest ? 0 : referentAge + 1;
      referent = latest ?? referent;
      // A correction's days are in the year of the report it mends: the last day the article wrote out.
      const storyYear =
        story.paragraph === s.paragraph
          ? story.year
          : s.correction && told.written !== null
            ? Number(told.written.slice(0, 4))
            : null;
      tools.facts.dates(s, meta.published, anchor, clockDays, storyYear, told).forEach((d, i) => {
        const year = writtenYear(d.text);
        if (year !== null) Object.assign(story, { year, paragraph: s.paragraph });
        dates.push({
          id: `${s.id}/d${i + 1}`,
          sourceId: meta.id,
          sentenceId: s.id,
          ...d,
          time: d.time ?? null,
        });
        if (d.precision !== 'day') return;
        anchor = d.date;
        clockDays.first ??= d.date;
        // "Monday, 8:05 a.m. — …": the entries after it are on that Monday.
        if (d.time !== undefined && d.text.length > d.time.length + 3) clockDays.entry = d.date;
      });
    }
    const perSentence = new Map<string, number>();
    const quoteIds = annotated.quotes.map((q) => {
      const ordinal = (perSentence.get(q.sentence.id) ?? 0) + 1;
      perSentence.set(q.sentence.id, ordinal);
      return `${q.sentence.id}/q${ordinal}`;
    });
    annotated.quotes.forEach((q, i) => {
      const id = quoteIds[i] ?? '';
      const parentId = q.parent === null ? null : (quoteIds[q.parent] ?? null);
      quotes.push(toQuote(q, id, parentId, meta.id));
      if (q.speakerId) touch(q.speakerId).quoteIds.push(id);
    });
  }

  // An entity's lists name each sentence and quote once (an entity counts once per sentence) unless two
  // sources share an id, which checkSourceSet rejects: only then are they deduplicated.
  const sourceIdsRepeat = ordered.some((s, i) => i > 0 && s.meta.id === ordered[i - 1]?.meta.id);
  const distinct = (ids: string[]): string[] => (sourceIdsRepeat ? [...new Set(ids)] : ids);
  const entities: Entity[] = [];
  for (const e of tools.data.entities.entities) {
    const m = mentionsByEntity.get(e.id);
    if (!m) continue;
    entities.push(
      toEntity(e, { sentenceIds: distinct(m.sentenceIds), quoteIds: distinct(m.quoteIds) }, false),
    );
  }
  const known = new Set(tools.data.entities.entities.map((e) => e.id));
  for (const e of introduced.values()) {
    const m = mentionsByEntity.get(e.id);
    if (!m || known.has(e.id)) continue;
    entities.push({ ...e, sentenceIds: distinct(m.sentenceIds), quoteIds: distinct(m.quoteIds) });
    known.add(e.id);
  }
  entities.push(...discoverSpeakers(quotes, sentences, known, notPeople, (w) => tools.nlp.isEnglishWord(w)));
  const people = [...tools.data.entities.entities, ...entities].filter((e) => e.type === 'person');
  addSurnameAliases(entities, givenNamesOf(people.map((e) => e.name)), lastNameUsedAlone);
  dropCommonWordSurnames(entities, lastNameUsedAlone, (w) => tools.nlp.isEnglishWord(w));
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));

  // Events of one day keep the order of their sentences. Dates are listed in sentence order and the sort is
  // stable, so that needs no look-up of each sentence's position, unless sources share an id (their sentences
  // share ids too, and the last position of an id is the one that counts).
  const order = sourceIdsRepeat ? new Map(sentences.map((s, i) => [s.id, i])) : null;
  const timeline: TimelineEvent[] = dates
    .map((d) => ({
      id: `event:${d.id}`,
      date: d.date,
      end: d.end,
      precision: d.precision,
      sourceId: d.sourceId,
      sentenceId: d.sentenceId,
      dateFactId: d.id,
    }))
    .sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : order === null
            ? 0
            : (order.get(a.sentenceId) ?? 0) - (order.get(b.sentenceId) ?? 0),
    );

  const kb: KnowledgeBase = {
    schemaVersion: KB_SCHEMA_VERSION,
    version: '',
    counts: {
      sources: sources.length,
      sentences: sentences.length,
      quotes: quotes.length,
      entities: entities.length,
      numbers: numbers.length,
      dates: dates.length,
      events: timeline.length,
    },
    sources,
    sentences,
    socialPosts,
    quotes,
    entities,
    numbers,
    dates,
    timeline,
  };
  return kb;
}

function toSentence(s: WorkingSentence, sourceId: string, postIds: readonly string[]): Sentence {
  const mentions: Sentence['mentions'] = [];
  for (let i = 0; i < s.mentions.length; i++) {
    const m = s.mentions[i];
    if (m && !namedBeforeAtToken(s.mentions, i))
      mentions.push({ entityId: m.entityId, text: m.text, via: m.via });
  }
  return {
    id: s.id,
    sourceId,
    paragraph: s.paragraph,
    position: s.position,
    kind: s.kind,
    socialPostId: s.socialPost === null ? null : (postIds[s.socialPost] ?? null),
    text: s.text,
    lemmas: contentLemmas(s.analysis, s.tokenStart, s.tokenEnd),
    nerEntities: nerEntitiesOf(s),
    mentions,
  };
}

/** wink-nlp's entities starting in the sentence but links, as type and text: one list made, not three. */
function nerEntitiesOf(s: WorkingSentence): Sentence['nerEntities'] {
  const ner = s.analysis.ner;
  const out: Sentence['nerEntities'] = [];
  // The paragraph's entities in this sentence, found by binary search: wink-nlp gives them in order.
  for (let k = lowerBound(0, ner.length, (i) => (ner[i]?.start ?? 0) < s.tokenStart); k < ner.length; k++) {
    const e = ner[k];
    if (!e || e.start >= s.tokenEnd) break;
    if (e.name !== 'URL') out.push({ type: e.name, text: e.value });
  }
  return out;
}

/**
 * True when an earlier mention names the same entity at the same token as mention `i`. Mentions come in token
 * order, so the only ones to look at are those just before it at its token (a few at most): no key string
 * and set per sentence.
 */
function namedBeforeAtToken(mentions: WorkingSentence['mentions'], i: number): boolean {
  const m = mentions[i];
  if (!m) return false;
  for (let k = i - 1; k >= 0; k--) {
    const before = mentions[k];
    if (!before || before.token !== m.token) return false;
    if (before.entityId === m.entityId) return true;
  }
  return false;
}

function toQuote(q: WorkingQuote, id: string, parentId: string | null, sourceId: string): Quote {
  const sentenceIds = [q.sentence.id];
  for (const s of q.continuesInto ?? []) sentenceIds.push(s.id);
  if (q.attributionSentence && !sentenceIds.includes(q.attributionSentence.id))
    sentenceIds.push(q.attributionSentence.id);
  const analysis = q.sentence.analysis;
  const tokenEnd = q.continuesInto?.at(-1)?.tokenEnd ?? q.sentence.tokenEnd;
  const from = firstTokenAtOrAfter(analysis, q.sentence.tokenStart, tokenEnd, q.span.start);
  let to = from;
  while (to < tokenEnd && (analysis.tokens[to]?.end ?? 0) <= q.span.end) to++;
  return {
    id,
    sourceId,
    speakerId: q.speakerId,
    speakerName: withoutListMarker(q.speakerName),
    cue: q.cue,
    text: q.text,
    kind: q.kind,
    sentenceIds: sentenceIds.sort(),
    parentId,
    social: q.sentence.kind === 'social',
    lemmas: contentLemmas(analysis, from, to),
  };
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
function introduce(
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
const PROPER_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+$/u;

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
    e.sentenceIds = indices.flatMap((i) => {
      const s = sentences[i];
      return s && s.text.includes(e.name) ? [s.id] : [];
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
