/**
 * `ONLY=id node --import tsx bench/fu21-probe.ts`: a dev conversation asked turn by turn, printing for each dev
 * turn the follow-up's effective entities and heaviest terms and the evidence of the judged draft. Held-out
 * turns are asked, never shown.
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { cachedKnowledge } from './cached-knowledge.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

const ONLY = new Set((process.env.ONLY ?? '').split(',').filter(Boolean));
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const sets = await loadEvalSets(EVAL_SET_NAMES.filter((n) => n === 'people' || n.startsWith('new-articles')));
const kbOf = cachedKnowledge(runtime, process.env.KB_CACHE ?? '/tmp/fu16-kb');
for (const set of sets) {
  const convs = new Map<string, typeof set.items>();
  for (const i of set.items)
    if (i.conversation) convs.set(i.conversation, [...(convs.get(i.conversation) ?? []), i]);
  for (const [conv, items] of convs) {
    if (!items.some((i) => ONLY.has(i.id))) continue;
    const kb = await kbOf(set.knowledge);
    const engine = new AnswerEngine({
      kb,
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
    console.log(`== ${set.name} ${conv}`);
    let afterHeldOut = false;
    for (const item of items) {
      let probe = '';
      const a = await engine.ask(item.q, {
        userId: conv,
        probe: (p) => {
          const terms = [...p.u.terms.entries()].sort((x, y) => y[1] - x[1]).slice(0, 14);
          probe = `ents=${p.u.entities.join(',')} speaker=${p.u.speakerId} content=${p.u.content.join(',')}\n   terms=${terms.map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}\n   failed=${p.failed.join(',')} draft=${p.draft?.evidence.map((e) => e.text.slice(0, 90)).join(' || ')}`;
        },
      });
      if (item.split !== 'dev') {
        console.log('-- (a held-out turn, not shown)');
        afterHeldOut = true;
        continue;
      }
      // Terms carried from a held-out turn would show its words.
      if (afterHeldOut) probe = '(terms not shown: carried from a held-out turn)';
      afterHeldOut = false;
      console.log(
        `-- ${item.id} ${item.q}\n   ${probe}\n   => ${a.intent}/${a.answeredAs} ${a.text.slice(0, 300).replace(/\n/g, ' | ')}`,
      );
    }
  }
}
