/**
 * One function per intent: given the question as read, the conversation and the index, find the evidence.
 * Each returns a {@link Draft} or `null` when the coverage does not answer; none of them writes prose
 * beyond labels: every claim shown is an extracted sentence, quote or fact.
 */
import type { DateFact, NumberFact, Quote, Sentence } from '../knowledge/schema.ts';
import { ENTITY_TERM, type KnowledgeIndex, type TimelineRow } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import {
  coverage,
  evidenceTerms,
  rankSentences,
  sourceFlags,
  sourcesMentioningAll,
  TopK,
  type RankOptions,
} from './retrieval.ts';
import { formatDate, weekdayOf } from './text.ts';
import type { AnswerIntent, Evidence } from './types.ts';
import type { QuestionReader, Understanding } from './understand.ts';

/** An answer before rendering. */
export interface Draft {
  answeredAs: AnswerIntent;
  confidence: number;
  /** The direct answer in a few words, already markdown-safe except for the bold marks the renderer adds. */
  direct: string | null;
  /** A short plain label before the evidence ("Claudia Sheinbaum said:"). */
  lead: string | null;
  evidence: Evidence[];
  /** Extra lines built only from the knowledge (timeline rows, source list). */
  lines: string[];
  /** Entities to keep in focus. */
  focus: string[];
}

/** What a handler needs besides the question. */
export interface Context {
  index: KnowledgeIndex;
  reader: QuestionReader;
  conversation: ConversationState;
  /** True when the question leans on the conversation. */
  followup: boolean;
  /** True when a short question comes in a conversation: the sources already discussed are favoured. */
  conversational: boolean;
  /** Show only what the user has not seen ("what else", "More"). */
  excludeShown: boolean;
}

/** Below this share of the question covered by the evidence, the engine says the coverage does not answer. */
export const MIN_CONFIDENCE = 0.5;
const MAX_QUOTES = 3;
/** Quotes considered when a quote question names neither a speaker nor a topic the coverage has. */
const MAX_UNFOCUSED_QUOTES = 50;
const TOPIC_MIN_COVERAGE = 0.5;
/** A word in at least this share of the sentences is too common to be a quote question's topic. */
const COMMON_WORD_SHARE = 0.08;

/** The BM25 IDF of a word found in `share` of `n` sentences. */
function idfAtShare(n: number, share: number): number {
  const df = Math.max(1, Math.round(n * share));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function rankOptions(u: Understanding, ctx: Context, extra: RankOptions = {}): RankOptions {
  return {
    years: u.years,
    // Holders of one role ("the Mexican president") are alternatives, not all required.
    requireEntities: u.entities.filter(
      (id) => ctx.index.entities.get(id)?.type === 'person' && !u.entityGroups.has(id),
    ),
    ...(u.outletSourceIds.length > 0 ? { onlySources: u.outletSourceIds } : {}),
    ...(ctx.followup
      ? { nearSentences: ctx.conversation.lastEvidence, preferSources: ctx.conversation.lastSources }
      : ctx.conversational
        ? { preferSources: ctx.conversation.lastSources }
        : {}),
    ...(ctx.excludeShown ? { exclude: new Set(ctx.conversation.shownSentences) } : {}),
    ...extra,
  };
}

export function sentenceEvidence(s: Sentence): Evidence {
  return {
    kind: 'sentence',
    id: s.id,
    sourceId: s.sourceId,
    text: s.text,
    speaker: null,
    context: null,
    social: s.kind === 'social',
  };
}

function quoteEvidence(index: KnowledgeIndex, q: Quote): Evidence {
  const sentence = index.sentence(q.sentenceIds[0] ?? '');
  const parent = q.parentId ? index.quoteById.get(q.parentId) : undefined;
  let speaker = q.speakerName;
  if (parent && parent.speakerId !== q.speakerId)
    speaker = `${q.speakerName}, as recounted by ${parent.speakerName}`;
  const needsContext = q.kind === 'fragment' || (q.speakerId === null && !parent);
  return {
    kind: 'quote',
    id: q.id,
    sourceId: q.sourceId,
    text: q.text,
    speaker,
    context: needsContext && sentence ? sentence.text : null,
    social: q.social,
  };
}

export function confidenceOf(
  u: Understanding,
  ctx: Context,
  sentences: ReadonlyArray<Sentence | null>,
  quotes: readonly Quote[] = [],
  entities: readonly string[] = u.entities,
): number {
  const quoteSentences = quotes.map((q) => ctx.index.sentence(q.sentenceIds[0] ?? ''));
  const { lemmas, entities: found } = evidenceTerms([...sentences, ...quoteSentences], quotes);
  // Evidence from an outlet covers the question's words naming it ("the Independent article").
  for (const s of [...sentences, ...quoteSentences])
    for (const w of ctx.index.outletWords.get(s?.sourceId ?? '') ?? []) lemmas.add(w);
  return coverage(ctx.index, u.content, entities, lemmas, found, ctx.reader.lens(u));
}

/** Topic words of a quote question: its content minus the speaker's name and the verb of saying. */
function topicOf(u: Understanding, ctx: Context, speakerId: string | null): Topic {
  const speaker = speakerId ? ctx.index.entities.get(speakerId) : undefined;
  const nameWords = new Set((speaker?.aliases ?? []).flatMap((a) => a.toLowerCase().split(/[\s'’]+/)));
  for (const r of speaker?.roles ?? [])
    for (const p of r.phrases) for (const w of p.toLowerCase().split(/[\s'’]+/)) nameWords.add(w);
  const saying = ctx.reader.sayingWords;
  const keep = (l: string) => !saying.has(l) && !nameWords.has(l) && !l.startsWith(ENTITY_TERM);
  const terms = new Map(
    [...u.terms].filter(([t]) => keep(t) && !(speakerId && t === ENTITY_TERM + speakerId)),
  );
  for (const id of u.entities) if (id !== speakerId) terms.set(ENTITY_TERM + id, 1);
  const sentenceTerms = new Map(terms);
  for (const [t, w] of u.terms)
    if (saying.has(t) && !sentenceTerms.has(t)) sentenceTerms.set(t, Math.max(w, 0.5));
  return { terms, sentenceTerms, content: u.content.filter(keep) };
}

interface Topic {
  terms: Map<string, number>;
  /** The topic plus the verb of saying, to match the sentence around a quote ("told the caravan"). */
  sentenceTerms: Map<string, number>;
  content: string[];
}

/** Lemmas and entities around a quote: its words, its sentence, the sentence before, and who recounted it. */
function quoteSurroundings(index: KnowledgeIndex, q: Quote): { lemmas: Set<string>; entities: Set<string> } {
  const sentence = index.sentence(q.sentenceIds[0] ?? '');
  const previous = sentence ? index.neighbour(sentence.id, -1) : null;
  const { lemmas, entities } = evidenceTerms([sentence, previous], [q]);
  const parent = q.parentId ? index.quoteById.get(q.parentId) : undefined;
  if (parent?.speakerId) {
    entities.add(parent.speakerId);
    for (const a of index.entities.get(parent.speakerId)?.aliases ?? [])
      for (const w of a.toLowerCase().split(/\s+/)) lemmas.add(w);
  }
  return { lemmas, entities };
}

/** Quotations by a speaker (or by anyone), best match for the topic first. */
export function answerQuote(u: Understanding, ctx: Context, speakerId: string | null): Draft | null {
  const { index } = ctx;
  const topic = topicOf(u, ctx, speakerId);
  const otherEntities = u.entities.filter(
    (id) => id !== speakerId && index.entities.get(id)?.type !== 'place',
  );
  // A word in a large share of the coverage ("border") names no topic of its own when a speaker is asked.
  const commonIdf = speakerId ? idfAtShare(index.sentences.length, COMMON_WORD_SHARE) : 0;
  const hasTopic =
    topic.content.some((l) => index.sentenceBm25.idf(l) > commonIdf || index.quoteBm25.idf(l) > commonIdf) ||
    otherEntities.length > 0;
  const shown = new Set<number>();
  for (const id of ctx.excludeShown ? ctx.conversation.shownQuotes : []) {
    const position = index.quotePosition.get(id);
    if (position !== undefined) shown.add(position);
  }
  const near = sourceFlags(index, ctx.followup ? ctx.conversation.lastSources : []);
  const scored = scoreQuotes(index, topic, speakerId, hasTopic, new Set(otherEntities), near);
  if (speakerId && scored.at.length === 0) return reportedSpeech(u, ctx, speakerId, topic);
  const inYears = (qi: number) => u.years.includes(index.sourceYears[index.quoteSource[qi] ?? -1] ?? -1);
  const yearsMatter = u.years.length > 0 && scored.at.some(inYears);
  const candidates: number[] = [];
  const candidateScores: number[] = [];
  for (let k = 0; k < scored.at.length; k++) {
    const qi = scored.at[k] ?? -1;
    if (shown.has(qi) || (yearsMatter && !inYears(qi))) continue;
    candidates.push(qi);
    candidateScores.push(scored.score[k] ?? 0);
  }
  if (candidates.length === 0) return null;

  let chosen: Quote[];
  if (hasTopic) {
    const top = new TopK(2);
    for (let k = 0; k < candidates.length; k++) {
      const score = candidateScores[k] ?? 0;
      if (score > 0) top.add(score, candidates[k] ?? -1);
    }
    const bestScore = top.score[0] ?? 0;
    const best = top.size > 0 ? index.quotes[top.at[0] ?? -1] : undefined;
    if (!best) return null;
    const around = quoteSurroundings(index, best);
    const topicCoverage = coverage(
      index,
      topic.content,
      otherEntities,
      around.lemmas,
      around.entities,
      ctx.reader.lens(u),
    );
    if (topicCoverage < TOPIC_MIN_COVERAGE)
      return speakerId ? reportedSpeech(u, ctx, speakerId, topic) : null;
    chosen = [];
    for (let k = 0; k < top.size; k++) {
      const q = index.quotes[top.at[k] ?? -1];
      if (q && (top.score[k] ?? 0) >= bestScore * 0.5) chosen.push(q);
    }
  } else {
    const preferred = candidates.filter((qi) => {
      if (index.quoteSocial[qi] === 1) return false;
      const parent = index.quoteParent[qi] ?? -1;
      return parent < 0 || index.quotes[parent]?.speakerId !== speakerId;
    });
    const nearAt = (qi: number) => near?.[index.quoteSource[qi] ?? -1] ?? 0;
    chosen = smallest(
      preferred.length > 0 ? preferred : candidates,
      MAX_QUOTES,
      (a, b) => nearAt(b) - nearAt(a) || (index.quoteFull[b] ?? 0) - (index.quoteFull[a] ?? 0) || a - b,
    ).flatMap((qi) => index.quotes[qi] ?? []);
  }
  const speaker = speakerId ? index.entities.get(speakerId) : undefined;
  return {
    answeredAs: 'quote',
    confidence: hasTopic
      ? Math.max(
          MIN_CONFIDENCE,
          confidenceOf(
            u,
            ctx,
            chosen.map((q) => index.sentence(q.sentenceIds[0] ?? '')),
            chosen,
          ),
        )
      : 1,
    direct: null,
    lead: speaker ? `${speaker.name} in the coverage:` : null,
    evidence: chosen.map((q) => quoteEvidence(index, q)),
    lines: [],
    focus: speakerId
      ? [speakerId]
      : [...new Set(chosen.map((q) => q.speakerId).filter((id): id is string => id !== null))],
  };
}

/**
 * A speaker's quotes (or, with no speaker, the quotes the topic reaches) scored for the topic: their own
 * words, their sentence and the sentence before it; a quote recounted by someone the question names gains,
 * as does one from a source of the conversation, and a social post loses. With `matchingOnly`, quotes the
 * topic does not reach are left out (a prolific speaker has thousands). Reads typed arrays only.
 */
function scoreQuotes(
  index: KnowledgeIndex,
  topic: Topic,
  speakerId: string | null,
  matchingOnly: boolean,
  recountedBy: ReadonlySet<string>,
  nearSources: Uint8Array | null,
): { at: number[]; score: number[] } {
  const at: number[] = [];
  const score: number[] = [];
  index.sentenceBm25.withScores(topic.sentenceTerms, (sentenceScore, sentencesTouched, sentenceCount) =>
    index.quoteBm25.withScores(topic.terms, (quoteScore, quotesTouched, quoteCount) => {
      const pool = speakerId
        ? (index.speakerQuotes.get(speakerId) ?? [])
        : quotesAround(index, sentencesTouched, sentenceCount, quotesTouched, quoteCount);
      for (const qi of pool) {
        const si = index.quoteSentence[qi] ?? -1;
        let value =
          0.5 * (quoteScore[qi] ?? 0) + (sentenceScore[si] ?? 0) + 0.3 * (sentenceScore[si - 1] ?? 0);
        const parent = index.quoteParent[qi] ?? -1;
        if (parent >= 0 && recountedBy.size > 0) {
          const parentSpeaker = index.quotes[parent]?.speakerId;
          if (parentSpeaker && recountedBy.has(parentSpeaker)) value += 1;
        }
        if (matchingOnly && value <= 0) continue;
        if (nearSources?.[index.quoteSource[qi] ?? -1] === 1) value *= 1.5;
        if (index.quoteSocial[qi] === 1) value *= 0.5;
        at.push(qi);
        score.push(value);
      }
    }),
  );
  return { at, score };
}

/** Quotes a topic search reached, through their own words or their sentence; the first ones when it reached none. */
function quotesAround(
  index: KnowledgeIndex,
  sentencesTouched: Int32Array,
  sentenceCount: number,
  quotesTouched: Int32Array,
  quoteCount: number,
): number[] {
  if (sentenceCount === 0 && quoteCount === 0) {
    return Array.from({ length: Math.min(MAX_UNFOCUSED_QUOTES, index.quotes.length) }, (_, i) => i);
  }
  const out = new Set<number>();
  for (let k = 0; k < quoteCount; k++) out.add(quotesTouched[k] ?? -1);
  for (let k = 0; k < sentenceCount; k++) {
    for (const q of index.quotesBySentence.get(index.sentences[sentencesTouched[k] ?? -1]?.id ?? '') ?? []) {
      out.add(index.quotePosition.get(q.id) ?? -1);
    }
  }
  return [...out];
}

/** The `n` first items under `compare`, in order: a partial sort, for long lists of which few are shown. */
function smallest<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length >= n && last !== undefined && compare(item, last) >= 0) continue;
    let k = top.length;
    top.push(item);
    while (k > 0 && compare(item, top[k - 1] as T) < 0) {
      top[k] = top[k - 1] as T;
      k--;
    }
    top[k] = item;
    if (top.length > n) top.pop();
  }
  return top;
}

/** For a speaker the coverage never quotes: what it reports about them on the topic, if anything. */
function reportedSpeech(u: Understanding, ctx: Context, speakerId: string, topic: Topic): Draft | null {
  const { index } = ctx;
  if (topic.content.length === 0) return null;
  const terms = new Map(topic.terms);
  terms.set(ENTITY_TERM + speakerId, 2);
  const ranked = rankSentences(index, terms, {
    ...rankOptions(u, ctx),
    requireEntities: [speakerId],
    limit: 5,
  }).filter((r) => r.sentence.mentions.some((m) => m.entityId === speakerId));
  const best = ranked[0];
  if (!best) return null;
  const topicCoverage = coverage(
    index,
    topic.content,
    [],
    new Set(best.sentence.lemmas),
    new Set(),
    ctx.reader.lens(u),
  );
  if (topicCoverage < TOPIC_MIN_COVERAGE) return null;
  const speaker = index.entities.get(speakerId);
  return {
    answeredAs: 'quote',
    confidence: topicCoverage,
    direct: null,
    lead: `The coverage has no direct quote from ${speaker?.name ?? 'them'} on this; it reports:`,
    evidence: [sentenceEvidence(best.sentence)],
    lines: [],
    focus: [speakerId],
  };
}

/** The counted noun of "how many X …", as lemmas. */
function askedCount(u: Understanding): string[] {
  const toks = u.analysis.tokens;
  const at = toks.findIndex(
    (t, i) => (t.normal === 'many' || t.normal === 'much') && toks[i - 1]?.normal === 'how',
  );
  if (at < 0) return [];
  const next = toks[at + 1];
  if (!next || next.pos === 'PUNCT') {
    // "troops in 2018 vs 2019, how many?": the counted noun came first.
    const noun = toks.find((t, i) => i < at && t.pos === 'NOUN' && !t.stop);
    return noun ? [noun.lemma] : [];
  }
  if (next.pos === 'AUX') {
    // "how much did the deployment cost?": what is measured is the clause's last noun or verb.
    const last = toks.findLast((t, i) => i > at + 1 && (t.pos === 'NOUN' || t.pos === 'VERB') && !t.stop);
    return last ? [last.lemma] : [];
  }
  const out: string[] = [];
  for (let i = at + 1; i < toks.length && out.length < 4; i++) {
    const t = toks[i];
    if (!t || !['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(t.pos) || (t.pos === 'VERB' && out.length > 0))
      break;
    if (t.pos === 'VERB' && toks[i + 1]?.value !== '-') break;
    out.push(t.lemma);
  }
  return out;
}

/** What a "how long" (or "how old") question counts. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
]);

/** A number with what it counts, best match first. */
export function answerCount(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  // "And how many were already there?": a follow-up with words of its own asks for another figure.
  const another = ctx.followup && u.content.some((l) => !ctx.conversation.lastTerms.some(([t]) => t === l));
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, {
      limit: 60,
      ...(another ? { exclude: new Set(ctx.conversation.lastEvidence) } : {}),
    }),
  );
  const duration = /\bhow (long|old)\b/i.test(u.text);
  const asked = duration ? [] : askedCount(u);
  const head = asked.at(-1) ?? null;
  const headForms = duration ? TIME_UNITS : head ? new Set([head, ...ctx.reader.synonymsOf(head)]) : null;
  let best: { n: NumberFact; score: number; sentence: Sentence } | null = null;
  for (const r of ranked) {
    for (const n of index.numbersBySentence.get(r.sentence.id) ?? []) {
      if (n.qualifier === 'offset') continue;
      const countsForms = new Set([n.countsLemma, ...ctx.reader.synonymsOf(n.countsLemma)]);
      const matchesHead =
        headForms === null ||
        (!duration && ctx.reader.genericCounts.has(head ?? '')) ||
        [...headForms].some((f) => countsForms.has(f) || n.counts.toLowerCase().includes(f));
      if (!matchesHead) continue;
      const countsWords = n.counts.toLowerCase().split(/[\s-]+/);
      const extra = asked.filter((a) => countsWords.some((w) => w.startsWith(a.slice(0, 5)))).length;
      const score =
        r.score * (1 + 0.3 * extra) * (n.qualifier === 'hundreds' || n.qualifier === 'thousands' ? 0.7 : 1);
      if (!best || score > best.score) best = { n, score, sentence: r.sentence };
    }
  }
  if (!best) return null;
  const confidence = confidenceOf(u, ctx, [best.sentence]);
  const direct =
    best.n.counts && !best.n.text.toLowerCase().includes(best.n.counts.toLowerCase())
      ? `${best.n.text} ${best.n.counts}`
      : best.n.text;
  return {
    answeredAs: 'count',
    confidence,
    direct,
    lead: null,
    evidence: [sentenceEvidence(best.sentence)],
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
  };
}

/** Position (in whitespace-separated words) of the first occurrence of `needle` in `text`, or -1. */
export function wordIndexOf(text: string, needle: string): number {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? -1 : wordAt(text, at);
}

/** Index, in `text.split(/\s+/)`, of the word holding character `pos`; counts instead of splitting. */
function wordAt(text: string, pos: number): number {
  let words = 0;
  let inSpace = false;
  for (let i = 0; i < pos; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}

function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `pos` starts a word once its punctuation is stripped ("(troops", "“troops"). */
function startsWord(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    if (isSpace(text.charCodeAt(i))) return true;
    if (WORD_CHAR.test(text.charAt(i))) return false;
  }
  return true;
}

/** Prefixes that match a question term's word forms ("deploy" for "deployment"), for {@link dateProximity}. */
function termStems(terms: ReadonlyMap<string, number>): string[] {
  const stems = new Set<string>();
  for (const [t, weight] of terms) {
    if (weight < 0.5 || t.startsWith(ENTITY_TERM) || t.length < 3) continue;
    stems.add(t.slice(0, Math.max(3, t.length - 2)));
  }
  return [...stems];
}

/** How close (in words) a date expression stands to the words the question asked about. */
function dateProximity(lowerText: string, d: DateFact, stems: readonly string[]): number {
  const at = lowerText.indexOf(d.text.toLowerCase());
  if (at < 0) return 0;
  const dateWord = wordAt(lowerText, at);
  let bestDistance = Infinity;
  for (const stem of stems) {
    for (let p = lowerText.indexOf(stem); p >= 0; p = lowerText.indexOf(stem, p + 1)) {
      if (startsWord(lowerText, p))
        bestDistance = Math.min(bestDistance, Math.abs(wordAt(lowerText, p) - dateWord));
    }
  }
  return bestDistance === Infinity ? 0 : 1 / (1 + bestDistance / 4);
}

const PRECISION_BONUS: Record<DateFact['precision'], number> = { day: 1.15, week: 1, month: 1.05, year: 0.8 };

/** Describes a resolved date: "Saturday 3 May 2025", "April 2025", "the week of 15 Oct 2018". */
export function describeDate(d: {
  date: string;
  end: string | null;
  precision: DateFact['precision'];
}): string {
  if (d.precision === 'day') {
    const wd = weekdayOf(d.date);
    return wd ? `${wd} ${formatDate(d.date)}` : formatDate(d.date);
  }
  if (d.precision === 'week')
    return `the week of ${formatDate(d.date)}${d.end ? ` to ${formatDate(d.end)}` : ''}`;
  return formatDate(d.date);
}

/** A date, resolved to the calendar, best match first; or a source's publication date. */
export function answerDate(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  const asksPublication = /\b(publish|published|article|story|piece|report)\b/i.test(u.text);
  if (u.outletSourceIds.length > 0 && asksPublication) {
    const source = index.sources.get(u.outletSourceIds[0] ?? '');
    if (source) {
      const headline =
        index.sentences.find((s) => s.sourceId === source.id && s.kind === 'headline') ??
        index.sentences.find((s) => s.sourceId === source.id);
      return {
        answeredAs: 'date',
        confidence: 1,
        direct: describeDate({ date: source.published, end: null, precision: 'day' }),
        lead: `${source.outlet} published “${source.title}” on that date.`,
        evidence: headline ? [sentenceEvidence(headline)] : [],
        lines: [],
        focus: [],
      };
    }
  }
  const ranked = rankSentences(index, u.terms, rankOptions(u, ctx, { limit: 40 }));
  const lastEvidence = new Set(ctx.followup ? ctx.conversation.lastEvidence : []);
  let best: { d: DateFact; score: number; sentence: Sentence } | null = null;
  const stems = termStems(u.terms);
  for (const r of ranked) {
    const dates = index.datesBySentence.get(r.sentence.id);
    if (!dates) continue;
    const lower = r.sentence.text.toLowerCase();
    for (const d of dates) {
      let score = r.score * (0.6 + dateProximity(lower, d, stems)) * PRECISION_BONUS[d.precision];
      if (lastEvidence.has(r.sentence.id)) score *= 2;
      if (!best || score > best.score) best = { d, score, sentence: r.sentence };
    }
  }
  if (!best) return null;
  const direct = describeDate(best.d);
  const asWritten = best.d.text.toLowerCase();
  const lead = direct.toLowerCase().includes(asWritten) ? null : `(“${best.d.text}” in the article)`;
  return {
    answeredAs: 'date',
    confidence: confidenceOf(u, ctx, [best.sentence]),
    direct,
    lead,
    evidence: [sentenceEvidence(best.sentence)],
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
  };
}

/** Why or how: the best sentences, preferring ones that give a reason. */
export function answerExplain(u: Understanding, ctx: Context, intent: 'why' | 'what'): Draft | null {
  const { index } = ctx;
  const causal = ctx.reader.causal;
  const causes = (s: Sentence) => s.text.match(causal)?.length ?? 0;
  const asked = new Set(u.entities);
  const namesPlace = (s: Sentence) =>
    s.mentions.some((m) => !asked.has(m.entityId) && index.entities.get(m.entityId)?.type === 'place');
  const boost =
    intent === 'why'
      ? (s: Sentence) => 1 + 0.25 * Math.min(2, causes(s))
      : WHERE_QUESTION.test(u.text)
        ? (s: Sentence) => (namesPlace(s) ? 1 + PLACE_BOOST : 1)
        : undefined;
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, { limit: 10, ...(boost ? { boost } : {}) }),
  );
  const best = ranked[0];
  if (!best) return null;
  const chosen: Sentence[] = [best.sentence];
  const previous = index.anaphoric(best.sentence.id) ? index.neighbour(best.sentence.id, -1) : null;
  if (previous) chosen.unshift(previous);
  const next = index.neighbour(best.sentence.id, 1);
  if (next && index.anaphoric(next.id)) chosen.push(next);
  const second = ranked[1];
  if (
    chosen.length === 1 &&
    second &&
    second.score >= best.score * 0.75 &&
    second.sentence.sourceId === best.sentence.sourceId
  )
    chosen.push(second.sentence);
  if (intent === 'why' && !chosen.some((s) => causes(s) > 0)) {
    const reason = ranked.find(
      (r) => r.sentence.sourceId === best.sentence.sourceId && causes(r.sentence) > 0,
    );
    if (reason && !chosen.includes(reason.sentence)) chosen.push(reason.sentence);
  }
  const quotes: Quote[] = [];
  if (u.speakerId && index.speakerQuotes.has(u.speakerId)) {
    const q = answerQuote(u, { ...ctx, excludeShown: false }, u.speakerId);
    const first = q?.evidence[0];
    const quote = first ? index.quoteById.get(first.id) : undefined;
    if (quote && !chosen.some((s) => quote.sentenceIds.includes(s.id))) quotes.push(quote);
  }
  const confidence = confidenceOf(u, ctx, chosen, quotes);
  return {
    answeredAs: intent,
    confidence,
    direct: null,
    lead: null,
    evidence: [...chosen.map(sentenceEvidence), ...quotes.map((q) => quoteEvidence(index, q))],
    lines: [],
    focus: chosen.flatMap((s) => s.mentions.map((m) => m.entityId)),
  };
}

const MAX_TIMELINE_ROWS = 9;
/** A "where" question prefers evidence naming a place the question did not name. */
const WHERE_QUESTION = /^\s*where\b/i;
const PLACE_BOOST = 0.5;

/** Dated events in order, narrowed by year, entity and topic when that leaves at least two. */
export function answerTimeline(
  ctx: Context,
  filter: {
    years?: readonly number[];
    since?: number | null;
    entities?: readonly string[];
    terms?: ReadonlyMap<string, number>;
    from?: string | null;
    to?: string | null;
  },
): Draft | null {
  const { index } = ctx;
  let rows: readonly TimelineRow[] = index.timelineRows;
  const from = filter.from;
  const to = filter.to;
  if (from) rows = rows.filter((r) => r.event.date >= from);
  if (to) rows = rows.filter((r) => r.event.date.slice(0, to.length) <= to);
  const narrow = (next: readonly TimelineRow[]) => (next.length >= 2 ? next : rows);
  const since = filter.since;
  const years = filter.years ?? [];
  if (since) rows = narrow(rows.filter((r) => r.year >= since));
  else if (years.length > 0)
    rows = narrow(rows.filter((r) => years.includes(r.year) || years.includes(r.sourceYear)));
  const people = (filter.entities ?? []).filter((id) => index.entities.get(id)?.type !== 'place');
  if (people.length > 0) {
    const withAll = sourcesMentioningAll(index, people);
    rows = narrow(rows.filter((r) => withAll[index.sentenceSource[r.sentence] ?? -1] === 1));
  }
  if (filter.terms && filter.terms.size > 0) {
    const topical = new Map([...filter.terms].filter(([t, w]) => w >= 1 && !t.startsWith(ENTITY_TERM)));
    const current = rows;
    const matching = index.sentenceBm25.withScores(topical, (score) =>
      current.filter((r) => (score[r.sentence] ?? 0) > 0),
    );
    if (matching.length >= 2) rows = matching;
  }
  const events = rows
    .filter((r, i) => {
      const previous = rows[i - 1];
      return !previous || previous.sentence !== r.sentence || previous.event.date !== r.event.date;
    })
    .map((r) => r.event);
  if (events.length === 0) return null;
  const shown = events.length > MAX_TIMELINE_ROWS ? spread(events, MAX_TIMELINE_ROWS) : events;
  const evidence: Evidence[] = [];
  const lines: string[] = [];
  for (const e of shown) {
    const s = index.sentence(e.sentenceId);
    if (!s) continue;
    evidence.push(sentenceEvidence(s));
    lines.push(
      `${e.precision === 'year' ? e.date : formatDate(e.date)}${e.precision === 'week' ? ' (week)' : ''}`,
    );
  }
  return {
    answeredAs: 'timeline',
    confidence: 1,
    direct: null,
    lead: events.length > shown.length ? `${shown.length} of ${events.length} dated events, in order:` : null,
    evidence,
    lines,
    focus: [],
  };
}

function spread<T>(items: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[Math.round((i * (items.length - 1)) / (n - 1))];
    if (item !== undefined && !out.includes(item)) out.push(item);
  }
  return out;
}
