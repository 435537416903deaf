/** What the answer engine returns. Nothing here knows about Discord. */

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
}

export const MAX_ANSWER_TEXT = 1800;

export interface AskOptions {
  /** Whose conversation this is; questions of one user share memory. */
  userId: string;
}
