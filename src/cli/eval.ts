/** `npm run eval`: accuracy per intent and overall on tests/eval/questions.json, with every failure listed. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRuntime } from '../answer/create.ts';
import { evaluate, type EvalItem } from '../eval/evaluate.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../paths.ts';
import { createStore } from '../store.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: join(REPO_ROOT, 'tests', 'eval', 'questions.json') },
      verbose: { type: 'boolean', default: false },
    },
  });
  const { items } = JSON.parse(await readFile(values.file, 'utf8')) as { items: EvalItem[] };
  const { engine } = await createRuntime({
    knowledgeDir: KNOWLEDGE_DIR,
    kbPath: KB_PATH,
    store: createStore(null),
  });
  const summary = await evaluate(engine, items);
  console.log('intent          correct / total');
  for (const [intent, s] of [...summary.byIntent].sort()) {
    console.log(
      `${intent.padEnd(15)} ${String(s.ok).padStart(4)} / ${String(s.total).padEnd(4)} ${((100 * s.ok) / s.total).toFixed(1)}%`,
    );
  }
  console.log(
    `overall         ${summary.correct} / ${summary.total} = ${(100 * summary.accuracy).toFixed(1)}%`,
  );
  const failures = summary.results.filter((r) => !r.ok);
  if (failures.length > 0) console.log(`\nfailures (${failures.length}):`);
  for (const r of failures) {
    console.log(
      `- ${r.item.id} [${r.item.intent} → ${r.answer.intent}/${r.answer.answeredAs}, confidence ${r.answer.confidence}] ${r.item.q}`,
    );
    console.log(`    ${r.problems.join('; ')}`);
    if (values.verbose) console.log(`    ${r.answer.text.replace(/\n/g, '\n    ').slice(0, 600)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
