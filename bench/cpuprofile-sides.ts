/**
 * `node --import tsx bench/cpuprofile-sides.ts PROFILE NAME…`: of a V8 CPU profile of `npm run bench:kb`
 * (`node --cpu-prof`), the milliseconds sampled inside each function whose name starts with NAME, split by
 * whose call it was: the bench's peer (under `readAll`, wink-nlp reading each body twice), the pipeline's own
 * reading (under `Nlp.analyse`) or the rest of the build. Halve the peer's figure to compare it with the
 * pipeline's one pass: it tells whether wink-nlp's own work costs more inside the pipeline than in the peer,
 * or whether what the ratio measures is the pipeline's code after the reading (perf49: 0.95 of the peer's).
 */
import { readFileSync } from 'node:fs';
import { nameOf, type Profile } from './cpuprofile-samples.ts';

const PEER = 'readAll ';
const READING = 'analyse ';

function main(): void {
  const [path, ...names] = process.argv.slice(2);
  if (path === undefined || names.length === 0) {
    console.error('usage: bench/cpuprofile-sides.ts PROFILE NAME…');
    process.exitCode = 1;
    return;
  }
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const totals = new Map<string, number>();
  for (const [id, ms] of perNode) {
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) chain.push(nameOf(node));
    }
    const side = chain.some((c) => c.startsWith(PEER))
      ? 'peer (two passes)'
      : chain.some((c) => c.startsWith(READING))
        ? 'pipeline, reading'
        : 'pipeline, the rest';
    for (const name of names) {
      if (!chain.some((c) => c.startsWith(name))) continue;
      const key = `${name.padEnd(28)} ${side}`;
      totals.set(key, (totals.get(key) ?? 0) + ms);
    }
  }
  for (const [key, ms] of [...totals].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`${ms.toFixed(0).padStart(8)}  ${key}`);
}

main();
