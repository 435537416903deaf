/**
 * Questions about the conversation's last answers themselves, answered from them without a search: "which was
 * bigger?" of the figures they gave, "about what?" of the article they came from, "both numbers pls".
 */
import type { Draft } from './handlers.ts';
import {
  asksForBoth,
  asksWhatAbout,
  asksWhichSize,
  bothAnswers,
  ledeOfLastAnswer,
  sizeOfLastAnswers,
} from './conversation.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understand.ts';

/** The reply to `u` when it asks about the last answers and they can give it, else null. */
export function replyAboutLastAnswers(
  u: Understanding,
  index: KnowledgeIndex,
  conversation: ConversationState,
): Draft | null {
  const size = asksWhichSize(u);
  if (size) {
    const sized = sizeOfLastAnswers(index, conversation, size);
    if (sized) return sized;
  }
  if (asksWhatAbout(u)) {
    const lede = ledeOfLastAnswer(index, conversation);
    if (lede) return lede;
  }
  if (asksForBoth(u, conversation)) {
    const both = bothAnswers(index, conversation);
    if (both) return both;
  }
  return null;
}
