/**
 * `npm run eval:compare -- before.txt after.txt`: what moved between two saved `npm run eval` outputs — the
 * totals, every set, kind and folder whose figure changed, and the dev and regression questions that turned
 * right or wrong (test questions are listed only when both runs used `--show-test`). A change is judged on this:
 * dev up with test down is a regression.
 */
import { readFile } from 'node:fs/promises';

/** A figure line of an eval output: its key and the rest of the line. */
interface Parsed {
  figures: Map<string, string>;
  failures: Set<string>;
}

/** Lines whose first words name what they measure: set rows, kind rows, attribution, totals. */
const FIGURE_LINES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(\S+ (?:dev|test|-))(?=\s+\d+\/\d+)/, (m) => `set ${m[1]}`],
  [/^(all (?:dev|test) splits):/, (m) => m[1]!],
  [/^(answerable (?:dev|test) questions declined, by gate):/, (m) => m[1]!],
  [/^(quotations attributed right, all folders):/, (m) => m[1]!],
  [/^(new articles.*? quotations attributed to the right speaker):/, (m) => m[1]!],
  [/^(held-out articles[^:]*): quotations attributed right/, (m) => m[1]!],
];

function parse(text: string): Parsed {
  const figures = new Map<string, string>();
  const failures = new Set<string>();
  let inKindTotals = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('kind, all sets')) {
      inKindTotals = true;
      continue;
    }
    if (inKindTotals) {
      const kind = /^([a-z-]+)\s+((?:\d|-).*)$/.exec(line);
      if (kind) {
        figures.set(`kind ${kind[1]}`, kind[2]!.trim().replace(/\s+/g, ' '));
        continue;
      }
      inKindTotals = false;
    }
    const failure = /^- (\S+ (?:dev|test|-)) (\S+) \[/.exec(line);
    if (failure) {
      failures.add(`${failure[1]} ${failure[2]}`);
      continue;
    }
    for (const [re, key] of FIGURE_LINES) {
      const m = re.exec(line);
      if (m) {
        figures.set(key(m), line.slice(m[0].length).trim().replace(/\s+/g, ' '));
        break;
      }
    }
  }
  return { figures, failures };
}

async function main(): Promise<number> {
  const [beforePath, afterPath] = process.argv.slice(2);
  if (!beforePath || !afterPath) {
    console.error('usage: npm run eval:compare -- before.txt after.txt (two saved `npm run eval` outputs)');
    return 2;
  }
  const [before, after] = await Promise.all(
    [beforePath, afterPath].map(async (p) => parse(await readFile(p, 'utf8'))),
  );
  const totals = [...after!.figures.keys()].filter(
    (k) => !k.startsWith('set ') && !k.startsWith('kind ') && !k.includes('articles'),
  );
  console.log('totals (before → after):');
  for (const key of totals)
    console.log(`- ${key}: ${before!.figures.get(key) ?? '-'}\n  → ${after!.figures.get(key)}`);
  const moved = [...new Set([...before!.figures.keys(), ...after!.figures.keys()])].filter(
    (k) => !totals.includes(k) && before!.figures.get(k) !== after!.figures.get(k),
  );
  console.log(`\nfigures that moved (${moved.length}):`);
  for (const key of moved)
    console.log(`- ${key}: ${before!.figures.get(key) ?? '-'} → ${after!.figures.get(key) ?? '-'}`);
  const nowRight = [...before!.failures].filter((f) => !after!.failures.has(f));
  // A failure of a set the first run did not have is new material, not a change's doing.
  const inBefore = (f: string) => before!.figures.has(`set ${f.split(' ').slice(0, 2).join(' ')}`);
  const nowWrong = [...after!.failures].filter((f) => !before!.failures.has(f) && inBefore(f));
  console.log(`\nnow right (${nowRight.length}): ${nowRight.join(', ') || 'none'}`);
  console.log(`now wrong (${nowWrong.length}): ${nowWrong.join(', ') || 'none'}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval:compare: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
