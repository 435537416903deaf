/**
 * The shapes an article takes while the annotator reads it: its sentences with their tokens, mentions and
 * quotation spans, its quotations with their speakers, and what the reading yields.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { NotAPerson } from './name-contexts.ts';
import type { ArticlePerson } from './discovered-person.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { EntityMention, QuoteKind, SentenceKind } from './schema.ts';
import type { MentionIndex } from './mention-index.ts';

/** A sentence while the article is being read: its tokens stay reachable for facts and quotes. */
export interface WorkingSentence {
  id: string;
  paragraph: number;
  position: number;
  kind: SentenceKind;
  socialPost: number | null;
  /** True in a paragraph that corrects the outlet's own earlier report (corrections.ts). */
  correction: boolean;
  analysis: Analysis;
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  /** In token order (mentions at one token in the order found). */
  mentions: Array<EntityMention & { token: number }>;
  /**
   * Its mentions by name (not pronouns), indexed once they are read in order (annotate.ts): what is added to
   * or taken from `mentions` later is pronouns (signed-writers.ts, described-goes-on.ts).
   */
  named: MentionIndex;
  /** Top-level quotation spans that open in this sentence. */
  quoteSpans: QuoteSpan[];
  /** Every quotation span of the paragraph, found once (top-level ones first, then nested ones). */
  paragraphSpans: readonly QuoteSpan[];
  /** The sentence before this one in the article (any paragraph), or `null` for the first. */
  previous: WorkingSentence | null;
}

export interface WorkingQuote {
  sentence: WorkingSentence;
  span: QuoteSpan;
  /** Index of the enclosing quotation in the article's quote list. */
  parent: number | null;
  speakerId: string | null;
  speakerName: string;
  cue: string | null;
  kind: QuoteKind;
  text: string;
  /** Sentence that carried the attribution, when it is not the quote's own. */
  attributionSentence: WorkingSentence | null;
  /** The paragraph's later sentences the quotation runs on through (an interview's answer), if any. */
  continuesInto?: readonly WorkingSentence[];
  /** The earlier quotation whose speaker this one took, having no verb of saying of its own, if any. */
  copiedFrom?: WorkingQuote;
}

export interface AnnotatedArticle {
  sentences: WorkingSentence[];
  quotes: WorkingQuote[];
  /** People the article introduces who are not in the entity data. */
  people: ArticlePerson[];
  /** Names the article uses that are not people's, and what they are ("Navy Ministry": organisation). */
  notPeople: ReadonlyMap<string, NotAPerson>;
}
