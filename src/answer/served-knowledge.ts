/**
 * The knowledge an engine serves and what is built from it once: the index, the question reader, the
 * suggested questions and the coverage phrase of declines. Also what is asked of it outside any
 * conversation: a question's context on its own, whether a suggestion is answered asked on its own, and the
 * Spanish reader's look-ups into the knowledge served.
 */
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Nlp } from '../nlp/pipeline.ts';
import { buildCatalogue, describeCoverage } from './catalogue.ts';
import { dispatch } from './dispatch.ts';
import { MIN_CONFIDENCE, type Context } from './handlers.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { emptyConversation } from './memory.ts';
import { personNameTails } from './person-name-tails.ts';
import { SpanishReader } from './spanish.ts';
import { QuestionReader, type EngineData } from './understand.ts';

/** The knowledge being served, indexed; replaced whole when the knowledge is swapped. */
export interface ServedKnowledge {
  index: KnowledgeIndex;
  reader: QuestionReader;
  catalogue: string[];
  /** The sources in a phrase, for declines. */
  coverage: string;
  /** Whether a suggested question is answered, asked on its own; filled as suggestions are made. */
  answerable: Map<string, boolean>;
}

/** Suggested questions whose answerability is remembered per knowledge (a few per person and source). */
const MAX_REMEMBERED_SUGGESTIONS = 5_000;

/** Indexes `kb` and builds what is read from it once. */
export function serveKnowledge(kb: KnowledgeBase, nlp: Nlp, data: EngineData): ServedKnowledge {
  const index = new KnowledgeIndex(kb);
  const reader = new QuestionReader(nlp, index, data);
  return {
    index,
    reader,
    catalogue: buildCatalogue(index),
    coverage: describeCoverage(index),
    answerable: new Map(),
  };
}

/** A question's context on its own, outside any conversation (a timeline, a suggestion's check). */
export function standaloneContext(served: ServedKnowledge): Context {
  return {
    index: served.index,
    reader: served.reader,
    conversation: emptyConversation(),
    followup: false,
    conversational: false,
    excludeShown: false,
  };
}

/**
 * True when `question`, asked on its own, is answered: a suggestion must never lead to "the coverage
 * doesn't say". Remembered per knowledge, up to {@link MAX_REMEMBERED_SUGGESTIONS} questions.
 */
export function answeredAlone(served: ServedKnowledge, question: string): boolean {
  const known = served.answerable.get(question);
  if (known !== undefined) return known;
  const u = served.reader.read(question);
  const ctx = standaloneContext(served);
  const draft = u.offTopic || u.unknownSubjects.length > 0 ? null : dispatch(u.intent ?? 'what', u, ctx, []);
  const answerable = draft !== null && draft.confidence >= MIN_CONFIDENCE && draft.evidence.length > 0;
  if (served.answerable.size < MAX_REMEMBERED_SUGGESTIONS) served.answerable.set(question, answerable);
  return answerable;
}

/** Each index's test of a person's name, for the Spanish reader. */
const PERSON_NAMES = new WeakMap<KnowledgeIndex, (words: readonly string[]) => boolean>();

/** Whether folded words name a person of the knowledge served (see `person-name-tails.ts`), built on first use. */
function namesPerson(index: KnowledgeIndex, words: readonly string[]): boolean {
  let test = PERSON_NAMES.get(index);
  if (!test) PERSON_NAMES.set(index, (test = personNameTails(index.entities.values())));
  return test(words);
}

/**
 * The reader of Spanish questions, or null without Spanish data. Built once: its look-ups go to the
 * knowledge `served()` returns at the time, so a swap needs no new reader.
 */
export function spanishReaderFor(data: EngineData, served: () => ServedKnowledge): SpanishReader | null {
  return data.spanish
    ? new SpanishReader(
        data.spanish,
        (w) => served().index.vocabulary.has(w),
        (w) => data.vectors?.has(w) ?? false,
        (w, context) => served().index.together(w, context),
        (w) => served().index.spelling(w),
        (w) => served().index.isOneWordName(w),
        (w) => data.spanishWords?.has(w) ?? false,
        (words) => namesPerson(served().index, words),
        data.spanishDictionary ?? null,
        (w) => data.wordnet?.synonymsOf(w) ?? [],
      )
    : null;
}
