/**
 * A draft kept to some articles: the ones a follow-up points back to with "it" ("what time of day did it
 * start?" is about the conversation's event), or the story a message of several questions is about. A draft
 * from elsewhere is asked again within them.
 */
import type { Draft } from './handlers.ts';

/** How strictly a draft is kept to the articles. */
export interface WithinOptions {
  /** Confidence a draft must reach to count as their answer (0: any draft citing them). */
  minConfidence: number;
  /**
   * What to give when they have no answer: `draft` as first found (a part of a message may be answered from
   * another article), or what they gave, which may be nothing (an event another article tells of is not the
   * one "it" points to).
   */
  fallBack: 'draft' | 'within';
}

/**
 * `draft` when it cites one of `sources` at `minConfidence`; else what `redo` (the question asked within
 * them) finds when it has evidence at that confidence; else the fallback `options` names.
 */
export function draftWithin(
  draft: Draft | null,
  sources: readonly string[],
  redo: () => Draft | null,
  options: WithinOptions,
): Draft | null {
  const cites = (d: Draft | null): d is Draft =>
    d !== null &&
    d.confidence >= options.minConfidence &&
    d.evidence.some((e) => sources.includes(e.sourceId));
  if (cites(draft)) return draft;
  const there = redo();
  if (there && there.evidence.length > 0 && there.confidence >= options.minConfidence) return there;
  return options.fallBack === 'draft' ? draft : there;
}
