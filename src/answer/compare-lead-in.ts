/**
 * A sentence that leads into a compared person's words without giving them: "She puts the cotton far higher
 * than the Captain does. 'There were a thousand bales if there was one…'" The lead-in says that the two
 * differ; what she says, the figure or the view set against the other's, is the quotation after it.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import { quoteEvidence } from './handlers.ts';
import type { Evidence } from './types.ts';

/**
 * The quotation that follows a shown sentence in its paragraph when the sentence holds no quotation of its
 * own and the quotation is the words of a person it names of `people` (the compared ones); `null` otherwise.
 */
export function quotedAfterLeadIn(
  index: KnowledgeIndex,
  e: Evidence,
  people: readonly string[],
): Evidence | null {
  if (e.kind !== 'sentence') return null;
  const sentence = index.sentence(e.id);
  const next = index.neighbour(e.id, 1);
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return null;
  // A quotation is read with the sentence that names its speaker, so the lead-in may list the one after it.
  const wordsIn = (text: string) =>
    (index.quotesBySentence.get(e.id) ?? []).some((q) => text.includes(q.text));
  if (wordsIn(sentence.text)) return null;
  const named = new Set(sentence.mentions.map((m) => m.entityId).filter((id) => people.includes(id)));
  const words = index.quotesBySentence
    .get(next.id)
    ?.find((q) => q.speakerId !== null && named.has(q.speakerId) && next.text.includes(q.text));
  return words ? quoteEvidence(index, words) : null;
}
