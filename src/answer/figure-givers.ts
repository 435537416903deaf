/**
 * Who gives a figure: the people a sentence names (by name or pronoun). Two statements of one figure set
 * against each other are two givers' ("Dr. Cantú counts seven Texans killed … Glen McNeil: ten of ours were
 * killed"), not one giver's figures of two things ("… seven Texans killed. For the Mexican garrison, she
 * says, the figures run from five killed to thirty-five").
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** The people a sentence names, by name or pronoun. */
function peopleNamed(index: KnowledgeIndex, s: Sentence): Set<string> {
  return new Set(s.mentions.map((m) => m.entityId).filter((id) => index.entities.get(id)?.type === 'person'));
}

/**
 * True when two sentences each name people and name the same ones: their figures are one giver's. Sentences
 * naming no one say nothing of who gives them.
 */
export function oneGiver(index: KnowledgeIndex, a: Sentence, b: Sentence): boolean {
  const first = peopleNamed(index, a);
  const second = peopleNamed(index, b);
  return first.size > 0 && first.size === second.size && [...first].every((id) => second.has(id));
}
