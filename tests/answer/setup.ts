/** Builds the real engine on the shipped knowledge, or on it with more articles, once per test file. */
import type { ActReading } from '../../src/answer/asked-act.ts';
import Keyv from 'keyv';
import { createRuntime, type Runtime } from '../../src/answer/create.ts';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource, readSourceDir } from '../../src/knowledge/sources.ts';
import { join } from 'node:path';
import { engineFor, knowledgeWithArticles } from '../../src/eval/sets.ts';
import { KB_PATH, KNOWLEDGE_DIR, REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';

export async function shippedRuntime(store: Keyv = new Keyv()): Promise<Runtime> {
  return createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store });
}

/**
 * One shipped runtime per test file for the builders below, which read only its data and pipelines (each engine
 * they return has its own store): a file of many fixture engines loaded a whole runtime (wink's model, the word
 * vectors, WordNet) per engine and could run out of memory.
 */
let builderRuntime: Promise<Runtime> | null = null;
function runtimeForBuilders(): Promise<Runtime> {
  return (builderRuntime ??= shippedRuntime());
}

/**
 * The knowledge built from the shipped sources and `articles` (each a whole article file, front matter
 * first), as a moderator's refresh builds it, and an engine answering from it.
 */
export async function withArticles(
  ...articles: string[]
): Promise<{ kb: KnowledgeBase; engine: AnswerEngine; runtime: Runtime }> {
  const runtime = await runtimeForBuilders();
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    ...articles.map((text, i) => parseSource(new TextEncoder().encode(text), `added-${i + 1}.md`)),
  ];
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  return { kb, engine: engineFor(runtime, kb), runtime };
}

/**
 * The knowledge built from `articles` alone, no shipped source (each a whole article file, front matter first,
 * by its file name), and an engine answering from it: one mechanism checked on text written for it.
 */
export async function articlesAlone(
  articles: Readonly<Record<string, string>>,
): Promise<{ kb: KnowledgeBase; engine: AnswerEngine; runtime: Runtime }> {
  const runtime = await runtimeForBuilders();
  const sources = Object.entries(articles).map(([file, text]) =>
    parseSource(new TextEncoder().encode(text), file),
  );
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  return { kb, engine: engineFor(runtime, kb), runtime };
}

/** The knowledge built from the shipped sources and a fixture folder (`tests/fixtures/<dir>`), as `npm run eval` builds it. */
export async function fixtureKnowledge(runtime: Runtime, dir: string): Promise<KnowledgeBase> {
  return knowledgeWithArticles(runtime, join(REPO_ROOT, 'tests', 'fixtures', dir));
}

/** An engine answering from {@link fixtureKnowledge}. */
export async function fixtureEngine(runtime: Runtime, dir: string): Promise<AnswerEngine> {
  return engineFor(runtime, await fixtureKnowledge(runtime, dir));
}

/**
 * How the asked-act checks read a question in these tests: a few verbs of saying and comparing, and a word
 * is a verb when the tagger reads it as one after "they".
 */
export function testActReading(runtime: Runtime): ActReading {
  const nlp = runtime.questionNlp;
  return {
    sayings: new Set(['say', 'tell', 'think']),
    comparing: new Set(['agree', 'same', 'more']),
    isVerb: (word) => nlp.analyse(`they ${word} it`).tokens[1]?.pos === 'VERB',
  };
}
