/**
 * The loop decl-study.ts, wrong-study.ts and dev-verdicts.ts share: every DEV turn of `people` and `new-articles*` (never a
 * held-out set or a test item) but those asking only an intent, conversations in order, asked as the bot asks
 * it against knowledge cached in `cacheDir` (cached-knowledge.ts), with the gate that declined it and the first
 * draft the checks judged.
 */
import Keyv from 'keyv';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Answer, GateProbe } from '../src/answer/types.ts';
import type { EvalItem } from '../src/eval/evaluate.ts';
import type { EvalSet } from '../src/eval/sets.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { devStudy } from './cached-knowledge.ts';

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
  for (const set of sets) {
    if (set.items.length === 0) continue;
    const kb = await kbOf(set.knowledge);
    const eng = new AnswerEngine({
      kb,
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
    for (const item of set.items) {
      if (item.expect.intent_only) continue;
      const userId = item.conversation ?? item.id;
      let stage = '';
      let probe: GateProbe | null = null;
      const answer = await eng.ask(item.q, {
        userId,
        trace: (s) => (stage = s),
        probe: (p) => (probe ??= p),
      });
      onTurn({ set, kb, item, answer, stage, probe });
    }
    onSetDone(set);
  }
}
