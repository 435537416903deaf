/** What the answer engine returns. Nothing here knows about Discord. */
import type { Context, Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

export const INTENTS = [
  'greeting',
  'help',
  'sources',
  'quote',
  'count',
  'date',
  'who',
  'why',
  'what',
  'timeline',
  'followup',
  'out_of_scope',
] as const;

export type Intent = (typeof INTENTS)[number];

/** An intent a question can be answered as (a follow-up is answered as one of these). */
export type AnswerIntent = Exclude<Intent, 'followup'>;

/** Intents answered from the coverage itself (not greetings, help or the source list). */
export const CONTENT_INTENTS: ReadonlySet<AnswerIntent> = new Set([
  'quote',
  'count',
  'date',
  'who',
  'why',
  'what',
  'timeline',
]);

export interface Citation {
  sourceId: string;
  title: string;
  outlet: string;
  /** ISO publication date. */
  published: string;
  url: string | null;
}

/** One piece of evidence, extracted word for word from the knowledge. */
export interface Evidence {
  kind: 'sentence' | 'quote';
  /** Sentence or quote id in the knowledge file. */
  id: string;
  sourceId: string;
  /** The words as published (Discord markdown already escaped in `Answer.text`, raw here). */
  text: string;
  /** Who said it, for a quote. */
  speaker: string | null;
  /** The sentence a fragmentary quote sits in, to read it in context. */
  context: string | null;
  /** True when the words come from a social post embedded in the article, not the report itself. */
  social: boolean;
}

export interface Answer {
  /** How the question was understood; `followup` when it leaned on the conversation. */
  intent: Intent;
  /** What it was answered as. */
  answeredAs: AnswerIntent;
  /** True only when the reply presents content from the coverage. */
  answered: boolean;
  /** 0–1: how much of what was asked the evidence covers. */
  confidence: number;
  /** The direct answer in a few words ("15,000 troops"), when there is one. */
  direct: string | null;
  /** Discord markdown, at most {@link MAX_ANSWER_TEXT} characters, the direct answer first. */
  text: string;
  evidence: Evidence[];
  citations: Citation[];
  quoteIds: string[];
  sentenceIds: string[];
  /** Follow-up questions the knowledge can answer. */
  suggestions: string[];
  /** What a picture of the answer shows, when it has one (timelines and comparisons); all from the knowledge. */
  chart?: AnswerChart;
}

/** One dated event of a timeline, as its picture shows it. */
export interface ChartEvent {
  /** ISO date, as precise as `precision` says. */
  date: string;
  /** Last day of a range ("last week"), or `null`. */
  end: string | null;
  precision: 'day' | 'week' | 'month' | 'year';
  /** The first words of the event's sentence, as published. */
  label: string;
  sourceId: string;
  outlet: string;
}

/** One figure of a comparison, as the knowledge gives it. */
export interface ChartFigure {
  /** Which side it answers: the words that asked for it, a person, or a year. */
  label: string;
  /** The figure's value (the low end of a range). */
  value: number;
  /** The high end of a range ("between 800 and 1,000"), or `null`. */
  high: number | null;
  /** The figure as written, with what it counts ("15,000 troops"). */
  text: string;
  sourceId: string;
  outlet: string;
  /** ISO publication date of the source. */
  published: string;
}

/** One side of a comparison of what people said: their words, as published. */
export interface ChartStance {
  /** The side: a person or body, perhaps with a year. */
  label: string;
  /** The quotation or sentence, word for word. */
  text: string;
  sourceId: string;
  outlet: string;
  /** ISO publication date of the source. */
  published: string;
}

/** The data behind an answer's picture. */
export type AnswerChart =
  | {
      kind: 'timeline';
      events: ChartEvent[];
      /** The range asked for (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), either end open; highlighted. */
      from: string | null;
      to: string | null;
    }
  | { kind: 'figures'; figures: ChartFigure[] }
  | { kind: 'stances'; stances: ChartStance[]; atOdds: boolean };

export const MAX_ANSWER_TEXT = 1800;

export interface AskOptions {
  /** Whose conversation this is; questions of one user share memory. */
  userId: string;
  /**
   * For developers' scripts only (never the bot): told which gate declined the question, so decline causes
   * can be counted over a question set without reading the items.
   */
  trace?: (stage: DeclineStage) => void;
  /**
   * For developers' studies only (never the bot): told the draft the checks judged, the question as read and
   * every check it fails, whether or not it is then shown (bench/conf-study.ts).
   */
  probe?: (p: GateProbe) => void;
  /** For developers' studies only (never the bot): checks left out, to see what would be shown without them. */
  skipGates?: readonly DeclineStage[];
}

/** What {@link AskOptions.probe} is told: the judged draft (null for none), its question and the checks failed. */
export interface GateProbe {
  draft: Draft | null;
  u: Understanding;
  ctx: Context;
  failed: DeclineStage[];
}

/** The gate that declined a question: its subject, a year, no evidence, or a check of the evidence. */
export type DeclineStage =
  | 'unknown-subject'
  | 'uncovered-year'
  | 'no-evidence'
  | 'low-confidence'
  | 'months'
  | 'happened'
  | 'asked-act'
  | 'stated-unknown'
  | 'asked-predicate'
  | 'shown-act'
  | 'act-of-subject'
  | 'asked-kind'
  | 'after-event'
  | 'asked-place';
