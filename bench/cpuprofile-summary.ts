/**
 * `node --import tsx bench/cpuprofile-summary.ts BIG.cpuprofile [SMALL.cpuprofile] [--top N]`: the self and
 * inclusive time of each function and the self time of each file in a V8 CPU profile (`node --cpu-prof`).
 * Given a second profile of the same run at a smaller size (`bench:kb --pathological --bytes N`), each
 * function's time there is printed beside, with the ratio: a pass whose time grows faster than the input
 * (more than 4× from 250 KB to 1 MB) is the one to make linear.
 *
 * tsx writes each module on one line, so functions are told apart by name, file and column.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface Summary {
  total: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
  files: Map<string, number>;
}

const DEFAULT_TOP = 30;

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** Milliseconds by function (self and inclusive, a recursive function counted once per sample) and by file. */
function summarise(path: string): Summary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const nameOf = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').at(-1) ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.columnNumber}`;
  };
  const summary: Summary = { total: 0, self: new Map(), inclusive: new Map(), files: new Map() };
  for (const [id, ms] of perNode) {
    const node = byId.get(id);
    if (!node) continue;
    summary.total += ms;
    add(summary.self, nameOf(node), ms);
    add(summary.files, node.callFrame.url.split('/').at(-1) || '(native)', ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const name = nameOf(n);
      if (!seen.has(name)) add(summary.inclusive, name, ms);
      seen.add(name);
    }
  }
  return summary;
}

function print(
  title: string,
  big: Map<string, number>,
  small: Map<string, number> | null,
  top: number,
): void {
  console.log(`\n${title}${small ? ' (small, big, ratio)' : ''}`);
  const rows = [...big].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, ms] of rows) {
    const before = small?.get(name) ?? 0;
    const growth = small ? `${before.toFixed(0).padStart(8)} ` : '';
    const ratio = small ? ` ${before > 0 ? (ms / before).toFixed(1).padStart(5) : '    –'}` : '';
    console.log(`  ${growth}${ms.toFixed(0).padStart(8)}${ratio}  ${name}`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: String(DEFAULT_TOP) } },
  });
  const [bigPath, smallPath] = positionals;
  if (!bigPath)
    throw new Error('cpuprofile-summary: give a .cpuprofile (and optionally one of a smaller run)');
  const top = Number(values.top);
  const big = summarise(bigPath);
  const small = smallPath ? summarise(smallPath) : null;
  console.log(
    `${bigPath}: ${big.total.toFixed(0)} ms sampled${small ? `; ${smallPath}: ${small.total.toFixed(0)} ms` : ''}`,
  );
  print('self time by function, ms', big.self, small?.self ?? null, top);
  print('self time by file, ms', big.files, small?.files ?? null, Math.min(top, 15));
  print('inclusive time by function, ms', big.inclusive, small?.inclusive ?? null, top);
}

main();
