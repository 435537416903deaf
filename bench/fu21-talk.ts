/**
 * `SET=new-articles-29 CONV='q1|q2' node --import tsx bench/fu21-talk.ts`: one made-up conversation asked of an
 * eval set's knowledge, printing each answer with the effective entities and terms the checks judged.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const [set] = await loadEvalSets([process.env.SET ?? 'people']);
const kb = await cachedKnowledge(runtime, process.env.KB_CACHE ?? '/tmp/fu16-kb')(set!.knowledge);
const engine = new AnswerEngine({
  kb,
  nlp: runtime.questionNlp,
  data: runtime.engineData,
  store: new Keyv(),
});
for (const q of (process.env.CONV ?? '').split('|')) {
  let probe = '';
  const a = await engine.ask(q, {
    userId: 'talk',
    probe: (p) => {
      const terms = [...p.u.terms.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12);
      probe = `ents=${p.u.entities.join(',')} terms=${terms.map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')} failed=${p.failed.join(',')}`;
    },
  });
  console.log(
    `-- ${q}\n   ${probe}\n   => ${a.intent}/${a.answeredAs} ${a.text.slice(0, 400).replace(/\n/g, ' | ')}`,
  );
}
