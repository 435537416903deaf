/**
 * What the conversation remembers after an answer: the people and terms a follow-up points back to, the
 * evidence and sources shown (not shown again, read on from), the last direct answer and question, the
 * genders its pronouns may mean. An answered question moves the last topic to the prior one; a declined one
 * keeps the topic, and one declined for naming what the coverage lacks leaves none to ask on.
 */
import { focusAfter, gendersAfter } from './conversation.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import { CONTENT_INTENTS, type Answer } from './types.ts';
import type { Understanding } from './understand.ts';
import { subjectSources } from './declined-subject.ts';
import { pointsBackAsSubject } from './pointed-subject.ts';

/** The state after `answer`, shown for `draft` of `u` (asked as `question`), in `conversation`. */
export function conversationAfter(
  index: KnowledgeIndex,
  conversation: ConversationState,
  u: Understanding,
  draft: Draft,
  answer: Answer,
  question: string,
): ConversationState {
  // A question declined for want of evidence, not for naming what the coverage lacks: still the topic.
  const declined =
    !answer.answered && CONTENT_INTENTS.has(draft.answeredAs) && u.unknownSubjects.length === 0;
  // Only when no answer has shown articles yet: an answered turn's articles stay the conversation's.
  const declinedSources =
    declined && conversation.lastSources.length === 0 ? subjectSources(index, [...u.terms]) : [];
  return {
    focus: focusAfter(
      index,
      conversation,
      u.entities,
      draft,
      answer.answered,
      conversation.turns > 0 && pointsBackAsSubject(u.analysis.tokens),
    ),
    lastIntent: CONTENT_INTENTS.has(draft.answeredAs) ? draft.answeredAs : conversation.lastIntent,
    lastTerms:
      answer.answered || !CONTENT_INTENTS.has(draft.answeredAs) ? [...u.terms] : conversation.lastTerms,
    priorTerms: answer.answered ? conversation.lastTerms : conversation.priorTerms,
    // A question declined for naming what the coverage lacks ("what did Biden say?") leaves no topic to ask on.
    declinedTerms: declined ? [...u.terms] : [],
    lastYears: u.years.length > 0 ? u.years : conversation.lastYears,
    genders: gendersAfter(conversation, u),
    lastEvidence: answer.answered ? answer.sentenceIds : conversation.lastEvidence,
    priorEvidence: answer.answered ? conversation.lastEvidence : conversation.priorEvidence,
    lastDirect: answer.answered ? answer.direct : conversation.lastDirect,
    priorDirect: answer.answered ? conversation.lastDirect : conversation.priorDirect,
    // After a first decline, the articles its subject is in: "how old was he?" asks of them, not of every article.
    lastSources: answer.answered
      ? answer.citations.map((c) => c.sourceId)
      : declinedSources.length > 0
        ? declinedSources
        : conversation.lastSources,
    shownQuotes: [...conversation.shownQuotes, ...answer.quoteIds],
    shownSentences: [...conversation.shownSentences, ...answer.sentenceIds],
    lastNamed: draft.named ?? (u.entities.length > 0 ? null : conversation.lastNamed),
    lastQuestion: answer.answered ? question : conversation.lastQuestion,
    turns: conversation.turns + 1,
  };
}
