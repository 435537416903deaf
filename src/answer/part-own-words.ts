/**
 * A later part of a message that asks two things is read with the message's other parts as context, so it
 * finds the story the message is about ("…and which agency took credit for finding it?" is about the first
 * part's tunnel). But inside that story the other part's words also pull it to the other part's sentence:
 * it lands on the tunnel again, not on the agency. So the part is asked once more on its own words, only
 * within the articles its first answer came from: the context chooses the story, the part's own words choose
 * the sentence. The first part is left as read with the rest: its answer often shows the later part's
 * sentence too, which the later part's own reading may miss.
 */
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/** The articles a draft's evidence comes from, in the order shown, each once. */
export function storyOf(draft: Draft): string[] {
  return [...new Set(draft.evidence.map((e) => e.sourceId))];
}

/**
 * The answer to a part asked on its own words (`own`: the part read without the message's other parts)
 * within the story of `draft` (its answer read with them), taken only when it `fits`, covers the part's own
 * words better than `draft` does, and leads with a sentence `draft` does not show. Otherwise `draft`: a part
 * as vague as "where was she when she said it?" covers its few words anywhere, and only the other part
 * says what "it" was. Taking ties as well (≥) lost 3 of the people set's test questions (npm run eval).
 */
export function ownWordsInStory(
  draft: Draft | null,
  own: Understanding,
  redo: (u: Understanding) => Draft | null,
  fits: (d: Draft | null) => d is Draft,
): Draft | null {
  if (!draft || draft.confidence < MIN_CONFIDENCE || own.outletSourceIds.length > 0) return draft;
  const story = storyOf(draft);
  if (story.length === 0) return draft;
  const again = redo({ ...own, outletSourceIds: story });
  if (!fits(again) || again.confidence <= draft.confidence) return draft;
  const top = again.evidence[0];
  return top && !draft.evidence.some((e) => e.id === top.id) ? again : draft;
}
