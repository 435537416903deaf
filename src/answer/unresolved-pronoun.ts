/**
 * "How old was he?" when no person of the conversation is a "he": the pronoun still means someone in what the
 * conversation was about, never a person of an article no turn touched, so the question is asked only of the
 * conversation's articles.
 */
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understanding.ts';

/**
 * True when follow-up `u` points with "he" or "she" to no one its conversation named (`focus` is what the
 * pronoun resolved to) and names no one itself, in a conversation with articles to ask it of.
 */
export function pronounOnlyOfConversation(
  u: Understanding,
  followup: boolean,
  focus: readonly string[],
  conversation: ConversationState,
): boolean {
  return (
    followup &&
    (u.pronoun === 'male' || u.pronoun === 'female') &&
    focus.length === 0 &&
    u.entities.length === 0 &&
    conversation.lastSources.length > 0
  );
}
