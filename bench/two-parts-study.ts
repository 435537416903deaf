/**
 * `node --import tsx bench/two-parts-study.ts [ids…]`: DEV two-part questions the engine fails whole; each
 * part (as planQuestion splits the message) asked alone as a first turn, and for each of the item's expected
 * groups which answer (whole, part 1, part 2…) holds it. Knowledge cached in $CACHE (default /tmp/two3-kb).
 */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { AnswerEngine } from '../src/answer/engine.ts';
import { planQuestion } from '../src/answer/parts.ts';
import type { Answer } from '../src/answer/types.ts';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { EVAL_SET_NAMES, loadEvalSets } from '../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { cachedKnowledge } from './cached-knowledge.ts';

const ids = new Set(process.argv.slice(2));
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const kbOf = cachedKnowledge(runtime, process.env.CACHE ?? '/tmp/two3-kb');
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const textOf = (a: Answer) =>
  norm([a.text, a.direct ?? '', ...a.citations.map((c) => `${c.outlet} ${c.title}`)].join('\n'));
let n = 0;
for (const set of await loadEvalSets(
  EVAL_SET_NAMES.filter((s) => s === 'people' || s.startsWith('new-articles')),
)) {
  const items = set.items.filter(
    (i) => i.split === 'dev' && i.kind === 'two-part' && (ids.size === 0 || ids.has(i.id)),
  );
  if (items.length === 0) continue;
  const engine = new AnswerEngine({
    kb: await kbOf(set.knowledge),
    nlp: runtime.questionNlp,
    data: runtime.engineData,
    store: new Keyv(),
  });
  for (const item of items) {
    const whole = await engine.ask(item.q, { userId: `w${n++}` });
    const verdict = checkAnswer(item, whole);
    if (verdict.length === 0 && ids.size === 0) continue;
    const parts = planQuestion(item.q).parts;
    console.log(`=== ${item.id} ${verdict.length === 0 ? 'OK' : 'FAIL'}: ${item.q}`);
    console.log(`  verdict ${JSON.stringify(verdict).slice(0, 300)}`);
    const alone: Answer[] = [];
    for (const p of parts) {
      let stage = '';
      const a = await engine.ask(p, { userId: `p${n++}`, trace: (s) => (stage = s) });
      alone.push(a);
      console.log(
        `  part "${p}" -> ${a.intent}/${a.answeredAs} conf=${a.confidence} answered=${a.answered} ${stage}`,
      );
      console.log(`     ${a.text.split('\n').slice(0, 4).join(' / ').slice(0, 400)}`);
    }
    for (const g of item.expect.all ?? []) {
      const where = [whole, ...alone].map((a) => (g.some((s) => textOf(a).includes(norm(s))) ? 'Y' : '.'));
      console.log(
        `  group ${JSON.stringify(g).slice(0, 60)}: whole ${where[0]} parts ${where.slice(1).join('')}`,
      );
    }
    console.log(
      `  sources ${JSON.stringify(item.expect.sources ?? [])}; whole cites ${[...new Set(whole.citations.map((c) => c.sourceId))].join(',')}`,
    );
    console.log(
      whole.text
        .split('\n')
        .map((l) => `  | ${l}`)
        .join('\n')
        .slice(0, 1500),
    );
  }
}
