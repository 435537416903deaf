/**
 * Which of the last answer's sentences a follow-up asking for another figure must pass over: only those
 * holding the figure the last answer gave. After an answer that gave no figure ("what was he convicted of?"
 * → "…taking $18,500 from a smuggling ring"), a figure its sentence holds is still unseen as an answer, and
 * "how much did they pay him?" asks exactly that.
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';

/**
 * The last answer's sentences whose figures include the one that answer gave (its direct answer, "15,000
 * troops"); empty when it gave none, so that its sentences stay candidates for a figure not yet given.
 */
export function sentencesOfShownFigure(
  index: Pick<KnowledgeIndex, 'numbersBySentence'>,
  conversation: Pick<ConversationState, 'lastEvidence' | 'lastDirect'>,
): Set<string> {
  const given = conversation.lastDirect?.toLowerCase() ?? '';
  if (given === '') return new Set();
  return new Set(
    conversation.lastEvidence.filter((id) =>
      (index.numbersBySentence.get(id) ?? []).some(
        (n) => n.text !== '' && given.includes(n.text.toLowerCase()),
      ),
    ),
  );
}
