/**
 * A question asked on about the articles of the last answer without leaning on the conversation: short, naming
 * no one and no year, every word of it in those articles ("when did the shooting happen?", "which groups got
 * put on the list"). Those articles answer it when they can; the person the last question named is not
 * carried in, as a follow-up's pronoun would carry them.
 */
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/**
 * Words of its own a question may have and still ask on about the conversation's article: 2 and 3 answered
 * one dev question more than 1 (836 / 835 of 983) and one test question more (npm run eval).
 */
const MAX_ON_TOPIC_WORDS = 2;

/**
 * "When did the shooting happen?", "which groups got put on the list" after an answer from an article: a
 * short question naming no one and no year, every word of which the articles of the last answer hold, asks
 * on about them rather than about the whole coverage. It asks about the article, not the person the last
 * question named, so nothing else of that question is carried.
 */
export function staysOnTopic(
  index: KnowledgeIndex,
  conversation: ConversationState,
  u: Understanding,
): boolean {
  if (conversation.lastSources.length === 0 || u.entities.length > 0 || u.years.length > 0) return false;
  const known = u.content.filter((l) => index.vocabulary.has(l));
  if (known.length === 0 || known.length > MAX_ON_TOPIC_WORDS) return false;
  return known.every(
    (l) =>
      rankSentences(index, new Map([[l, 1]]), { onlySources: conversation.lastSources, limit: 1 }).length > 0,
  );
}

/**
 * Weight of the last question's words beside a question asked on about its articles, which must lead: 0.15
 * answered 836 of 983 dev questions, 0 834 (the list a designation put cartels on), 0.3 and 0.5 835 (the last
 * answer's person pulls the evidence back to it); test 644 of 1043 at each (npm run eval).
 */
const ON_TOPIC_CARRY = 0.15;

/** `u` with the last question's words (not its names) carried at {@link ON_TOPIC_CARRY}. */
export function onTopicOf(u: Understanding, conversation: ConversationState): Understanding {
  const terms = new Map(u.terms);
  for (const [t, w] of conversation.lastTerms)
    if (!t.startsWith(ENTITY_TERM) && !terms.has(t)) terms.set(t, w * ON_TOPIC_CARRY);
  return { ...u, terms };
}
