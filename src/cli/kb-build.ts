/**
 * `npm run kb:build`: sources → knowledge/kb.json, printing what cleaning dropped per source. The build runs
 * in a worker thread that is stopped past `--timeout` seconds (default 300), leaving kb.json as it was.
 * Progress shows as a bar (articles done, rate, ETA) on a terminal and as a line every few seconds otherwise.
 * Flags: `--check` (exit 1 when kb.json is stale), `--sources DIR`, `--out FILE`, `--quiet` (no progress or
 * per-source report), `--timeout S`.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInWorker } from '../bot/knowledge-builder.ts';
import { buildProgressPrinter } from './build-progress.ts';
import { loadKnowledgeData } from '../knowledge/build.ts';
import { readSourceDir } from '../knowledge/sources.ts';
import { validateKnowledge, writeKnowledgeBytes } from '../knowledge/store.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT, SOURCES_DIR } from '../paths.ts';

/** Longer than any real corpus takes here (10,000 articles build in about a minute). */
const DEFAULT_TIMEOUT_S = 300;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      sources: { type: 'string', default: SOURCES_DIR },
      out: { type: 'string', default: KB_PATH },
      data: { type: 'string', default: KNOWLEDGE_DIR },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_S) },
    },
  });
  const timeoutS = Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new Error(`--timeout must be a number of seconds`);
  const started = performance.now();
  const data = await loadKnowledgeData(values.data);
  const sources = await readSourceDir(values.sources, REPO_ROOT);
  if (sources.length === 0) throw new Error(`${values.sources}: no .md or .txt sources found`);
  const printer = values.quiet ? null : buildProgressPrinter(process.stdout);
  const bytes = await buildInWorker({ sources, data }, timeoutS * 1000, (p) => printer?.onProgress(p))
    .finally(() => printer?.finish())
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(
        /took longer/.test(message)
          ? `the build took longer than ${timeoutS} s (--timeout); ${relative(REPO_ROOT, values.out)} is unchanged`
          : message,
      );
    });
  const kb = validateKnowledge(JSON.parse(bytes));
  if (values.check) {
    const current = await readFile(values.out, 'utf8').catch(() => '');
    if (current !== bytes) {
      console.error(`kb:build --check: ${relative(REPO_ROOT, values.out)} is stale; run npm run kb:build`);
      return 1;
    }
    console.log(`kb:build --check: ${relative(REPO_ROOT, values.out)} is up to date`);
    return 0;
  }
  await writeKnowledgeBytes(values.out, bytes);
  if (!values.quiet) {
    for (const s of kb.sources) {
      console.log(`${s.file}: dropped ${s.dropped.length} line(s)`);
      for (const d of s.dropped)
        console.log(
          `  line ${d.line} [${d.reason}] ${d.text.length > 90 ? `${d.text.slice(0, 87)}...` : d.text}`,
        );
    }
  }
  const c = kb.counts;
  console.log(
    `kb:build: wrote ${relative(REPO_ROOT, values.out)} version ${kb.version}: ${c.sources} sources, ${c.sentences} sentences, ` +
      `${c.quotes} quotes, ${c.entities} entities, ${c.numbers} numbers, ${c.dates} dates, ${c.events} events ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`kb:build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
