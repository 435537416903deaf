/** Builds the answer engine and everything it needs, once, from the files under `knowledge/`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Keyv from 'keyv';
import { loadKnowledgeData, type KnowledgeData } from '../knowledge/build.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { loadKnowledgeFile } from '../knowledge/store.ts';
import { Nlp } from '../nlp/pipeline.ts';
import { WordVectors } from '../nlp/word-vectors.ts';
import { WORD_VECTORS_FILE } from '../paths.ts';
import { AnswerEngine } from './engine.ts';
import type { EngineData } from './understand.ts';

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Reads `intents.json`, `synonyms.json` and the word vectors (`word-vectors.bin`, when present). */
export async function loadEngineData(dir: string): Promise<EngineData> {
  const [intents, synonyms, vectors] = await Promise.all([
    readJson(join(dir, 'intents.json')),
    readJson(join(dir, 'synonyms.json')),
    readFile(join(dir, WORD_VECTORS_FILE)).then(
      (bytes) => new WordVectors(bytes),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      },
    ),
  ]);
  return { intents, synonyms, vectors } as EngineData;
}

export interface Runtime {
  engine: AnswerEngine;
  /** The full pipeline, for building knowledge (a refresh). */
  nlp: Nlp;
  /** The lighter pipeline the engine reads questions with. */
  questionNlp: Nlp;
  knowledgeData: KnowledgeData;
  engineData: EngineData;
  kb: KnowledgeBase;
}

/** Loads the knowledge file and data, builds the NLP pipeline and the engine. */
export async function createRuntime(options: {
  knowledgeDir: string;
  kbPath: string;
  store: Keyv;
  onStoreError?: (error: unknown) => void;
}): Promise<Runtime> {
  const [knowledgeData, engineData, kb] = await Promise.all([
    loadKnowledgeData(options.knowledgeDir),
    loadEngineData(options.knowledgeDir),
    loadKnowledgeFile(options.kbPath),
  ]);
  const aliases = knowledgeData.entities.caseSensitiveAliases ?? [];
  const nlp = new Nlp(knowledgeData.entities.entities, aliases, 'articles');
  const questionNlp = new Nlp(knowledgeData.entities.entities, aliases, 'questions');
  const engine = new AnswerEngine({
    kb,
    nlp: questionNlp,
    data: engineData,
    store: options.store,
    ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
  });
  return { engine, nlp, questionNlp, knowledgeData, engineData, kb };
}
