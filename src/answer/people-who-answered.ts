/**
 * "Who organized the Minuteman Project?" → "Organizers Jim Gilchrist … and Chris Simcox … had predicted more
 * than 1,000 volunteers" → "and how many people did they say would show up?": the people a who-answer's
 * sentence named together are whom a following "they" means, before a body the question asked by.
 */
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';

/** Fewest people an answer must name together for "they" to mean them. */
const MIN_PEOPLE = 2;

/**
 * The people the last answer (an answered who-question's) named beside the one it answered with: every person
 * in the sentences of its evidence that name the person first in focus, in the order named, none the question
 * asked by. `null` when they are fewer than two.
 */
export function peopleWhoAnswered(index: KnowledgeIndex, conversation: ConversationState): string[] | null {
  if (conversation.lastIntent !== 'who' || conversation.declinedTerms.length > 0) return null;
  const first = conversation.focus[0];
  if (first === undefined || index.entities.get(first)?.type !== 'person') return null;
  const asked = new Set(conversation.lastTerms.map(([t]) => t));
  const people: string[] = [];
  for (const id of conversation.lastEvidence) {
    const mentions = index.sentence(id)?.mentions ?? [];
    if (!mentions.some((m) => m.entityId === first)) continue;
    for (const { entityId } of mentions)
      if (
        !people.includes(entityId) &&
        !asked.has(ENTITY_TERM + entityId) &&
        index.entities.get(entityId)?.type === 'person'
      )
        people.push(entityId);
  }
  return people.length >= MIN_PEOPLE && people.includes(first) ? people : null;
}
