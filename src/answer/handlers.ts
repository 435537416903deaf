/**
 * What the intent handlers (quote.ts, count.ts, date.ts, explain.ts, timeline.ts, who.ts, compare.ts) share:
 * the {@link Draft} each returns, or `null` when the coverage does not answer, the {@link Context} each gets,
 * ranking options, evidence and confidence. None of them writes prose beyond labels: every claim shown is an
 * extracted sentence, quote or fact.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import { namesAround, namesBeside } from './names-around.ts';
import { namedPerson } from './required-people.ts';
import { pointedTypedBoost, typedArticleBoost } from './answer-type.ts';
import { coverage, evidenceTerms, rankSentences, type RankOptions } from './retrieval.ts';
import type { AnswerChart, AnswerIntent, ChartFigure, Evidence } from './types.ts';
import type { QuestionReader, Understanding } from './understand.ts';

/** An answer before rendering. */
export interface Draft {
  answeredAs: AnswerIntent;
  confidence: number;
  /** The direct answer in a few words, as the knowledge writes it: the renderer escapes it and sets it in bold. */
  direct: string | null;
  /** A short plain label before the evidence ("Claudia Sheinbaum said:"), unescaped: the renderer escapes it. */
  lead: string | null;
  evidence: Evidence[];
  /** Extra lines built only from the knowledge (timeline rows, source list). */
  lines: string[];
  /** Entities to keep in focus. */
  focus: string[];
  /** A person the answer names who is no entity of the knowledge (an article's author), for the next "she". */
  named?: string;
  /** The calendar date a date answer resolved to (ISO), to set two answers in order. */
  date?: string;
  /** The data for the answer's picture (timelines, comparisons). */
  chart?: AnswerChart;
  /** The figure a count answer gives, for a comparison's picture (labelled by what it counts). */
  figure?: ChartFigure;
  /** Sentences of a why-answer that give a reason (explain.ts's reason test): the asked account ends there. */
  reasonGiven?: string[];
}

/** What a handler needs besides the question. */
export interface Context {
  index: KnowledgeIndex;
  reader: QuestionReader;
  conversation: ConversationState;
  /** True when the question leans on the conversation. */
  followup: boolean;
  /**
   * True when a question comes in a conversation: the sources already discussed are favoured, for a long
   * question as for a short one ("was sending troops north normal for Mexico?" after the 2019 article).
   */
  conversational: boolean;
  /** Show only what the user has not seen ("what else", "More"). */
  excludeShown: boolean;
  /** Only the last answer's articles answer: the question asks on about them (see `FollowupReading`). */
  onTopic?: boolean;
  /** Whom a follow-up points back to: by its pronoun ("he", "they"), or the last question's subject it carries. */
  pointed?: readonly string[];
  /** True when one side of a comparison is asked (see comparison.ts). */
  side?: boolean;
  /** The sentences another part of the message was answered from with confidence (see part-beside.ts). */
  beside?: ReadonlySet<string>;
}

/**
 * Below this share of the question covered by the evidence, the engine says the coverage does not answer.
 * Re-measured on the dev splits on 2026-11-30 (npm run eval): 0.45 answers people dev 251/310 but 4/35
 * must-decline; 0.5 249/310 and 3/35; 0.55 246/310 and 1/35, with 17 answerable declined instead of 12.
 */
export const MIN_CONFIDENCE = 0.5;

export function rankOptions(u: Understanding, ctx: Context, extra: RankOptions = {}): RankOptions {
  const base: RankOptions = {
    years: u.years,
    // Holders of one role ("the Mexican president") are alternatives, not all required; someone an article
    // only describes is no filter either (required-people.ts).
    requireEntities: u.entities.filter(
      (id) => namedPerson(ctx.index.entities.get(id)) && !u.entityGroups.has(id),
    ),
    ...(u.outletSourceIds.length > 0
      ? { onlySources: u.outletSourceIds }
      : ctx.onTopic
        ? { onlySources: ctx.conversation.lastSources }
        : {}),
    ...(ctx.followup
      ? { nearSentences: ctx.conversation.lastEvidence, preferSources: ctx.conversation.lastSources }
      : ctx.conversational
        ? { preferSources: ctx.conversation.lastSources }
        : {}),
    ...(ctx.excludeShown ? { exclude: new Set(ctx.conversation.shownSentences) } : {}),
    ...(u.variants ? { variants: u.variants } : {}),
  };
  const typed = ctx.followup
    ? pointedTypedBoost(u, ctx.index, ctx.pointed ?? [], ctx.conversation.lastSources)
    : extra.onlySources || base.onlySources
      ? null
      : typedArticleBoost(u, ctx.index, () => weakEvidence(u, ctx, base));
  return { ...base, ...(typed ? { boost: typed } : {}), ...extra };
}

/** {@link weakEvidence} per question read, as the handlers rank more than once. */
const WEAK = new WeakMap<Understanding, boolean>();

/**
 * True when the best sentence by the question's words covers less of it than an answer needs: only then are
 * sentences giving the asked kind of answer favoured (answer-type.ts). Favouring them whenever the question
 * has words the coverage never uses lost two dev questions (npm run eval 2026-12-04, para16).
 */
function weakEvidence(u: Understanding, ctx: Context, opts: RankOptions): boolean {
  const known = WEAK.get(u);
  if (known !== undefined) return known;
  const best = rankSentences(ctx.index, u.terms, { ...opts, limit: 1 })[0];
  const weak = !best || confidenceOf(u, ctx, [best.sentence]) < MIN_CONFIDENCE;
  WEAK.set(u, weak);
  return weak;
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

export function quoteEvidence(index: KnowledgeIndex, q: Quote): Evidence {
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
  // The places and names the sentences around the evidence give it ("Otay Mesa" before "Agents seized…").
  const around = namesAround(ctx.index, [...sentences, ...quoteSentences], (w) =>
    ctx.reader.isEnglishWord(w),
  );
  for (const w of around.lemmas) if (u.content.includes(w)) lemmas.add(w);
  for (const e of around.entities) if (entities.includes(e)) found.add(e);
  // Evidence beside the sentence another part of the message was answered from: that passage names the story.
  if (ctx.beside) {
    const lent = namesBeside(ctx.index, ctx.beside, [...sentences, ...quoteSentences], u.content, (w) =>
      ctx.reader.isEnglishWord(w),
    );
    for (const w of lent.lemmas) if (u.content.includes(w)) lemmas.add(w);
    for (const e of lent.entities) if (entities.includes(e)) found.add(e);
  }
  return coverage(ctx.index, u.content, entities, lemmas, found, ctx.reader.lens(u));
}
