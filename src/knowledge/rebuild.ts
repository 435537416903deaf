/**
 * One full rebuild: read and validate the sources, build, validate the result, write it atomically.
 * Any failure throws before the knowledge file is touched.
 */
import {
  buildKnowledge,
  buildUnversionedKnowledge,
  type BuildProgressListener,
  type PipelineTools,
} from './build.ts';
import type { KnowledgeBase } from './schema.ts';
import { readSourceDir, type RawSource } from './sources.ts';
import { versionedBytes } from './serialize.ts';
import { validateKnowledge, writeUnversionedKnowledgeFile } from './store.ts';

export interface RebuildResult {
  kb: KnowledgeBase;
  sources: RawSource[];
}

/**
 * Builds knowledge from `sources` and validates it with the same checks the loader applies, so what is
 * written will load. The knowledge holds plain JSON values only, so the object validated is what the file
 * reads back as.
 */
export function buildValidatedKnowledge(
  sources: readonly RawSource[],
  tools: PipelineTools,
  onProgress?: BuildProgressListener,
): KnowledgeBase {
  return validateKnowledge(buildKnowledge(sources, tools, onProgress), { verifyVersion: false });
}

/**
 * {@link buildValidatedKnowledge} with the file's bytes, for callers that move them between threads: the
 * content is serialised once for both the version and the bytes.
 */
export function buildValidated(
  sources: readonly RawSource[],
  tools: PipelineTools,
  onProgress?: BuildProgressListener,
): { kb: KnowledgeBase; bytes: string } {
  const kb = validateKnowledge(buildUnversionedKnowledge(sources, tools, onProgress), {
    verifyVersion: false,
  });
  const bytes = versionedBytes(kb);
  onProgress?.({ phase: 'index', done: 1, total: 1 });
  return { kb, bytes };
}

/**
 * Rebuilds from the sources in `sourcesDir`. With `outPath`, writes the file atomically; without, only
 * builds (a dry run or a staleness check).
 */
export async function rebuildFromDir(
  sourcesDir: string,
  tools: PipelineTools,
  outPath: string | null,
  root?: string,
): Promise<RebuildResult> {
  const sources = await readSourceDir(sourcesDir, root);
  if (sources.length === 0) throw new Error(`${sourcesDir}: no .md or .txt sources found`);
  if (outPath === null) return { kb: buildValidatedKnowledge(sources, tools), sources };
  // The version is hashed from the bytes as they are written: one serialisation instead of two.
  const kb = validateKnowledge(buildUnversionedKnowledge(sources, tools), { verifyVersion: false });
  await writeUnversionedKnowledgeFile(outPath, kb);
  return { kb, sources };
}
