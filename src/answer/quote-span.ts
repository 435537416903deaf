/**
 * The words around a quotation, which say what it is about: its own, its sentence's, the sentence before
 * and who recounted it. A quotation that runs over several sentences ("My students are always surprised…
 * For Mexico, Ugartechea was an officer doing his duty…") may be about what a later one names.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { evidenceTerms } from './retrieval.ts';

/** The sentences a quotation's words run over, in order (those the index holds). */
export function quotationSentences(index: KnowledgeIndex, sentenceIds: readonly string[]): Sentence[] {
  return sentenceIds.flatMap((id) => index.sentence(id) ?? []);
}

/**
 * Lemmas and entities around a quote: its words, its sentence (every one it runs over when `spanned`), the
 * sentence before, and who recounted it.
 */
export function quoteSurroundings(
  index: KnowledgeIndex,
  q: Quote,
  spanned: boolean,
): { lemmas: Set<string>; entities: Set<string> } {
  const sentence = index.sentence(q.sentenceIds[0] ?? '');
  const previous = sentence ? index.neighbour(sentence.id, -1) : null;
  const own = spanned ? quotationSentences(index, q.sentenceIds) : [sentence];
  const { lemmas, entities } = evidenceTerms([...own, previous], [q]);
  const parent = q.parentId ? index.quoteById.get(q.parentId) : undefined;
  if (parent?.speakerId) {
    entities.add(parent.speakerId);
    for (const a of index.entities.get(parent.speakerId)?.aliases ?? [])
      for (const w of a.toLowerCase().split(/\s+/)) lemmas.add(w);
  }
  return { lemmas, entities };
}
