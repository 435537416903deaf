/**
 * One full rebuild: read and validate the sources, build, validate the result, write it atomically.
 * Any failure throws before the knowledge file is touched.
 */
import { buildKnowledge, type PipelineTools } from './build.ts';
import type { KnowledgeBase } from './schema.ts';
import { readSourceDir, type RawSource } from './sources.ts';
import { serializeKnowledge, validateKnowledge, writeKnowledgeBytes } from './store.ts';

export interface RebuildResult {
  kb: KnowledgeBase;
  sources: RawSource[];
  /** The serialized file, as written (or as it would be written). */
  bytes: string;
}

/**
 * Builds knowledge from `sources` and checks that the result reads back as valid. The knowledge returned is
 * the copy read back, so the built one can be freed before it is parsed: only one is in memory at a time.
 */
export function buildValidated(
  sources: readonly RawSource[],
  tools: PipelineTools,
): { kb: KnowledgeBase; bytes: string } {
  const bytes = serializeKnowledge(buildKnowledge(sources, tools));
  const kb = validateKnowledge(JSON.parse(bytes));
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
  const { kb, bytes } = buildValidated(sources, tools);
  if (outPath !== null) await writeKnowledgeBytes(outPath, bytes);
  return { kb, sources, bytes };
}
