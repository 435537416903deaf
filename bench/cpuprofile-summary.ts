/**
 * `node --import tsx bench/cpuprofile-summary.ts BIG.cpuprofile [SMALL.cpuprofile] [--top N] [--under NAME] [--from F]`: the self and
 * inclusive time of each function and the self time of each file in a V8 CPU profile (`node --cpu-prof`).
 * Given a second profile of the same run at a smaller size (`bench:kb --pathological --bytes N`), each
 * function's time there is printed beside, with the ratio: a pass whose time grows faster than the input
 * (more than 4× from 250 KB to 1 MB) is the one to make linear.
 *
 * With `--under NAME`, only the samples taken inside a function whose name starts with NAME are counted (e.g.
 * `buildUnversionedKnowledge`, which leaves out the bench's peer and the writing of the file); with `--from F`
 * (0 to 1), only those after the first F of the profile's sampled time: the first builds of a process pay V8's
 * compiling, and `--from 0.5` over a build of 2,000 articles shows the cost of each later one.
 *
 * tsx writes each module on one line, so functions are told apart by name, file and column.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summariseProfile, type Profile, type SampleFilter, type Summary } from './cpuprofile-samples.ts';

const DEFAULT_TOP = 30;

function summarise(path: string, filter: SampleFilter): Summary {
  return summariseProfile(JSON.parse(readFileSync(path, 'utf8')) as Profile, filter);
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
    options: {
      top: { type: 'string', default: String(DEFAULT_TOP) },
      from: { type: 'string', default: '0' },
      under: { type: 'string' },
    },
  });
  const [bigPath, smallPath] = positionals;
  if (!bigPath)
    throw new Error('cpuprofile-summary: give a .cpuprofile (and optionally one of a smaller run)');
  const top = Number(values.top);
  const from = Number(values.from);
  const filter: SampleFilter = {
    from: Number.isFinite(from) ? Math.min(1, Math.max(0, from)) : 0,
    under: values.under ?? null,
  };
  const big = summarise(bigPath, filter);
  const small = smallPath ? summarise(smallPath, filter) : null;
  console.log(
    `${bigPath}: ${big.total.toFixed(0)} ms sampled${small ? `; ${smallPath}: ${small.total.toFixed(0)} ms` : ''}`,
  );
  print('self time by function, ms', big.self, small?.self ?? null, top);
  print('self time by file, ms', big.files, small?.files ?? null, Math.min(top, 15));
  print('inclusive time by function, ms', big.inclusive, small?.inclusive ?? null, top);
}

main();
