/**
 * Attribution alone, fast: each fixture folder's articles built alone (cached by a hash of the pipeline and
 * the folder, see cached-knowledge.ts) and scored against its quote table. Tuned folders list their misses;
 * held-out folders print totals only, as the eval does.
 *   node --import tsx bench/attr-study.ts [cacheDir] [--tuned-only]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRuntime } from '../src/answer/create.ts';
import { FIXTURE_FOLDERS } from '../src/eval/fixture-folders.ts';
import { fixtureDir, holdoutKnowledge, loadQuoteTable } from '../src/eval/sets.ts';
import { attributions } from '../src/eval/speaker-match.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';
import { createStore } from '../src/store.ts';
import { buildFingerprint } from './cached-knowledge.ts';

const cacheDir =
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/tmp/attr-study-cache';
const tunedOnly = process.argv.includes('--tuned-only');
mkdirSync(cacheDir, { recursive: true });
const runtime = await createRuntime({
  knowledgeDir: KNOWLEDGE_DIR,
  kbPath: KB_PATH,
  store: createStore(null),
});

async function alone(folder: string): Promise<KnowledgeBase> {
  const path = `${cacheDir}/${folder}-${buildFingerprint(fixtureDir(folder))}.json`;
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as KnowledgeBase;
  const kb = await holdoutKnowledge(runtime, fixtureDir(folder));
  writeFileSync(path, JSON.stringify(kb));
  return kb;
}

let tunedOk = 0;
let tunedAll = 0;
let heldOk = 0;
let heldAll = 0;
for (const { folder, attribution } of FIXTURE_FOLDERS) {
  if (tunedOnly && attribution !== 'tuned') continue;
  const table = attributions(await alone(folder), await loadQuoteTable(fixtureDir(folder)));
  const ok = table.filter((r) => r.ok).length;
  console.log(`${folder}: ${ok}/${table.length}`);
  if (attribution === 'tuned') {
    tunedOk += ok;
    tunedAll += table.length;
    for (const r of table.filter((x) => !x.ok))
      console.log(
        `- ${r.source}: "${r.text}" → ${r.found ? (r.got ?? 'no speaker') : 'not found'}, expected ${r.speaker}`,
      );
  } else {
    heldOk += ok;
    heldAll += table.length;
  }
}
console.log(`tuned ${tunedOk}/${tunedAll}, held-out ${heldOk}/${heldAll}`);
