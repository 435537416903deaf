/**
 * "Who pardoned Flipper?" → "President Clinton…" → "when did he do it?": the person a who-question's answer
 * just named is the new subject, so a following "he" or "she" means them before a person the question itself
 * named, even when the coverage never gives them a pronoun of their own.
 */
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';

/** A person's gender as far as the conversation knows it (`null`: not known). */
type GenderOf = (id: string) => 'male' | 'female' | null;

/**
 * The person the last answer (an answered who-question's) named, whom a following he/she means: first in focus, not
 * one the question asked by, shown in the answer's evidence, and of no gender the coverage knows (one of the
 * pronoun's gender is found first in focus anyway; one of the other is never meant). `null` otherwise.
 */
export function personWhoAnswered(
  index: KnowledgeIndex,
  conversation: ConversationState,
  genderOf: GenderOf,
): string | null {
  if (conversation.lastIntent !== 'who' || conversation.declinedTerms.length > 0) return null;
  const first = conversation.focus[0];
  if (first === undefined || index.entities.get(first)?.type !== 'person' || genderOf(first) !== null)
    return null;
  if (conversation.lastTerms.some(([t]) => t === ENTITY_TERM + first)) return null;
  const shown = conversation.lastEvidence.some((id) =>
    index.sentence(id)?.mentions.some((m) => m.entityId === first),
  );
  return shown ? first : null;
}
