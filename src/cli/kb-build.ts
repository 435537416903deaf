/**
 * `npm run kb:build`: sources → knowledge/kb.json, printing what cleaning dropped per source.
 * Flags: `--check` (exit 1 when kb.json is stale), `--sources DIR`, `--out FILE`, `--quiet`.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipelineTools, loadKnowledgeData } from '../knowledge/build.ts';
import { rebuildFromDir } from '../knowledge/rebuild.ts';
import { serializeKnowledge } from '../knowledge/serialize.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT, SOURCES_DIR } from '../paths.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      sources: { type: 'string', default: SOURCES_DIR },
      out: { type: 'string', default: KB_PATH },
      data: { type: 'string', default: KNOWLEDGE_DIR },
    },
  });
  const started = performance.now();
  const tools = createPipelineTools(await loadKnowledgeData(values.data));
  if (values.check) {
    const { kb } = await rebuildFromDir(values.sources, tools, null, REPO_ROOT);
    const bytes = serializeKnowledge(kb);
    const current = await readFile(values.out, 'utf8').catch(() => '');
    if (current !== bytes) {
      console.error(`kb:build --check: ${relative(REPO_ROOT, values.out)} is stale; run npm run kb:build`);
      return 1;
    }
    console.log(`kb:build --check: ${relative(REPO_ROOT, values.out)} is up to date`);
    return 0;
  }
  const { kb } = await rebuildFromDir(values.sources, tools, values.out, REPO_ROOT);
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
