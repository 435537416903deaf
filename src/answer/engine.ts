/**
 * The answer engine: a question and a user in, a sourced, extractive {@link Answer} out. Built once with
 * the knowledge, the NLP pipeline and the store; `swap` replaces the knowledge atomically on a refresh.
 */
import type Keyv from 'keyv';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Nlp } from '../nlp/pipeline.ts';
import { shownAnswer } from './shown-answer.ts';
import { conversationAfter } from './conversation-after.ts';
import { gatedAnswer } from './gated-answer.ts';
import { tersely } from './fit.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import { answerTimeline } from './timeline.ts';
import { wrongRange } from './timeline-range.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { ConversationMemory, emptyConversation, type ConversationState } from './memory.ts';
import { answerCompared } from './comparison.ts';
import { picksAmongLast, pickFromLastAnswer } from './which-of-those.ts';
import { pointsToLastThing } from './thing-reference.ts';
import { firstDraft } from './retry-drafts.ts';
import { dispatch } from './dispatch.ts';
import { onTopicOf } from './on-topic.ts';
import { planQuestion } from './parts.ts';
import { storyOfMessage } from './message-story.ts';
import { partsWithPreamble } from './preamble-parts.ts';
import { withQuestionAskedAgain } from './elided-question.ts';
import { titledPersonOf } from './titled-person.ts';
import { leadingAside, mayOpenWithAside } from './leading-aside.ts';
import { asksIdentity, namesOnlyPerson } from './question-frames.ts';
import { joinAnswers, PART_OVERHEAD, type ShownEvidence } from './join.ts';
import { buildCatalogue, describeCoverage, suggestionsFor } from './catalogue.ts';
import {
  asksForBoth,
  asksForMore,
  asksWhatAbout,
  asksWhichSize,
  bothAnswers,
  continuation,
  genderInConversation,
  ledeOfLastAnswer,
  namingPronoun,
  readFollowup,
  sizeOfLastAnswers,
  topicAfterDecline,
  withContext,
} from './conversation.ts';
import {
  cannedAnswer,
  helpAnswer,
  leadOnly,
  notCovered,
  outOfScope,
  plainAnswer,
  sourcesAnswer,
  suggestQuestions,
  suggestSpeakers,
} from './replies.ts';
import { partsAsWritten } from './spanish-reply.ts';
import { SpanishReader } from './spanish.ts';
import { asksOnePerson } from './keyword-person.ts';
import { personNameTails } from './person-name-tails.ts';
import { cleanQuestion } from './text.ts';
import {
  CONTENT_INTENTS,
  MAX_ANSWER_TEXT,
  type Answer,
  type AnswerIntent,
  type AskOptions,
  type Intent,
} from './types.ts';
import { QuestionReader, type EngineData, type Understanding } from './understand.ts';
import { pronounOnlyOfConversation } from './unresolved-pronoun.ts';

export interface EngineOptions {
  kb: KnowledgeBase;
  nlp: Nlp;
  data: EngineData;
  store: Keyv;
  conversationTtlMs?: number;
  onStoreError?: (error: unknown) => void;
}

interface Loaded {
  index: KnowledgeIndex;
  reader: QuestionReader;
  catalogue: string[];
  /** The sources in a phrase, for declines. */
  coverage: string;
  /** Whether a suggested question is answered, asked on its own; filled as suggestions are made. */
  answerable: Map<string, boolean>;
}

/** Sources listed by name; the rest are counted, so the reply stays within Discord's limits. */
export { MAX_AUTOCOMPLETE_CHOICES } from './replies.ts';
/** How a reply is framed: its length budget, and whether its own words are in Spanish. */
interface Frame {
  budget: number;
  spanish: boolean;
  /** The evidence the message's earlier parts showed (a two-part message's second part), if any. */
  earlier?: ShownEvidence;
  /** A later part's message context without the message's other parts; unset for a message's first part. */
  ownContext?: string | null;
  /** The one article a message's parts together point to (`storyOfMessage`), if any. */
  story?: readonly string[];
}

const ENGLISH: Frame = { budget: MAX_ANSWER_TEXT, spanish: false };

/** The decline of a question asking the bot's own judgement: it reports the coverage, it does not judge. */
const OPINION: Draft = leadOnly(
  'out_of_scope',
  "I don't give opinions or take sides: I report what the coverage says and who said what. Ask me what someone in the coverage said about it, or use /quote.",
);

/** Each index's test of a person's name, for the Spanish reader. */
const PERSON_NAMES = new WeakMap<KnowledgeIndex, (words: readonly string[]) => boolean>();

/** Answers questions from the knowledge; see the module header. */
export class AnswerEngine {
  #loaded: Loaded;
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
    this.#spanish = options.data.spanish
      ? new SpanishReader(
          options.data.spanish,
          (w) => this.#loaded.index.vocabulary.has(w),
          (w) => options.data.vectors?.has(w) ?? false,
          (w, context) => this.#loaded.index.together(w, context),
          (w) => this.#loaded.index.spelling(w),
          (w) => this.#loaded.index.isOneWordName(w),
          (w) => options.data.spanishWords?.has(w) ?? false,
          (words) => this.#personNames(words),
          options.data.spanishDictionary ?? null,
          (w) => options.data.wordnet?.synonymsOf(w) ?? [],
        )
      : null;
  }

  /** Whether folded words name a person of the knowledge served (see `person-name-tails.ts`), built on first use. */
  #personNames(words: readonly string[]): boolean {
    const index = this.#loaded.index;
    let test = PERSON_NAMES.get(index);
    if (!test) PERSON_NAMES.set(index, (test = personNameTails(index.entities.values())));
    return test(words);
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

  #load(kb: KnowledgeBase): Loaded {
    const index = new KnowledgeIndex(kb);
    const reader = new QuestionReader(this.options.nlp, index, this.options.data);
    return {
      index,
      reader,
      catalogue: buildCatalogue(index),
      coverage: describeCoverage(index),
      answerable: new Map(),
    };
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
    const planned = planQuestion(withQuestionAskedAgain(english, (t) => this.#loaded.reader.analyseAsked(t)));
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
    // Each part reads the message's other parts as context: "how much did Obama ask for and what will the
    // troops do?" asks about Obama's troops.
    for (const part of plan.parts) {
      const context = [plan.context, ...plan.parts.filter((p) => p !== part)].filter((c) => c !== null);
      const earlier = {
        sentences: answers.flatMap((a) => a.sentenceIds),
        quotes: answers.flatMap((a) => a.quoteIds),
        sources: [...new Set(answers.flatMap((a) => a.citations.map((c) => c.sourceId)))],
      };
      answers.push(
        await this.#askOne(part, context.join(' '), options, {
          budget,
          spanish,
          earlier,
          story,
          ...(answers.length > 0 ? { ownContext: plan.context } : {}),
        }),
      );
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
    const conversation = await this.#memory.load(options.userId);
    const hasContext = conversation.turns > 0 && conversation.lastIntent !== null;
    // "wtf did the marines…": a word of tone before the asking word is no part of what is asked.
    const bare = mayOpenWithAside(question)
      ? leadingAside(question, loaded.reader.analyseAsked(question), (w) => loaded.reader.isEnglishWord(w))
          .question
      : question;
    const asked =
      hasContext && conversation.lastNamed && asksIdentity(bare)
        ? namingPronoun(bare, conversation.lastNamed)
        : bare;
    const read = loaded.reader.read(asked, context, hasContext ? conversation.lastSources : []);
    // "marchetti?": a message that is only a person's name asks who they are.
    const u = namesOnlyPerson(read, loaded.index)
      ? loaded.reader.read(`who is ${read.text}`, context, hasContext ? conversation.lastSources : [])
      : read;
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
    const { followup, andForm, carriedIntent, onTopic } = reading;
    // "What did the colonel tell him?": the one of the conversation's articles who holds the office asked of.
    const titled = followup ? titledPersonOf(u, loaded.index, loaded.reader, conversation.lastSources) : null;
    const focus = titled ? [titled, ...reading.focus.filter((id) => id !== titled)] : reading.focus;
    // "czar shaft hoist man?": one person named by what they are is asked for, not counted.
    const counted =
      tersely(u, loaded.index) &&
      !asksOnePerson(u, (l) => loaded.reader.countsPeople(l), loaded.reader.data.wordnet);
    const intent: AnswerIntent = carriedIntent ?? u.intent ?? (counted ? 'count' : 'what');
    const size = hasContext ? asksWhichSize(u) : null;
    if (size) {
      const sized = sizeOfLastAnswers(loaded.index, conversation, size);
      if (sized)
        return this.#finish(loaded, options.userId, conversation, u, 'followup', sized, u.text, frame);
    }
    if (hasContext && asksWhatAbout(u)) {
      const lede = ledeOfLastAnswer(loaded.index, conversation);
      if (lede) return this.#finish(loaded, options.userId, conversation, u, 'followup', lede, u.text, frame);
    }
    if (hasContext && asksForBoth(u, conversation)) {
      const both = bothAnswers(loaded.index, conversation);
      if (both) return this.#finish(loaded, options.userId, conversation, u, 'followup', both, u.text, frame);
    }
    const topic = topicAfterDecline(conversation);
    const effective = followup ? withContext(u, topic, focus, andForm) : u;
    const surfaceIntent: Intent = followup ? 'followup' : intent;

    const known = effective.content.filter(
      (l) =>
        loaded.index.vocabulary.has(l) ||
        loaded.reader.synonymsOf(l).some((s) => loaded.index.vocabulary.has(s)),
    );
    // "…Black troopers getting shot at in some Arizona border town. Which regiment was that?": a question
    // pointing back to the words of its own message has their subject.
    const subjectInMessage =
      known.length === 0 && context !== null && u.terms.size > 0
        ? [...u.terms.keys()].some((t) => !effective.content.includes(t) && loaded.index.vocabulary.has(t))
        : false;
    const hasSubject =
      known.length > 0 ||
      effective.entities.length > 0 ||
      focus.length > 0 ||
      u.outletSourceIds.length > 0 ||
      subjectInMessage;
    if (u.offTopic || (!followup && !hasSubject && intent !== 'timeline')) {
      return this.#finish(
        loaded,
        options.userId,
        conversation,
        u,
        surfaceIntent === 'followup' ? 'followup' : 'out_of_scope',
        this.#outOfScope(loaded),
        u.text,
        frame,
      );
    }
    if (u.opinion)
      return this.#finish(loaded, options.userId, conversation, u, surfaceIntent, OPINION, u.text, frame);
    const unknownSubject = u.unknownSubjects.length > 0 && !options.skipGates?.includes('unknown-subject');
    if (unknownSubject || u.years.some((y) => !loaded.index.coveredYears.has(y))) {
      options.trace?.(unknownSubject ? 'unknown-subject' : 'uncovered-year');
      const draft =
        known.length === 0 && effective.entities.length === 0
          ? this.#outOfScope(loaded)
          : this.#notCovered(loaded, intent);
      return this.#finish(
        loaded,
        options.userId,
        conversation,
        effective,
        surfaceIntent,
        draft,
        u.text,
        frame,
      );
    }

    const ctx: Context = {
      index: loaded.index,
      reader: loaded.reader,
      conversation,
      followup,
      conversational: hasContext,
      excludeShown: reading.unshown,
    };
    const picked = followup && picksAmongLast(u) ? pickFromLastAnswer(u, ctx, conversation) : null;
    if (picked)
      return this.#finish(loaded, options.userId, conversation, u, 'followup', picked, u.text, frame);
    const compared = answerCompared(u, effective, intent, ctx, focus);
    // A question on the last answer's articles is answered from them when they answer it, else as asked.
    // "How old was he?" with no "he" in the conversation: its articles first, which name whom it means.
    const ofConversation = onTopic || pronounOnlyOfConversation(u, followup, focus, conversation);
    const onTopicDraft =
      !compared && ofConversation
        ? dispatch(intent, onTopicOf(effective, topic), { ...ctx, onTopic: true }, focus)
        : null;
    const draft = firstDraft(effective, intent, ctx, focus, {
      compared,
      onTopicDraft,
      pointedTo: pointsToLastThing(u, hasContext && context === null, conversation)
        ? conversation.lastSources
        : null,
      // A part of a message about one story, answered from another article: asked again in that story.
      story: frame.story ?? [],
    });
    const gated = gatedAnswer({
      u,
      effective,
      asked,
      asWritten: read === u,
      intent,
      topic,
      focus,
      andForm,
      ctx,
      compared: compared !== null,
      draft,
      onTopicDraft,
      earlier: frame.earlier,
      ownContext: frame.ownContext,
      trace: options.trace,
      probe: options.probe,
      skipGates: options.skipGates,
    });
    const shown = gated ?? this.#notCovered(loaded, intent);
    return this.#finish(loaded, options.userId, conversation, effective, surfaceIntent, shown, u.text, frame);
  }

  /** The next-best evidence for the user's last question, not yet shown. */
  async more(userId: string): Promise<Answer> {
    const conversation = await this.#memory.load(userId);
    return this.#more(this.#loaded, conversation, userId, 'followup');
  }

  async #more(
    loaded: Loaded,
    conversation: ConversationState,
    userId: string,
    surface: Intent,
  ): Promise<Answer> {
    if (!conversation.lastQuestion || !conversation.lastIntent) return this.help(false);
    const u = loaded.reader.read(conversation.lastQuestion);
    const effective: Understanding = {
      ...u,
      terms: new Map(conversation.lastTerms),
      entities: u.entities.length > 0 ? u.entities : conversation.focus.slice(0, 1),
    };
    const ctx: Context = {
      index: loaded.index,
      reader: loaded.reader,
      conversation,
      followup: true,
      conversational: true,
      excludeShown: true,
    };
    const draft =
      (conversation.lastIntent === 'what' || conversation.lastIntent === 'why'
        ? continuation(loaded.index, conversation)
        : null) ?? dispatch(conversation.lastIntent, effective, ctx, conversation.focus.slice(0, 1));
    const fresh = draft && draft.evidence.length > 0 && draft.confidence >= MIN_CONFIDENCE ? draft : null;
    const answer =
      fresh ?? leadOnly(conversation.lastIntent, 'That is everything the coverage has on this question.');
    return this.#finish(loaded, userId, conversation, effective, surface, answer, conversation.lastQuestion);
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

  #outOfScope(loaded: Loaded): Draft {
    return outOfScope(loaded.coverage);
  }

  #notCovered(loaded: Loaded, intent: AnswerIntent): Draft {
    return notCovered(loaded.index, intent);
  }

  #toAnswer(loaded: Loaded, surface: Intent, original: Draft, frame: Frame = ENGLISH): Answer {
    return shownAnswer(loaded.index, surface, original, frame, (draft, answered) =>
      suggestionsFor(loaded, draft, answered).filter((q) => this.#answerable(loaded, q)),
    );
  }

  /**
   * True when `question`, asked on its own, is answered: a suggestion must never lead to "the coverage
   * doesn't say". Remembered per knowledge, up to {@link MAX_REMEMBERED_SUGGESTIONS} questions.
   */
  #answerable(loaded: Loaded, question: string): boolean {
    const known = loaded.answerable.get(question);
    if (known !== undefined) return known;
    const u = loaded.reader.read(question);
    const ctx = standaloneContext(loaded);
    const draft =
      u.offTopic || u.unknownSubjects.length > 0 ? null : dispatch(u.intent ?? 'what', u, ctx, []);
    const answerable = draft !== null && draft.confidence >= MIN_CONFIDENCE && draft.evidence.length > 0;
    if (loaded.answerable.size < MAX_REMEMBERED_SUGGESTIONS) loaded.answerable.set(question, answerable);
    return answerable;
  }

  async #finish(
    loaded: Loaded,
    userId: string,
    conversation: ConversationState,
    u: Understanding,
    surface: Intent,
    draft: Draft,
    question: string = u.text,
    frame: Frame = ENGLISH,
  ): Promise<Answer> {
    const answer = this.#toAnswer(loaded, surface, draft, frame);
    const next = conversationAfter(loaded.index, conversation, u, draft, answer, question);
    if (CONTENT_INTENTS.has(draft.answeredAs) || draft.answeredAs === 'out_of_scope')
      await this.#memory.save(userId, next);
    return answer;
  }
}

/** Suggested questions whose answerability is remembered per knowledge (a few per person and source). */
const MAX_REMEMBERED_SUGGESTIONS = 5_000;

/** The commands line of the help in Discord; the terminal chat passes its own. */
export const DISCORD_COMMANDS = 'Commands: /ask, /quote, /timeline, /sources, /help.';
/** Thanks, as a greeting is read ("thx" reads as "thanks"): answered with a thank-you, not a hello. */
const THANKS = /^\W*(thanks|thank you|cheers|ty|much appreciated)\b/i;

/** A question's context on its own, outside any conversation (a timeline, a suggestion's check). */
function standaloneContext(loaded: Loaded): Context {
  return {
    index: loaded.index,
    reader: loaded.reader,
    conversation: emptyConversation(),
    followup: false,
    conversational: false,
    excludeShown: false,
  };
}
