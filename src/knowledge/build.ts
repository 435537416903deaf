/**
 * The knowledge pipeline: validated sources in, a {@link KnowledgeBase} out. Pure given its tools, so the
 * same sources always give the same bytes.
 */
import { Nlp } from '../nlp/pipeline.ts';
import { Annotator } from './annotate.ts';
import { Cleaner } from './clean.ts';
import type { KnowledgeData } from './data.ts';
export { loadKnowledgeData, type KnowledgeData } from './data.ts';
import { WordVectors } from '../nlp/word-vectors.ts';
import { WordNet } from '../nlp/wordnet.ts';
import { NounKinds } from './noun-kinds.ts';
import { FactReader } from './facts.ts';
import type { NotAPerson } from './name-contexts.ts';
import { laterNamesUsed, surnameUsedAlone } from './surnames.ts';
export { DISCOVERED_PREFIX } from './discovered-person.ts';
import type { RawSource } from './sources.ts';
import { knowledgeVersion } from './serialize.ts';
export { knowledgeVersion } from './serialize.ts';
import { toQuote, toSentence } from './sentence-records.ts';
import { definiteNames } from './definite-names.ts';
import { introduce, knowledgeEntities, type EntityMentions } from './entity-records.ts';
import { ArticleFacts } from './article-facts.ts';
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
  const mentionsByEntity = new Map<string, EntityMentions>();
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
    const annotated = namingTheArticle(raw.file, () => tools.annotator.annotate(meta, cleaned));
    onProgress?.({ phase: 'annotate', done: index + 1, total });
    notPeople.set(meta.id, annotated.notPeople);
    const used = laterNamesUsed(annotated.people, annotated.sentences, (w) => tools.nlp.isEnglishWord(w));
    for (const id of surnameUsedAlone(annotated.people, annotated.sentences)) lastNameUsedAlone.add(id);
    for (const person of annotated.people) introduce(introduced, person, meta.published, used.get(person.id));
    // Pushed onto a literal: an empty mapped list has another shape than a full one, and toSentence's
    // compiled code was thrown away when the first article with posts came.
    const postIds: string[] = [];
    for (let i = 0; i < cleaned.socialPosts.length; i++) postIds.push(`${meta.id}@post${i + 1}`);
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
    const facts = new ArticleFacts(tools.facts, meta.id, meta.published);
    const described = definiteNames(annotated.sentences);
    for (const s of annotated.sentences) {
      const position = sentences.push(toSentence(s, meta.id, postIds, described.get(s))) - 1;
      for (const m of s.mentions) {
        // An entity counts once per sentence: named already in it, it was last listed for this sentence (no
        // set of the sentence's entities needed, and a number compared, not two id strings).
        const listed = touch(m.entityId);
        if (listed.last === position) continue;
        listed.sentenceIds.push(s.id);
        listed.last = position;
      }
      numbers.push(...facts.numbersOf(s));
      dates.push(...facts.datesOf(s));
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

  const sourceIdsRepeat = ordered.some((s, i) => i > 0 && s.meta.id === ordered[i - 1]?.meta.id);
  const entities = knowledgeEntities(
    {
      data: tools.data.entities.entities,
      mentions: mentionsByEntity,
      introduced,
      lastNameUsedAlone,
      notPeople,
      sourceIdsRepeat,
    },
    quotes,
    sentences,
    (w) => tools.nlp.isEnglishWord(w),
  );

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

/**
 * `annotate()` of one article, an error in it naming the article: a moderator told "the new knowledge did not
 * build: Annotator: token -1 out of range" cannot tell which of the sources to look at.
 */
function namingTheArticle<T>(file: string, annotate: () => T): T {
  try {
    return annotate();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: ${message}`, { cause: error });
  }
}
