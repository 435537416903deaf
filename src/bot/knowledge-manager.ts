/**
 * Moderator knowledge refreshes: `/kb refresh` rebuilds from the sources folder, `/kb add` adds one article.
 *
 * A refresh builds the new knowledge off to the side (in a worker thread: see knowledge-builder.ts) and
 * validates it; only then are files written (the source through a temp file and a rename, then the
 * knowledge file the same way) and the engine swapped. Any failure before the swap leaves the served
 * knowledge and the files on disk exactly as they were. Refreshes run one at a time.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { AnswerEngine } from '../answer/engine.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import {
  MAX_SOURCE_BYTES,
  parseSource,
  readSourceDir,
  SOURCE_EXTENSIONS,
  type RawSource,
} from '../knowledge/sources.ts';
import { writeKnowledgeBytes } from '../knowledge/store.ts';
import type { Logger } from '../log.ts';
import { downloadAttachment } from './attachments.ts';
import type { KnowledgeBuilder, RefreshProgressListener } from './knowledge-builder.ts';
import {
  summarizeRefresh,
  type IdChange,
  type KnowledgeChange,
  type KnowledgeStatusView,
  type RefreshOutcome,
} from './render-knowledge.ts';
import type { SharedKnowledge } from './shared-knowledge.ts';
import type { BotState } from './state.ts';

export const MAX_REASON_CHARS = 300;
export const RECENT_REFRESHES_SHOWN = 5;
export const UNANSWERED_SHOWN = 5;

/** Who asked for a refresh. */
export interface Moderator {
  id: string;
  name: string;
}

/** An uploaded file as Discord describes it, before it is downloaded. */
export interface AttachmentInfo {
  name: string;
  size: number;
  url: string;
}

export interface KnowledgeManagerOptions {
  engine: AnswerEngine;
  /** Builds and validates knowledge from sources. */
  build: KnowledgeBuilder;
  sourcesDir: string;
  kbPath: string;
  /** Source paths in the knowledge file are relative to this directory (the repository root). */
  root: string;
  state: BotState;
  logger: Logger;
  /** Download deadline for `/kb add` attachments. */
  downloadTimeoutMs?: number;
  /** With Redis: added articles and each build are published there for every process (see knowledge-sync.ts). */
  shared?: SharedKnowledge;
  /** This process's name in `/kb status`'s list of processes (with `shared`). */
  processName?: string;
}

/** A refresh that cannot go ahead; the message is the one line the moderator reads. */
class Refused extends Error {}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0] ?? '').trim() || 'unknown error';
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line;
}

function idChange(before: Iterable<string>, after: Iterable<string>): IdChange {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((id) => !a.has(id)), removed: [...a].filter((id) => !b.has(id)) };
}

/** Sources, sentences and quotes added and removed between two knowledge bases, by id. */
export function diffKnowledge(before: KnowledgeBase, after: KnowledgeBase): KnowledgeChange {
  return {
    sources: idChange(
      before.sources.map((s) => s.id),
      after.sources.map((s) => s.id),
    ),
    sentences: idChange(
      before.sentences.map((s) => s.id),
      after.sentences.map((s) => s.id),
    ),
    quotes: idChange(
      before.quotes.map((q) => q.id),
      after.quotes.map((q) => q.id),
    ),
  };
}

/** Why an attachment cannot be an article, judged from its name and size alone; `null` when it may be. */
export function checkAttachment(info: Pick<AttachmentInfo, 'name' | 'size'>): string | null {
  const ext = extname(info.name).toLowerCase();
  if (!(SOURCE_EXTENSIONS as readonly string[]).includes(ext))
    return `${info.name}: only ${SOURCE_EXTENSIONS.join(' or ')} articles can be added`;
  if (info.size > MAX_SOURCE_BYTES)
    return `${info.name}: file is ${info.size} bytes; the limit is ${MAX_SOURCE_BYTES} (1 MB)`;
  if (info.size === 0) return `${info.name}: file is empty`;
  return null;
}

/** Rebuilds and swaps the served knowledge; see the module header. */
export class KnowledgeManager {
  readonly #options: KnowledgeManagerOptions;
  #queue: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #builtAt: number | null;
  /** The version the last refresh published; it is being served, or about to be while that refresh runs. */
  #publishing: string | null = null;

  private constructor(options: KnowledgeManagerOptions, builtAt: number | null) {
    this.#options = options;
    this.#builtAt = builtAt;
  }

  /** Creates the manager; the knowledge file's modification time is its build time. */
  static async create(options: KnowledgeManagerOptions): Promise<KnowledgeManager> {
    const builtAt = await stat(options.kbPath).then(
      (s) => s.mtimeMs,
      () => null,
    );
    return new KnowledgeManager(options, builtAt);
  }

  /** True while a refresh runs or waits. */
  get refreshing(): boolean {
    return this.#pending > 0;
  }

  /** The version served now. */
  get version(): string {
    return this.#options.engine.knowledge.version;
  }

  /** The version this process's refresh published and is about to serve, if any. */
  get publishing(): string | null {
    return this.refreshing ? this.#publishing : null;
  }

  /** Resolves once the refreshes queued so far have finished. */
  async idle(): Promise<void> {
    await this.#queue;
  }

  /** What `/kb status` shows. */
  async status(): Promise<KnowledgeStatusView> {
    const kb = this.#options.engine.knowledge;
    const { state, shared } = this.#options;
    const [refreshes, feedback, unanswered, served] = await Promise.all([
      state.recentRefreshes(RECENT_REFRESHES_SHOWN),
      state.feedbackTotals(),
      state.topUnanswered(UNANSWERED_SHOWN),
      shared === undefined ? null : shared.served().catch(() => null),
    ]);
    return {
      version: kb.version,
      builtAt: this.#builtAt,
      counts: kb.counts,
      refreshing: this.refreshing,
      refreshes,
      feedback,
      unanswered,
      storeAvailable: state.available,
      processes: shared === undefined ? null : { served, thisProcess: this.#options.processName ?? null },
    };
  }

  /** Rebuilds from the sources folder and serves the result; `onProgress` hears each phase as it completes. */
  async refresh(by: Moderator, onProgress?: RefreshProgressListener): Promise<RefreshOutcome> {
    return this.#record('refresh', by, () =>
      this.#exclusive(async () => {
        const { sourcesDir, root } = this.#options;
        const sources = await this.#sources(sourcesDir, root);
        if (sources.length === 0) throw new Refused('the sources folder has no .md or .txt articles');
        onProgress?.({ phase: 'read', done: 1, total: 1 });
        return this.#rebuild(sources, null, onProgress);
      }),
    );
  }

  /** Checks, downloads and adds an uploaded article, then rebuilds. */
  async addAttachment(
    info: AttachmentInfo,
    by: Moderator,
    onProgress?: RefreshProgressListener,
  ): Promise<RefreshOutcome> {
    return this.#record('add', by, async () => {
      const problem = checkAttachment(info);
      if (problem !== null) throw new Refused(problem);
      const bytes = await downloadAttachment(info.url, {
        maxBytes: MAX_SOURCE_BYTES,
        ...(this.#options.downloadTimeoutMs === undefined
          ? {}
          : { timeoutMs: this.#options.downloadTimeoutMs }),
      }).catch((error: unknown) => {
        throw new Refused(`${info.name}: ${oneLine(error)}`);
      });
      return this.#exclusive(() => this.#add(info.name, bytes, onProgress));
    });
  }

  /** Adds an article from its bytes (already downloaded), then rebuilds. */
  async add(
    name: string,
    bytes: Uint8Array,
    by: Moderator,
    onProgress?: RefreshProgressListener,
  ): Promise<RefreshOutcome> {
    return this.#record('add', by, async () => {
      const problem = checkAttachment({ name, size: bytes.byteLength });
      if (problem !== null) throw new Refused(problem);
      return this.#exclusive(() => this.#add(name, bytes, onProgress));
    });
  }

  /**
   * Records an article refused before it reached the sources (a `/kb add url:` page that cannot be one),
   * in the log and the refresh history like any refused add; returns the outcome to show.
   */
  async refuseAdd(by: Moderator, reason: string): Promise<RefreshOutcome> {
    return this.#record('add', by, () => Promise.reject(new Refused(reason)));
  }

  async #add(
    name: string,
    bytes: Uint8Array,
    onProgress: RefreshProgressListener | undefined,
  ): Promise<RefreshOutcome> {
    const { sourcesDir, root } = this.#options;
    let parsed: RawSource;
    try {
      parsed = parseSource(bytes, name);
    } catch (error) {
      throw new Refused(oneLine(error));
    }
    const fileName = `${parsed.meta.id}${extname(name).toLowerCase()}`;
    const target = join(sourcesDir, fileName);
    const candidate: RawSource = { ...parsed, file: relative(root, target) || fileName };
    const existing = await this.#sources(sourcesDir, root);
    const clash = existing.find((s) => s.meta.id === parsed.meta.id);
    if (clash !== undefined)
      throw new Refused(`${name}: an article with id "${parsed.meta.id}" already exists (${clash.file})`);
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      throw new Refused(`${name}: a file named ${fileName} already exists in the sources folder`);
    onProgress?.({ phase: 'read', done: 1, total: 1 });
    return this.#rebuild([...existing, candidate], { path: target, bytes }, onProgress);
  }

  /** The sources on disk, and with Redis the articles added on any process (those on disk win a clash). */
  async #sources(sourcesDir: string, root: string): Promise<RawSource[]> {
    const onDisk = await readSourceDir(sourcesDir, root).catch((error: unknown) => {
      throw new Refused(`the sources folder has a problem: ${oneLine(error)}`);
    });
    const { shared } = this.#options;
    if (shared === undefined) return onDisk;
    const added = await shared.addedSources(sourcesDir, root).catch((error: unknown) => {
      throw new Refused(`the shared articles in Redis could not be read: ${oneLine(error)}`);
    });
    const ids = new Set(onDisk.map((s) => s.meta.id));
    return [...onDisk, ...added.filter((s) => !ids.has(s.meta.id))];
  }

  /** Builds, validates, writes (source first, knowledge second) and swaps; undoes the source on a failed write. */
  async #rebuild(
    sources: RawSource[],
    newSource: { path: string; bytes: Uint8Array } | null,
    onProgress: RefreshProgressListener | undefined,
  ): Promise<RefreshOutcome> {
    const { engine, build, kbPath, logger } = this.#options;
    const started = performance.now();
    const before = engine.knowledge;
    let built: { kb: KnowledgeBase; bytes: string };
    try {
      built = await build(sources, onProgress);
    } catch (error) {
      throw new Refused(`the new knowledge did not build: ${oneLine(error)}`);
    }
    const ms = performance.now() - started;
    const outcome: RefreshOutcome = {
      ok: true,
      previousVersion: before.version,
      version: built.kb.version,
      change: diffKnowledge(before, built.kb),
      ms,
      counts: built.kb.counts,
      storedAs: newSource === null ? null : relative(this.#options.root, newSource.path),
    };
    if (built.kb.version === before.version && newSource === null) {
      onProgress?.({ phase: 'swap', done: 1, total: 1 });
      return outcome;
    }
    if (this.#options.shared !== undefined) {
      const name = newSource === null ? null : { name: basename(newSource.path), bytes: newSource.bytes };
      // Marked before the publication: the announcement can reach this process's own sync before
      // `publish` returns, and the sync must then wait for this refresh rather than load the build again.
      const previous = this.#publishing;
      this.#publishing = built.kb.version;
      await this.#options.shared.publish(built.kb.version, built.bytes, name).catch((error: unknown) => {
        this.#publishing = previous;
        throw new Refused(`could not publish the new knowledge to Redis: ${oneLine(error)}`);
      });
    }
    if (newSource !== null) await writeAtomically(newSource.path, newSource.bytes);
    try {
      await writeKnowledgeBytes(kbPath, built.bytes);
    } catch (error) {
      if (newSource !== null) await rm(newSource.path, { force: true });
      throw new Refused(`could not write the knowledge file: ${oneLine(error)}`);
    }
    engine.swap(built.kb);
    this.#builtAt = Date.now();
    onProgress?.({ phase: 'swap', done: 1, total: 1 });
    logger.info(
      { version: built.kb.version, previous: before.version, ms: Math.round(ms), counts: built.kb.counts },
      'knowledge swapped',
    );
    return outcome;
  }

  /** Serves knowledge built and validated by another process; false when it is served already. */
  async adopt(kb: KnowledgeBase): Promise<boolean> {
    return this.#exclusive(async () => {
      const before = this.#options.engine.knowledge;
      if (before.version === kb.version) return false;
      this.#options.engine.swap(kb);
      this.#builtAt = Date.now();
      return true;
    });
  }

  /** Runs `task` after every earlier refresh has finished. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.#pending += 1;
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run.finally(() => {
      this.#pending -= 1;
    });
  }

  /** Turns refusals into outcomes, logs and keeps the history. */
  async #record(
    action: 'refresh' | 'add',
    by: Moderator,
    task: () => Promise<RefreshOutcome>,
  ): Promise<RefreshOutcome> {
    let outcome: RefreshOutcome;
    try {
      outcome = await task();
    } catch (error) {
      if (!(error instanceof Refused))
        this.#options.logger.error({ err: error, action, by: by.id }, 'knowledge refresh failed');
      outcome = {
        ok: false,
        reason: error instanceof Refused ? error.message : `unexpected error: ${oneLine(error)}`,
      };
    }
    this.#options.logger.info(
      { action, by: by.id, ok: outcome.ok, summary: summarizeRefresh(outcome) },
      'knowledge refresh',
    );
    await this.#options.state.recordRefresh({
      action,
      by,
      at: Date.now(),
      ok: outcome.ok,
      summary: summarizeRefresh(outcome),
      version: outcome.ok ? outcome.version : null,
    });
    return outcome;
  }
}

/** Writes `bytes` to `path` through a hidden temp file in the same folder (ignored by the source reader) and a rename. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const dir = join(path, '..');
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Refused(`could not store the article: ${oneLine(error)}`);
  }
}
