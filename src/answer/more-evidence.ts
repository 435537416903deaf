/**
 * "More": the next-best evidence for the conversation's last question, not yet shown. An explanation's
 * passage reads on in its article; any other question is asked again with what was shown left out.
 */
import { continuation } from './conversation.ts';
import { dispatch } from './dispatch.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { ConversationState } from './memory.ts';
import { leadOnly } from './replies.ts';
import type { ServedKnowledge } from './served-knowledge.ts';
import type { Understanding } from './understand.ts';

/** More for the last question: its words, the question as asked again, and the draft (or its end). */
export interface MoreEvidence {
  question: string;
  effective: Understanding;
  draft: Draft;
}

/** More for `conversation`'s last question, or null when it has none. */
export function moreEvidence(served: ServedKnowledge, conversation: ConversationState): MoreEvidence | null {
  if (!conversation.lastQuestion || !conversation.lastIntent) return null;
  const u = served.reader.read(conversation.lastQuestion);
  const effective: Understanding = {
    ...u,
    terms: new Map(conversation.lastTerms),
    entities: u.entities.length > 0 ? u.entities : conversation.focus.slice(0, 1),
  };
  const ctx: Context = {
    index: served.index,
    reader: served.reader,
    conversation,
    followup: true,
    conversational: true,
    excludeShown: true,
  };
  const draft =
    (conversation.lastIntent === 'what' || conversation.lastIntent === 'why'
      ? continuation(served.index, conversation)
      : null) ?? dispatch(conversation.lastIntent, effective, ctx, conversation.focus.slice(0, 1));
  const fresh = draft && draft.evidence.length > 0 && draft.confidence >= MIN_CONFIDENCE ? draft : null;
  return {
    question: conversation.lastQuestion,
    effective,
    draft:
      fresh ?? leadOnly(conversation.lastIntent, 'That is everything the coverage has on this question.'),
  };
}
