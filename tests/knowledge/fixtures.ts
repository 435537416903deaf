/**
 * Shared set-up for the knowledge pipeline tests: the real tools (built once per test file, they load the
 * wink-nlp model), the three real sources, and temp directories that clean up after themselves.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../../src/knowledge/annotate.ts';
import {
  buildKnowledge,
  createPipelineTools,
  loadKnowledgeData,
  type PipelineTools,
} from '../../src/knowledge/build.ts';
import type { KnowledgeBase, SourceMeta } from '../../src/knowledge/schema.ts';
import { readSourceDir, type RawSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR, REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';

export const DW = 'dw-2018-us-troops-to-border';
export const INDEPENDENT = 'independent-2019-mexico-troops';
export const SHEINBAUM = 'sheinbaum-2025-rejects-us-troops';

export async function realTools(): Promise<PipelineTools> {
  return createPipelineTools(await loadKnowledgeData(KNOWLEDGE_DIR));
}

export async function realSources(): Promise<RawSource[]> {
  return readSourceDir(SOURCES_DIR, REPO_ROOT);
}

/** The knowledge built in memory from `knowledge/sources`, as `npm run kb:build` would write it. */
export async function buildReal(tools: PipelineTools): Promise<KnowledgeBase> {
  return buildKnowledge(await realSources(), tools);
}

/** Cleans and annotates `body` as one article, for tests of a sentence or two taken from the sources. */
export function annotateText(
  tools: PipelineTools,
  body: string,
  meta: Partial<SourceMeta> = {},
): AnnotatedArticle {
  const full: SourceMeta = {
    id: 'fixture',
    title: 'Fixture',
    outlet: 'Fixture',
    published: '2019-06-25',
    url: null,
    language: 'en',
    syndicatedBy: null,
    author: null,
    ...meta,
  };
  return tools.annotator.annotate(full, tools.cleaner.clean(body, full));
}

/**
 * The speaker given to the innermost quotation of `body` that holds `words` (words recounted inside another
 * quotation are their own), or `undefined` when no quotation holds them.
 */
export function speakerOfWords(
  tools: PipelineTools,
  body: string,
  words: string,
  published = '2021-04-01',
): string | undefined {
  const article = annotateText(tools, body, { published });
  return article.quotes.filter((q) => q.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]
    ?.speakerName;
}

/** A fresh directory under the system temp directory. */
export async function tempDir(prefix = 'border-brief-kb-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A temp directory holding a copy of the three real sources in `sources/`. */
export async function tempCorpus(): Promise<{ dir: string; sources: string }> {
  const dir = await tempDir();
  const sources = join(dir, 'sources');
  await cp(SOURCES_DIR, sources, { recursive: true });
  return { dir, sources };
}

/** The sentence of `kb` whose text contains `words`; fails the test when there is not exactly one. */
export function sentenceWith(kb: KnowledgeBase, words: string) {
  const found = kb.sentences.filter((s) => s.text.includes(words));
  if (found.length !== 1)
    throw new Error(`expected one sentence containing ${JSON.stringify(words)}, found ${found.length}`);
  return found[0] as KnowledgeBase['sentences'][number];
}
