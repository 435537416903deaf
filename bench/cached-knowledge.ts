/**
 * The knowledge a study script (bench/*-study.ts) asks against, per eval set's knowledge kind, built once and
 * cached as JSON in `cacheDir` so a second run starts at once. The cache is never invalidated: delete the
 * directory after changing the pipeline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Runtime } from '../src/answer/create.ts';
import { fixtureDir, knowledgeWithArticles } from '../src/eval/sets.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';

/** A look-up of the knowledge of an eval set's kind ('shipped', or a fixture folder), cached in `cacheDir`. */
export function cachedKnowledge(
  runtime: Runtime,
  cacheDir: string,
): (kind: string) => Promise<KnowledgeBase> {
  mkdirSync(cacheDir, { recursive: true });
  return async (kind) => {
    if (kind === 'shipped') return runtime.kb;
    const path = `${cacheDir}/${kind}.json`;
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as KnowledgeBase;
    const kb = await knowledgeWithArticles(runtime, fixtureDir(kind));
    writeFileSync(path, JSON.stringify(kb));
    return kb;
  };
}
