/**
 * Ranking sentences for a question, and measuring how much of the question a piece of evidence covers.
 * Coverage is the engine's confidence: the share of the question's information (IDF-weighted content words
 * and named entities) that the evidence contains, directly or through a synonym.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';

export interface RankOptions {
  /** Only sources published in one of these years (when any source matches). */
  years?: readonly number[];
  /** Only sources that mention every one of these entities. */
  requireEntities?: readonly string[];
  /** Sentences to favour: the evidence of the last answer, for a follow-up. */
  nearSentences?: readonly string[];
  /** Sources to favour, for a follow-up. */
  preferSources?: readonly string[];
  /** Sentence ids not to return. */
  exclude?: ReadonlySet<string>;
  /** Extra multiplier per sentence. */
  boost?: (s: Sentence) => number;
  limit?: number;
}

export interface Ranked {
  sentence: Sentence;
  score: number;
}

const SOCIAL_FACTOR = 0.6;
const HEADLINE_FACTOR = 0.85;
const NEAR_FACTOR = 1.6;
const SAME_SOURCE_FACTOR = 1.25;
const NEAR_WINDOW = 2;
/** Share of the previous sentence's score a sentence that points back to it ("They are…") inherits. */
const ANAPHORA_CARRY = 0.6;
/** With a boost, the best `limit × BOOST_POOL_FACTOR` by plain score are boosted and re-ranked. */
const BOOST_POOL_FACTOR = 4;
const MIN_BOOST_POOL = 40;
/** The largest multiplier a sentence can get, so one that cannot reach the current top is skipped early. */
const MAX_FACTOR = Math.max(NEAR_FACTOR, SAME_SOURCE_FACTOR, 1);

/** The sources allowed by year and entity filters, as a flag per source position; `null` means all. */
export function allowedSources(index: KnowledgeIndex, opts: RankOptions): Uint8Array | null {
  const sources = index.sourceOrder;
  let allowed: Uint8Array | null = null;
  const years = opts.years ?? [];
  if (years.length > 0) {
    const byYear = Uint8Array.from(sources, (s) => (years.includes(index.sourceYear(s.id) ?? -1) ? 1 : 0));
    if (byYear.includes(1)) allowed = byYear;
  }
  const need = opts.requireEntities ?? [];
  if (need.length > 0) {
    const sets = need.map((e) => index.entitySources.get(e) ?? new Set<number>());
    const base = allowed;
    allowed = Uint8Array.from(sources, (_, i) =>
      (base === null || base[i] === 1) && sets.every((s) => s.has(i)) ? 1 : 0,
    );
  }
  return allowed;
}

/** Sentences ranked by BM25 over the weighted terms, adjusted by the options. */
export function rankSentences(
  index: KnowledgeIndex,
  terms: ReadonlyMap<string, number>,
  opts: RankOptions = {},
): Ranked[] {
  const allowed = allowedSources(index, opts);
  const near = new Set<number>();
  for (const id of opts.nearSentences ?? []) {
    const i = index.sentenceIndex.get(id);
    if (i === undefined) continue;
    for (let k = i - NEAR_WINDOW; k <= i + NEAR_WINDOW; k++) near.add(k);
  }
  const prefer = new Set(opts.preferSources ?? []);
  const limit = opts.limit ?? 10;
  const pool = opts.boost ? Math.max(limit * BOOST_POOL_FACTOR, MIN_BOOST_POOL) : limit;
  const carries = index.carries;
  const top = index.sentenceBm25.withScores(terms, (score, touched, count) => {
    const best: Array<Ranked & { at: number }> = [];
    const consider = (i: number, raw: number) => {
      const floor = best.length >= pool ? (best[best.length - 1]?.score ?? 0) : 0;
      if (raw * MAX_FACTOR <= floor) return;
      const s = index.sentences[i];
      if (
        !s ||
        raw <= 0 ||
        (allowed && allowed[index.sentenceSource[i] ?? -1] !== 1) ||
        opts.exclude?.has(s.id)
      )
        return;
      let value = raw;
      if (s.kind === 'social') value *= SOCIAL_FACTOR;
      if (s.kind === 'headline') value *= HEADLINE_FACTOR;
      if (near.has(i)) value *= NEAR_FACTOR;
      else if (prefer.has(s.sourceId)) value *= SAME_SOURCE_FACTOR;
      insertTop(best, { sentence: s, score: value, at: i }, pool);
    };
    for (let k = 0; k < count; k++) {
      const i = touched[k] ?? 0;
      const own = score[i] ?? 0;
      const previous = carries[i] === 1 ? (score[i - 1] ?? 0) : 0;
      consider(i, own + ANAPHORA_CARRY * previous);
      const next = i + 1;
      if (carries[next] === 1 && score[next] === 0) consider(next, ANAPHORA_CARRY * own);
    }
    return best;
  });
  if (opts.boost) {
    for (const r of top) r.score *= opts.boost(r.sentence);
    top.sort((a, b) => b.score - a.score || a.at - b.at);
  }
  return top.slice(0, limit).map(({ sentence, score }) => ({ sentence, score }));
}

function before(a: Ranked & { at: number }, b: Ranked & { at: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.at < b.at);
}

/** Keeps `top` sorted by score (then corpus order) and at most `limit` long. */
function insertTop(top: Array<Ranked & { at: number }>, item: Ranked & { at: number }, limit: number): void {
  const last = top[top.length - 1];
  if (top.length >= limit && last && !before(item, last)) return;
  let k = top.length;
  top.push(item);
  while (k > 0 && before(item, top[k - 1] as Ranked & { at: number })) {
    top[k] = top[k - 1] as Ranked & { at: number };
    k--;
  }
  top[k] = item;
  if (top.length > limit) top.pop();
}

/**
 * Share (0–1) of the question's content the evidence covers: each content lemma weighs its IDF and
 * counts when the evidence has it or a synonym; each named entity counts when the evidence (or, for a
 * place, its source) mentions it.
 */
export function coverage(
  index: KnowledgeIndex,
  content: readonly string[],
  entities: readonly string[],
  evidenceLemmas: ReadonlySet<string>,
  evidenceEntities: ReadonlySet<string>,
  synonymsOf: (lemma: string) => readonly string[],
): number {
  let total = 0;
  let hit = 0;
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  const seen = new Set<string>();
  for (const lemma of content) {
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    const forms = [lemma, `${lemma}s`, ...synonymsOf(lemma)];
    const idf = Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0) || maxIdf;
    total += idf;
    if (forms.some((f) => evidenceLemmas.has(f))) hit += idf;
  }
  for (const e of entities) {
    const idf = index.sentenceBm25.idf(ENTITY_TERM + e) || maxIdf;
    total += idf;
    if (evidenceEntities.has(e)) hit += idf;
  }
  return total === 0 ? 0 : hit / total;
}

/** Lemmas and entities of a set of sentences (and quotes), for {@link coverage}. */
export function evidenceTerms(
  sentences: ReadonlyArray<Sentence | null>,
  quotes: readonly Quote[] = [],
): { lemmas: Set<string>; entities: Set<string> } {
  const lemmas = new Set<string>();
  const entities = new Set<string>();
  for (const s of sentences) {
    if (!s) continue;
    for (const l of s.lemmas) lemmas.add(l);
    for (const m of s.mentions) entities.add(m.entityId);
  }
  for (const q of quotes) {
    for (const l of q.lemmas) lemmas.add(l);
    if (q.speakerId) entities.add(q.speakerId);
  }
  return { lemmas, entities };
}
