/**
 * The answer engine: a question and a user in, a sourced, extractive {@link Answer} out. Built once with
 * the knowledge, the NLP pipeline and the store; `swap` replaces the knowledge atomically on a refresh.
 */
import type Keyv from 'keyv';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Nlp } from '../nlp/pipeline.ts';
import { shownAnswer } from './shown-answer.ts';
import { conversationAfter } from './conversation-after.ts';
import { tersely } from './fit.ts';
import type { Draft } from './handlers.ts';
import { answerTimeline } from './timeline.ts';
import { wrongRange } from './timeline-range.ts';
import { ConversationMemory, type ConversationState } from './memory.ts';
import { planQuestion } from './parts.ts';
import { storyOfMessage } from './message-story.ts';
import { partsWithPreamble } from './preamble-parts.ts';
import { withQuestionAskedAgain } from './elided-question.ts';
import { titledPersonOf } from './titled-person.ts';
import { joinAnswers, PART_OVERHEAD } from './join.ts';
import { suggestionsFor } from './catalogue.ts';
import {
  asksForMore,
  genderInConversation,
  readFollowup,
  topicAfterDecline,
  withContext,
} from './conversation.ts';
import {
  cannedAnswer,
  helpAnswer,
  plainAnswer,
  sourcesAnswer,
  suggestQuestions,
  suggestSpeakers,
} from './replies.ts';
import { partsAsWritten } from './spanish-reply.ts';
import type { SpanishReader } from './spanish.ts';
import { asksOnePerson } from './keyword-person.ts';
import { cleanQuestion } from './text.ts';
import {
  CONTENT_INTENTS,
  MAX_ANSWER_TEXT,
  type Answer,
  type AnswerIntent,
  type AskOptions,
  type Intent,
} from './types.ts';
import type { EngineData, Understanding } from './understand.ts';
import {
  answeredAlone,
  serveKnowledge,
  spanishReaderFor,
  standaloneContext,
  type ServedKnowledge,
} from './served-knowledge.ts';
import { readInConversation, type QuestionInConversation } from './question-in-conversation.ts';
import { replyAboutLastAnswers } from './about-last-answers.ts';
import { subjectDecline } from './subject-gate.ts';
import { draftedReply, type DecidedReply, type MessagePart } from './question-drafting.ts';
import { moreEvidence } from './more-evidence.ts';
import { besideAnswers } from './part-beside.ts';

export interface EngineOptions {
  kb: KnowledgeBase;
  nlp: Nlp;
  data: EngineData;
  store: Keyv;
  conversationTtlMs?: number;
  onStoreError?: (error: unknown) => void;
}

/** Sources listed by name; the rest are counted, so the reply stays within Discord's limits. */
export { MAX_AUTOCOMPLETE_CHOICES } from './replies.ts';
/** How a reply is framed: its length budget, whether its own words are in Spanish, and its message part. */
interface Frame extends MessagePart {
  budget: number;
  spanish: boolean;
  /**
   * A part asked again (see part-beside.ts): the conversation as the part was first asked in; what it gives is
   * remembered only for the message's last part (`last`), as a first asking is.
   */
  again?: ConversationState;
  last?: boolean;
}

const ENGLISH: Frame = { budget: MAX_ANSWER_TEXT, spanish: false };

/** Answers questions from the knowledge; see the module header. */
export class AnswerEngine {
  #loaded: ServedKnowledge;
  readonly #memory: ConversationMemory;
  /** Reads Spanish questions; independent of the knowledge, so built once. */
  readonly #spanish: SpanishReader | null;
  /** The person nouns and titles a preamble's person is read with; the same data for every question. */
  readonly #people: { heads: NonNullable<EngineData['personHeads']>; titleSet: Set<string> };

  constructor(private readonly options: EngineOptions) {
    this.#loaded = this.#load(options.kb);
    this.#memory = new ConversationMemory(options.store, options.conversationTtlMs, options.onStoreError);
    this.#people = {
      heads: options.data.personHeads ?? new Map(),
      titleSet: new Set(options.data.titles ?? []),
    };
    this.#spanish = spanishReaderFor(options.data, () => this.#loaded);
  }

  /** The knowledge being served. */
  get knowledge(): KnowledgeBase {
    return this.#loaded.index.kb;
  }

  /** How a question is read (for `ask --json` and debugging): the words, intent, entities and unknowns. */
  read(
    question: string,
  ): Pick<
    Understanding,
    | 'text'
    | 'intent'
    | 'entities'
    | 'content'
    | 'unknown'
    | 'unknownSubjects'
    | 'years'
    | 'corrections'
    | 'terms'
  > {
    const { text, intent, entities, content, unknown, unknownSubjects, years, corrections, terms } =
      this.#loaded.reader.read(question);
    return { text, intent, entities, content, unknown, unknownSubjects, years, corrections, terms };
  }

  /** Indexes `kb` off to the side, then serves it; questions in flight finish on the old index. */
  swap(kb: KnowledgeBase): void {
    this.#loaded = this.#load(kb);
  }

  #load(kb: KnowledgeBase): ServedKnowledge {
    return serveKnowledge(kb, this.options.nlp, this.options.data);
  }

  /**
   * Answers a message in the user's conversation: each question it asks in turn (see {@link planQuestion}),
   * the answers joined. Never throws for any input.
   */
  async ask(question: string, options: AskOptions): Promise<Answer> {
    const cleaned = cleanQuestion(question);
    const spanishReader = this.#spanish;
    const spanish = spanishReader !== null && spanishReader.isSpanish(cleaned);
    const english = spanish ? spanishReader.translate(cleaned) : cleaned;
    // "What did Brewer say about the troops? And McCain?": the question asked again is spelled out.
    const analyse = (t: string) => this.#loaded.reader.analyseAsked(t);
    const planned = planQuestion(withQuestionAskedAgain(english, analyse), analyse);
    // "I saw the Port Isabel mayor on TV… What did the mayor say?": the preamble places who is asked about.
    const plan = partsWithPreamble(planned, this.#loaded.reader, this.#people.heads, this.#people.titleSet);
    if (plan.parts.length === 1)
      return this.#askOne(plan.parts[0] ?? '', plan.context, options, { budget: MAX_ANSWER_TEXT, spanish });
    const budget = Math.floor((MAX_ANSWER_TEXT - PART_OVERHEAD * plan.parts.length) / plan.parts.length);
    const story = storyOfMessage(
      this.#loaded.index,
      plan.parts.map((p) => this.#loaded.reader.read(p).terms),
    );
    const answers: Answer[] = [];
    const frames: Frame[] = [];
    // Each part reads the message's other parts as context: "how much did Obama ask for and what will the
    // troops do?" asks about Obama's troops.
    for (const part of plan.parts) {
      const context = [plan.context, ...plan.parts.filter((p) => p !== part)].filter((c) => c !== null);
      const earlier = {
        sentences: answers.flatMap((a) => a.sentenceIds),
        quotes: answers.flatMap((a) => a.quoteIds),
        sources: [...new Set(answers.flatMap((a) => a.citations.map((c) => c.sourceId)))],
      };
      const frame: Frame = {
        budget,
        spanish,
        earlier,
        story,
        ...(answers.length > 0 ? { ownContext: plan.context } : { laterParts: plan.parts.slice(1) }),
      };
      const last = frames.length === plan.parts.length - 1;
      frames.push({ ...frame, again: await this.#memory.load(options.userId), last });
      answers.push(await this.#askOne(part, context.join(' '), options, frame));
    }
    // A part that found nothing, asked again in the articles another part was answered from.
    const beside = besideAnswers(answers);
    for (const [i, part] of plan.parts.entries()) {
      const found = beside[i];
      const frame = frames[i];
      if (!found || !frame) continue;
      const context = [plan.context, ...plan.parts.filter((p) => p !== part)].filter((c) => c !== null);
      const again = await this.#askOne(part, context.join(' '), options, {
        ...frame,
        story: found.sources,
        beside: found.sentences,
      });
      if (again.answered) answers[i] = again;
    }
    // A Spanish message's parts are headed as the person wrote them, when they split the same way.
    const headings = (spanish && partsAsWritten(cleaned, plan.parts.length)) || planned.parts;
    return joinAnswers(headings, answers, spanish ? 'es' : 'en');
  }

  async #askOne(
    question: string,
    context: string | null,
    options: AskOptions,
    frame: Frame,
  ): Promise<Answer> {
    const loaded = this.#loaded;
    const conversation = frame.again ?? (await this.#memory.load(options.userId));
    const hasContext = conversation.turns > 0 && conversation.lastIntent !== null;
    const { asked, u, asWritten } = readInConversation(
      question,
      context,
      conversation,
      hasContext,
      loaded,
      frame.ownContext === undefined,
    );
    if (u.text === '') return this.help(true);
    if (hasContext && asksForMore(u)) {
      return this.#more(loaded, conversation, options.userId, 'followup');
    }
    if (u.intent === 'greeting' && u.content.filter((l) => loaded.index.vocabulary.has(l)).length === 0)
      return this.#canned(THANKS.test(u.text) ? 'thanks' : 'greeting');
    if (u.intent === 'help') return this.help(false);
    if (u.intent === 'sources') return this.sources();

    const reading = readFollowup(
      loaded.index,
      conversation,
      u,
      hasContext,
      genderInConversation(conversation, (id) => loaded.reader.genderOf(id)),
      context === null,
      (noun) => loaded.reader.data.personHeads?.get(noun) ?? null,
    );
    const { followup, andForm, carriedIntent } = reading;
    // "What did the colonel tell him?": the one of the conversation's articles who holds the office asked of.
    const titled = followup ? titledPersonOf(u, loaded.index, loaded.reader, conversation.lastSources) : null;
    const focus = titled ? [titled, ...reading.focus.filter((id) => id !== titled)] : reading.focus;
    // "czar shaft hoist man?": one person named by what they are is asked for, not counted.
    const counted =
      tersely(u, loaded.index) &&
      !asksOnePerson(u, (l) => loaded.reader.countsPeople(l), loaded.reader.data.wordnet);
    const intent: AnswerIntent = carriedIntent ?? u.intent ?? (counted ? 'count' : 'what');
    const aboutLast = hasContext ? replyAboutLastAnswers(u, loaded.index, conversation) : null;
    if (aboutLast)
      return this.#finish(loaded, options.userId, conversation, u, 'followup', aboutLast, u.text, frame);
    const topic = topicAfterDecline(conversation);
    const q = {
      asked,
      u,
      asWritten,
      effective: followup ? withContext(u, topic, focus, andForm) : u,
      intent,
      surface: followup ? 'followup' : intent,
      reading,
      focus,
      topic,
      conversation,
      hasContext,
      context,
    } satisfies QuestionInConversation;
    const reply: DecidedReply = subjectDecline(q, loaded, options) ?? draftedReply(q, loaded, frame, options);
    return this.#finish(
      loaded,
      options.userId,
      conversation,
      reply.understanding,
      reply.surface,
      reply.draft,
      u.text,
      frame,
    );
  }

  /** The next-best evidence for the user's last question, not yet shown. */
  async more(userId: string): Promise<Answer> {
    const conversation = await this.#memory.load(userId);
    return this.#more(this.#loaded, conversation, userId, 'followup');
  }

  async #more(
    loaded: ServedKnowledge,
    conversation: ConversationState,
    userId: string,
    surface: Intent,
  ): Promise<Answer> {
    const more = moreEvidence(loaded, conversation);
    if (!more) return this.help(false);
    return this.#finish(loaded, userId, conversation, more.effective, surface, more.draft, more.question);
  }

  /** Quotations of one speaker (an entity id or any alias), optionally on a topic. */
  async quotes(speaker: string, topic: string | null, options: AskOptions): Promise<Answer> {
    const name = this.#loaded.index.entities.get(speaker)?.name ?? speaker;
    return this.ask(`What did ${name} say${topic ? ` about ${topic}` : ''}?`, options);
  }

  /** Dated events between two optional bounds (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  timeline(from: string | null, to: string | null): Answer {
    const loaded = this.#loaded;
    const wrong = wrongRange(from, to);
    if (wrong !== null) return plainAnswer('timeline', wrong);
    const ctx = standaloneContext(loaded);
    const draft = answerTimeline(ctx, { from, to });
    if (!draft) return plainAnswer('timeline', 'The coverage has no dated events in that range.');
    return this.#toAnswer(loaded, 'timeline', draft);
  }

  /** What the bot knows: each source with outlet, date, link and counts. */
  sources(): Answer {
    return sourcesAnswer(this.#loaded.index, this.#loaded.catalogue);
  }

  /** What the bot does, with examples; `commands` is the line naming the commands where the help is read. */
  help(empty = false, commands: string = DISCORD_COMMANDS): Answer {
    return helpAnswer(this.#loaded.catalogue, empty, commands);
  }

  #canned(kind: 'greeting' | 'thanks'): Answer {
    return cannedAnswer(this.#loaded.catalogue, kind);
  }

  /** Up to {@link MAX_AUTOCOMPLETE_CHOICES} answerable questions matching what is typed. */
  suggestQuestions(typed: string): string[] {
    return suggestQuestions(this.#loaded.catalogue, typed);
  }

  /** Speakers (people and bodies quoted in the coverage) matching what is typed, by name or alias. */
  suggestSpeakers(typed: string): Array<{ name: string; value: string }> {
    return suggestSpeakers(this.#loaded.index, typed);
  }

  #toAnswer(
    loaded: ServedKnowledge,
    surface: Intent,
    original: Draft,
    frame: Frame = ENGLISH,
    content: readonly string[] = [],
  ): Answer {
    return shownAnswer(
      loaded.index,
      surface,
      original,
      frame,
      (draft, answered) => suggestionsFor(loaded, draft, answered).filter((q) => answeredAlone(loaded, q)),
      content,
    );
  }

  async #finish(
    loaded: ServedKnowledge,
    userId: string,
    conversation: ConversationState,
    u: Understanding,
    surface: Intent,
    draft: Draft,
    question: string = u.text,
    frame: Frame = ENGLISH,
  ): Promise<Answer> {
    const answer = this.#toAnswer(loaded, surface, draft, frame, u.content);
    const next = conversationAfter(loaded.index, conversation, u, draft, answer, question);
    if (
      (CONTENT_INTENTS.has(draft.answeredAs) || draft.answeredAs === 'out_of_scope') &&
      (!frame.again || frame.last)
    )
      await this.#memory.save(userId, next);
    return answer;
  }
}

/** The commands line of the help in Discord; the terminal chat passes its own. */
export const DISCORD_COMMANDS = 'Commands: /ask, /quote, /timeline, /sources, /help.';
/** Thanks, as a greeting is read ("thx" reads as "thanks"): answered with a thank-you, not a hello. */
const THANKS = /^\W*(thanks|thank you|cheers|ty|much appreciated)\b/i;
