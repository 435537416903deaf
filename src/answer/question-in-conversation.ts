/**
 * A question as read in its conversation: a word of tone before its asking word left out, the pronoun of
 * "who is she?" read as the person the last answer named, and a message that is only a person's name read as
 * asking who they are.
 */
import { namingPronoun, type FollowupReading } from './conversation.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { leadingAside, mayOpenWithAside } from './leading-aside.ts';
import type { ConversationState } from './memory.ts';
import { asksIdentity, namesOnlyPerson } from './question-frames.ts';
import type { AnswerIntent, Intent } from './types.ts';
import type { QuestionReader, Understanding } from './understand.ts';

/** A question read in its conversation, as the gates and the drafts take it. */
export interface QuestionInConversation {
  /** The words asked: without a leading aside, a pronoun of "who is she?" read as the person named. */
  asked: string;
  /** The question to answer: `asked` as read, or "who is …" of a message that only names a person. */
  u: Understanding;
  /** True when `u` is `asked` as read (not a name read as "who is …"). */
  asWritten: boolean;
  /** The question as answered: `u` with a follow-up's topic. */
  effective: Understanding;
  intent: AnswerIntent;
  /** The intent the answer is shown as: `followup` for a follow-up. */
  surface: Intent;
  /** How the question leans on the conversation. */
  reading: FollowupReading;
  /** The entities asked about: a titled person of the conversation first, then the follow-up's focus. */
  focus: readonly string[];
  /** The conversation as a follow-up reads its topic (`topicAfterDecline`). */
  topic: ConversationState;
  conversation: ConversationState;
  /** True when the conversation has a last question to lean on. */
  hasContext: boolean;
  /** The words of the question's message around it, if any. */
  context: string | null;
}

/**
 * Reads `question` with the words of its message around it (`context`) in `conversation`; `hasContext` when
 * the conversation has a last question to lean on. `first` for a message's first question: naming nothing,
 * it asks about the sentences before it (`QuestionReader.read`'s `aboutContext`); a later one asks about the
 * parts before it, which the gates find its story in (gated-answer.ts).
 */
export function readInConversation(
  question: string,
  context: string | null,
  conversation: ConversationState,
  hasContext: boolean,
  served: { reader: QuestionReader; index: KnowledgeIndex },
  first = true,
): Pick<QuestionInConversation, 'asked' | 'u' | 'asWritten'> {
  const { reader, index } = served;
  // "wtf did the marines…": a word of tone before the asking word is no part of what is asked.
  const bare = mayOpenWithAside(question)
    ? leadingAside(question, reader.analyseAsked(question), (w) => reader.isEnglishWord(w)).question
    : question;
  const asked =
    hasContext && conversation.lastNamed && asksIdentity(bare)
      ? namingPronoun(bare, conversation.lastNamed)
      : bare;
  const read = reader.read(asked, context, hasContext ? conversation.lastSources : [], first);
  // "marchetti?": a message that is only a person's name asks who they are.
  const u = namesOnlyPerson(read, index)
    ? reader.read(`who is ${read.text}`, context, hasContext ? conversation.lastSources : [], first)
    : read;
  return { asked, u, asWritten: read === u };
}
