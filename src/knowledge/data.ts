/**
 * The domain data under `knowledge/` that both the knowledge pipeline and the answer engine read. Kept apart
 * from the pipeline (build.ts) so answering, which only needs this data, does not load the pipeline's sixty
 * modules at start.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lexicon } from './annotate.ts';
import type { BoilerplateData } from './clean.ts';
import { validateEntityFile, type EntityFile } from './entity-data.ts';
import { WORD_VECTORS_FILE, WORDNET_FILE } from '../paths.ts';
import { parseDataJson } from '../lookup.ts';

/** The domain data the pipeline reads from `knowledge/`. */
export interface KnowledgeData {
  entities: EntityFile;
  lexicon: Lexicon;
  boilerplate: BoilerplateData;
  /** The word-vector table's bytes (plain bytes, so a build worker can be sent them); `null` when absent. */
  vectorBytes: Uint8Array | null;
  /** The WordNet table's text (`wordnet.txt`), for what a noun names; `null` when absent. */
  wordnetText: string | null;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return parseDataJson(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `knowledge: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Reads `entities.json`, `lexicon.json` and `boilerplate.json` from the knowledge directory. */
export async function loadKnowledgeData(dir: string): Promise<KnowledgeData> {
  const absent = (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  };
  const [entities, lexicon, boilerplate, vectorBytes, wordnetText] = await Promise.all([
    readJson(join(dir, 'entities.json')),
    readJson(join(dir, 'lexicon.json')),
    readJson(join(dir, 'boilerplate.json')),
    // A plain view of the file's bytes, not a copy of its 11 MB.
    readFile(join(dir, WORD_VECTORS_FILE)).then(
      (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      absent,
    ),
    readFile(join(dir, WORDNET_FILE), 'utf8').catch(absent),
  ]);
  return {
    entities: validateEntityFile(entities),
    lexicon: lexicon as Lexicon,
    boilerplate: boilerplate as BoilerplateData,
    vectorBytes,
    wordnetText,
  };
}
