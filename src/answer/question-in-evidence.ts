/**
 * A question the article asks ("OCHOA: So why was the Navy involved?" in a transcript, "Q. What was the Army
 * doing?" in an explainer), in the evidence for a question asked in a conversation, matches the words the
 * follow-up carries, being about what the conversation is about; but a question asked is no answer: the
 * paragraph after it, where the article answers it, is shown after it, as an explanation shows it
 * (explain-following.ts). The engine (gated-answer.ts) applies it in a conversation only.
 */
import { sentenceEvidence, type Draft } from './handlers.ts';
import { ARTICLE_QUESTION, paragraphAfter } from './article-question.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * `draft` with the paragraph answering the first question its evidence shows inserted after that question,
 * leaving out sentences the draft already shows; `draft` unchanged when its evidence asks no question, or it
 * has a direct answer (which the evidence already gives).
 */
export function withQuestionAnswered(draft: Draft, index: KnowledgeIndex): Draft {
  if (draft.direct !== null) return draft;
  const at = draft.evidence.findIndex((e) => e.kind === 'sentence' && ARTICLE_QUESTION.test(e.text));
  const asked = index.sentence(draft.evidence[at]?.id ?? '');
  if (!asked) return draft;
  const answer = paragraphAfter(index, asked).filter((s) => !draft.evidence.some((e) => e.id === s.id));
  if (answer.length === 0) return draft;
  // After the rest of the question's paragraph the draft shows with it ("I thought the Navy couldn't arrest anybody.").
  let after = at + 1;
  const inParagraph = (id: string | undefined) => {
    const s = index.sentence(id ?? '');
    return s !== null && s.sourceId === asked.sourceId && s.paragraph === asked.paragraph;
  };
  while (inParagraph(draft.evidence[after]?.id)) after++;
  const evidence = [...draft.evidence];
  evidence.splice(after, 0, ...answer.map(sentenceEvidence));
  return {
    ...draft,
    evidence,
    focus: [...draft.focus, ...answer.flatMap((s) => s.mentions.map((m) => m.entityId))],
  };
}
