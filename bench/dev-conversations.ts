/**
 * The loop the study scripts (bench/*-study.ts) share: the DEV items of the tuned sets (`people` and the
 * `new-articles*` sets; never a held-out one), each conversation holding a wanted item asked in order as the
 * eval asks it, against knowledge cached in `cacheDir` (see cached-knowledge.ts: delete it after a pipeline
 * change). `onWanted` sees each wanted item with its answer and the gate that declined it, if one did.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import type { Answer } from '../src/answer/types.ts';
import type { EvalItem } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets, type EvalSet } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { cachedKnowledge, conversationsHolding } from './cached-knowledge.ts';

/** One wanted dev item, answered. `stage` is the gate that declined it, or ''. */
export interface StudiedTurn {
  set: EvalSet;
  item: EvalItem;
  answer: Answer;
  stage: string;
}

/** Asks every dev conversation holding an item `wanted` picks, in order; calls `onWanted` for those items. */
export async function studyDevConversations(
  cacheDir: string,
  wanted: (item: EvalItem) => boolean,
  onWanted: (turn: StudiedTurn) => void,
): Promise<void> {
  const runtime = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: KB_PATH,
    store: createStore(null),
  });
  const names = EVAL_SET_NAMES.filter((n) => n === 'people' || n.startsWith('new-articles'));
  const kbOf = cachedKnowledge(runtime, cacheDir);
  for (const set of await loadEvalSets(names)) {
    const dev = set.items.filter((i) => i.split === 'dev');
    const picked = (i: EvalItem) => i.split === 'dev' && wanted(i);
    const items = conversationsHolding(dev, picked);
    if (items.length === 0) continue;
    const engine = new AnswerEngine({
      kb: await kbOf(set.knowledge),
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
    for (const item of items) {
      let stage = '';
      const answer = await engine.ask(item.q, {
        userId: item.conversation ?? item.id,
        trace: (s) => (stage = s),
      });
      if (picked(item)) onWanted({ set, item, answer, stage });
    }
  }
}
