/**
 * Where a refresh builds the new knowledge. The build is synchronous CPU work (about 20 ms per article), so
 * by default it runs in a worker thread with its own NLP pipeline and the bot's event loop keeps answering;
 * only parsing and validating the result happen on the main thread. If the worker cannot start at all, the
 * build runs in the process instead (answers then wait for it).
 */
import { Worker } from 'node:worker_threads';
import {
  buildUnversionedKnowledge,
  createPipelineTools,
  type BuildProgressListener,
  type KnowledgeData,
  type PipelineTools,
} from '../knowledge/build.ts';
import { buildValidated } from '../knowledge/rebuild.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { RawSource } from '../knowledge/sources.ts';
import { versionedBytes } from '../knowledge/serialize.ts';
import { validateKnowledge } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';

export const BUILD_TIMEOUT_MS = 5 * 60_000;

/** The phases of a refresh as the moderator sees them, in order. */
export const REFRESH_PHASES = ['read', 'clean', 'annotate', 'index', 'validate', 'swap'] as const;
export type RefreshPhase = (typeof REFRESH_PHASES)[number];

/** How far a refresh has got: `done` of `total` in `phase` (articles while cleaning and annotating, else 0 or 1 of 1). */
export interface RefreshProgress {
  phase: RefreshPhase;
  done: number;
  total: number;
}

/** Told of each step a refresh completes. */
export type RefreshProgressListener = (progress: RefreshProgress) => void;

/** Builds and validates knowledge from sources; throws with the reason when they do not build. */
export type KnowledgeBuilder = (
  sources: readonly RawSource[],
  onProgress?: RefreshProgressListener,
) => Promise<{ kb: KnowledgeBase; bytes: string }>;

/** What the worker is given. */
export interface BuildJob {
  sources: readonly RawSource[];
  data: KnowledgeData;
}

/** What the worker answers: any number of progress messages, then one result. */
export type BuildReply =
  | { progress: Parameters<BuildProgressListener>[0] }
  | { ok: true; bytes: string }
  | { ok: false; message: string; started: boolean };

/** Runs inside the worker: the pipeline's bytes for `job`. */
export function buildSerialized(job: BuildJob, onProgress?: BuildProgressListener): string {
  // One serialisation for both the version and the bytes.
  const bytes = versionedBytes(
    buildUnversionedKnowledge(job.sources, createPipelineTools(job.data), onProgress),
  );
  onProgress?.({ phase: 'index', done: 1, total: 1 });
  return bytes;
}

/** Builds on the calling thread with tools built once: those given, or `tools()` made on the first build. */
export function inProcessBuilder(tools: PipelineTools | (() => PipelineTools)): KnowledgeBuilder {
  let built: PipelineTools | null = typeof tools === 'function' ? null : tools;
  return async (sources, onProgress) => {
    built ??= (tools as () => PipelineTools)();
    const result = buildValidated(sources, built, onProgress);
    onProgress?.({ phase: 'validate', done: 1, total: 1 });
    return result;
  };
}

/** A build that failed inside the worker (the sources do not build), as opposed to a worker that failed. */
class WorkerBuildError extends Error {}

/**
 * Builds `job` in a worker thread, resolving with the knowledge file's bytes; rejects with "the build took
 * longer than N s" (the worker is stopped) when it runs past `timeoutMs`. `onProgress` hears the worker's
 * progress messages as they arrive.
 */
export function buildInWorker(
  job: BuildJob,
  timeoutMs: number,
  onProgress?: BuildProgressListener,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: job });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new WorkerBuildError(`the build took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    const onMessage = (reply: BuildReply) => {
      if ('progress' in reply) {
        onProgress?.(reply.progress);
        return;
      }
      worker.off('message', onMessage);
      settle();
      if (reply.ok) resolve(reply.bytes);
      else reject(reply.started ? new WorkerBuildError(reply.message) : new Error(reply.message));
    };
    worker.on('message', onMessage);
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`build worker exited with code ${code}`));
    });
  });
}

/**
 * Builds in a worker thread; the result is validated here. Falls back to `fallback` when the worker itself
 * fails (not when the sources fail to build).
 */
export function workerBuilder(
  data: KnowledgeData,
  fallback: KnowledgeBuilder,
  logger: Logger,
  timeoutMs: number = BUILD_TIMEOUT_MS,
): KnowledgeBuilder {
  return async (sources, onProgress) => {
    let bytes: string;
    try {
      bytes = await buildInWorker({ sources, data }, timeoutMs, onProgress);
    } catch (error) {
      if (error instanceof WorkerBuildError) throw error;
      logger.warn({ err: error }, 'build worker unavailable; building on the main thread');
      return fallback(sources, onProgress);
    }
    const kb = validateKnowledge(JSON.parse(bytes));
    onProgress?.({ phase: 'validate', done: 1, total: 1 });
    return { kb, bytes };
  };
}
