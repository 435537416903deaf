/**
 * `node --v8-pool-size=0 --import tsx bench/shape-ledger.ts [--only TEXT] [--bytes N] [--runs N]`: each
 * worst-case shape of bench/pathological-shapes.ts built `runs` times in one process, with the build's CPU time
 * by stage (bench/cpu-ledger.ts) for each run: the first run pays V8's compiling, the later ones show the
 * pipeline's own cost.
 */
import { parseArgs } from 'node:util';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../src/knowledge/build.ts';
import { KNOWLEDGE_DIR } from '../src/paths.ts';
import { PATHOLOGICAL_SHAPES, pathologicalSource } from './pathological-shapes.ts';
import { ledgerOf } from './cpu-ledger.ts';

const { values } = parseArgs({
  options: { only: { type: 'string' }, bytes: { type: 'string' }, runs: { type: 'string' } },
});
const bytes = Number(values.bytes ?? 1024 * 1024);
const runs = Number(values.runs ?? 1);
const data = await loadKnowledgeData(KNOWLEDGE_DIR);
const tools = createPipelineTools(data);
const ledger = ledgerOf(tools);
for (const [name, unit] of PATHOLOGICAL_SHAPES) {
  if (values.only !== undefined && !name.includes(values.only)) continue;
  const source = pathologicalSource(unit, bytes);
  for (let r = 0; r < runs; r++) {
    const before = new Map(ledger.totals());
    const cpu0 = process.cpuUsage();
    buildKnowledge([source], tools);
    const c = process.cpuUsage(cpu0);
    const after = ledger.totals();
    const parts = after
      .map(([stage, ms]): [string, number] => [stage, ms - (before.get(stage) ?? 0)])
      .filter(([, ms]) => ms > 1)
      .map(([stage, ms]) => `${stage.split(' (')[0]} ${(ms / 1000).toFixed(2)}`);
    console.log(
      `${name} run ${r + 1}: CPU ${((c.user + c.system) / 1e6).toFixed(2)} s — ${parts.join('; ')}`,
    );
  }
}
