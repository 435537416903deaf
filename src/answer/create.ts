/** Builds the answer engine and everything it needs, once, from the files under `knowledge/`. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Keyv from 'keyv';
import { loadKnowledgeData, type KnowledgeData } from '../knowledge/data.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { PeopleLexicon } from '../knowledge/people.ts';
import { loadKnowledgeFile } from '../knowledge/store.ts';
import { Nlp } from '../nlp/pipeline.ts';
import { WordVectors } from '../nlp/word-vectors.ts';
import { WordNet } from '../nlp/wordnet.ts';
import { spanishWordsReadOnFirstUse, type SpanishWordList } from '../nlp/spanish-words.ts';
import { SpanishDictionary } from '../nlp/spanish-dictionary.ts';
import { SPANISH_DICTIONARY_FILE } from '../paths.ts';
import { AnswerEngine } from './engine.ts';
import type { EngineData } from './understand.ts';
import { parseDataJson } from '../lookup.ts';

async function readJson(path: string): Promise<unknown> {
  return parseDataJson(await readFile(path, 'utf8'));
}

/**
 * Reads `intents.json`, `synonyms.json` and `spanish.json`; the word vectors, the WordNet table's text
 * (`wordnet.txt`, `null` when absent) and the titles people hold are the ones the knowledge data loaded (its
 * `lexicon.json`), read once for the pipeline and the engine.
 */
export async function loadEngineData(
  dir: string,
  vectors: WordVectors | null,
  wordnetText: string | null,
  lexicon:
    | (Pick<
        PeopleLexicon,
        'personTitles' | 'personNouns' | 'genderedNouns' | 'titleAbbreviations' | 'honorifics'
      > & {
        countryWords?: Record<string, string[]>;
        quoteCues?: string[];
      })
    | null = null,
): Promise<EngineData> {
  const [intents, synonyms, spanish, spanishWords, spanishDictionary] = await Promise.all([
    readJson(join(dir, 'intents.json')),
    readJson(join(dir, 'synonyms.json')),
    readJson(join(dir, 'spanish.json')),
    loadSpanishWords(),
    loadSpanishDictionary(join(dir, SPANISH_DICTIONARY_FILE)),
  ]);
  const personHeads = new Map<string, 'male' | 'female' | null>([
    ...(lexicon?.personNouns ?? []).map((w) => [w, null] as const),
    ...Object.entries(lexicon?.genderedNouns ?? {}),
  ]);
  return {
    intents,
    synonyms,
    vectors,
    wordnet: wordnetText === null ? null : new WordNet(wordnetText),
    spanish,
    titles: lexicon?.personTitles ?? [],
    honorifics: Object.keys(lexicon?.honorifics ?? {}),
    personHeads,
    titleAbbreviations: new Map(Object.entries(lexicon?.titleAbbreviations ?? {})),
    countryWords: lexicon?.countryWords ?? {},
    quoteCues: lexicon?.quoteCues ?? [],
    spanishWords,
    spanishDictionary,
  } as EngineData;
}

/**
 * The general Spanish–English dictionary at `path`, or `null` (with a warning on stderr) when it cannot be
 * read: Spanish questions are then read with the hand lexicon alone.
 */
async function loadSpanishDictionary(path: string): Promise<SpanishDictionary | null> {
  try {
    return new SpanishDictionary(await readFile(path, 'utf8'));
  } catch (error) {
    process.emitWarning(`Spanish dictionary not loaded: ${String(error)}`);
    return null;
  }
}

/**
 * The general Spanish word list of the pinned `an-array-of-spanish-words` package, read when a question first
 * needs it, or `null` (with a warning on stderr) when the package is missing: Spanish questions are then read
 * with the lexicon alone.
 */
function loadSpanishWords(): SpanishWordList | null {
  try {
    return spanishWordsReadOnFirstUse(createRequire(import.meta.url).resolve('an-array-of-spanish-words'));
  } catch (error) {
    process.emitWarning(`Spanish word list not loaded: ${String(error)}`);
    return null;
  }
}

export interface Runtime {
  engine: AnswerEngine;
  /**
   * The full pipeline, for building knowledge (a refresh): built on first use, since answering never needs
   * it and loading wink-nlp's model for it was about a sixth of the cold start.
   */
  readonly nlp: Nlp;
  /** The lighter pipeline the engine reads questions with. */
  questionNlp: Nlp;
  knowledgeData: KnowledgeData;
  engineData: EngineData;
  /** The word vectors, loaded once for the engine and the pipeline. */
  vectors: WordVectors | null;
  kb: KnowledgeBase;
}

/** Loads the knowledge file and data, builds the NLP pipeline and the engine. */
export async function createRuntime(options: {
  knowledgeDir: string;
  kbPath: string;
  store: Keyv;
  onStoreError?: (error: unknown) => void;
}): Promise<Runtime> {
  const [knowledgeData, kb] = await Promise.all([
    loadKnowledgeData(options.knowledgeDir),
    loadKnowledgeFile(options.kbPath),
  ]);
  const vectors = knowledgeData.vectorBytes ? new WordVectors(knowledgeData.vectorBytes) : null;
  const engineData = await loadEngineData(
    options.knowledgeDir,
    vectors,
    knowledgeData.wordnetText,
    knowledgeData.lexicon,
  );
  const aliases = knowledgeData.entities.caseSensitiveAliases ?? [];
  let articlesNlp: Nlp | null = null;
  const questionNlp = new Nlp(knowledgeData.entities.entities, aliases, 'questions');
  const engine = new AnswerEngine({
    kb,
    nlp: questionNlp,
    data: engineData,
    store: options.store,
    ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
  });
  return {
    engine,
    get nlp() {
      return (articlesNlp ??= new Nlp(knowledgeData.entities.entities, aliases, 'articles'));
    },
    questionNlp,
    knowledgeData,
    engineData,
    vectors,
    kb,
  };
}
