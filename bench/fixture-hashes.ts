/**
 * `node --import tsx bench/fixture-hashes.ts OUT`: the sha256 of the serialised knowledge built from the
 * shipped sources plus each tests/fixtures folder (as knowledgeWithArticles builds it), one line per folder.
 * Prints hashes only, never content (held-out folders are never looked at). A speed-up of the pipeline must
 * leave every line as it was: run it before and after and compare the files.
 */
import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRuntime } from '../src/answer/create.ts';
import { knowledgeWithArticles } from '../src/eval/sets.ts';
import { serializeKnowledge } from '../src/knowledge/serialize.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT } from '../src/paths.ts';
import { createStore } from '../src/store.ts';

const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});
const root = join(REPO_ROOT, 'tests', 'fixtures');
const folders = (await readdir(root, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const lines: string[] = [];
const started = process.cpuUsage();
for (const folder of folders) {
  let hash: string;
  try {
    const kb = await knowledgeWithArticles(runtime, join(root, folder));
    hash = createHash('sha256').update(serializeKnowledge(kb)).digest('hex');
  } catch (error) {
    hash = `error ${error instanceof Error ? error.message.slice(0, 80) : 'unknown'}`;
  }
  lines.push(`${folder} ${hash}`);
}
await writeFile(process.argv[2] ?? '/tmp/fixture-hashes.txt', lines.join('\n') + '\n');
const u = process.cpuUsage(started);
console.log(`${folders.length} folders, CPU ${((u.user + u.system) / 1e6).toFixed(1)} s`);
