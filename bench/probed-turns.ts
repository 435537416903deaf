/**
 * The loop the study scripts share: each eval set's knowledge (cached-knowledge.ts) with an engine over it
 * ({@link setEngines}, {@link devSetEngine}), and on it {@link askProbedTurns}, the loop decl-study.ts,
 * wrong-study.ts and dev-verdicts.ts share: every DEV turn of `people` and `new-articles*` (never a held-out
 * set or a test item) but those asking only an intent, conversations in order, asked as the bot asks it, with
 * the gate that declined it and the first draft the checks judged.
 */
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Runtime } from '../src/answer/create.ts';
import type { Context } from '../src/answer/handlers.ts';
import { KnowledgeIndex } from '../src/answer/knowledge-index.ts';
import { emptyConversation } from '../src/answer/memory.ts';
import { QuestionReader } from '../src/answer/understand.ts';
import type { Answer, GateProbe } from '../src/answer/types.ts';
import type { EvalItem } from '../src/eval/evaluate.ts';
import type { EvalSet } from '../src/eval/sets.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { devStudy } from './cached-knowledge.ts';

/** One set, its knowledge and an engine over it. */
export interface SetEngine {
  set: EvalSet;
  kb: KnowledgeBase;
  engine: AnswerEngine;
}

/** An engine over `kb` as the bot builds one, with a store of its own: no conversation is carried from another. */
export function studyEngine(runtime: Runtime, kb: KnowledgeBase): AnswerEngine {
  return new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
}

/** What a study script reads a question and ranks with over `kb`, beside the engine it asks: a fresh, unled context. */
export interface StudyTools {
  index: KnowledgeIndex;
  reader: QuestionReader;
  ctx: Context;
  engine: AnswerEngine;
}

/** {@link StudyTools} over `kb`: its index, a question reader, a context outside any conversation, an engine. */
export function studyTools(runtime: Runtime, kb: KnowledgeBase): StudyTools {
  const index = new KnowledgeIndex(kb);
  const reader = new QuestionReader(runtime.questionNlp, index, runtime.engineData);
  const ctx: Context = {
    index,
    reader,
    conversation: emptyConversation(),
    followup: false,
    conversational: false,
    excludeShown: false,
  };
  return { index, reader, ctx, engine: studyEngine(runtime, kb) };
}

/**
 * Each of `sets` that `wanted` keeps (by default those with items), in order, with its knowledge and an
 * engine over it: the knowledge of a set not kept is never built.
 */
export async function* setEngines(
  runtime: Runtime,
  sets: readonly EvalSet[],
  kbOf: (kind: string) => Promise<KnowledgeBase>,
  wanted: (set: EvalSet) => boolean = (set) => set.items.length > 0,
): AsyncGenerator<SetEngine> {
  for (const set of sets) {
    if (!wanted(set)) continue;
    const kb = await kbOf(set.knowledge);
    yield { set, kb, engine: studyEngine(runtime, kb) };
  }
}

/**
 * The dev items of the set named `name` (a probe script's argument), with an engine over its knowledge;
 * `script` names the caller in the error for a set there is not.
 */
export async function devSetEngine(
  cacheDir: string,
  name: string | undefined,
  script: string,
): Promise<SetEngine> {
  const { runtime, sets, kbOf } = await devStudy(cacheDir);
  const set = sets.find((s) => s.name === name);
  if (!set) throw new Error(`${script}: no set ${name}`);
  const kb = await kbOf(set.knowledge);
  return { set, kb, engine: studyEngine(runtime, kb) };
}

/** The turns of each conversation among `items`, by conversation id, in order. */
export function conversationsOf(items: readonly EvalItem[]): Map<string, EvalItem[]> {
  const conversations = new Map<string, EvalItem[]>();
  for (const item of items)
    if (item.conversation)
      conversations.set(item.conversation, [...(conversations.get(item.conversation) ?? []), item]);
  return conversations;
}

/** One dev turn, answered: `stage` is the gate that declined it ('' when none did), `probe` the first judged. */
export interface ProbedTurn {
  set: EvalSet;
  kb: KnowledgeBase;
  item: EvalItem;
  answer: Answer;
  stage: string;
  probe: GateProbe | null;
}

/** Asks every dev turn in order, calling `onTurn` for each and `onSetDone` after each set that has turns. */
export async function askProbedTurns(
  cacheDir: string,
  onTurn: (turn: ProbedTurn) => void,
  onSetDone: (set: EvalSet) => void = () => {},
): Promise<void> {
  const { runtime, sets, kbOf } = await devStudy(cacheDir);
  for await (const { set, kb, engine } of setEngines(runtime, sets, kbOf)) {
    for (const item of set.items) {
      if (item.expect.intent_only) continue;
      const userId = item.conversation ?? item.id;
      let stage = '';
      let probe: GateProbe | null = null;
      const answer = await engine.ask(item.q, {
        userId,
        trace: (s) => (stage = s),
        probe: (p) => (probe ??= p),
      });
      onTurn({ set, kb, item, answer, stage, probe });
    }
    onSetDone(set);
  }
}
