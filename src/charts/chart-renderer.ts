/**
 * Answer pictures for the bot: drawn in a worker thread (Vega's layout is 50–100 ms of JavaScript that
 * would otherwise hold up every other answer) and cached by knowledge version and chart data, so the same
 * timeline or comparison is drawn once per version. Vega-Lite must stay out of the bot's thread (see
 * draw.ts), so if the worker cannot start, answers go out without pictures.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AnswerChart } from '../answer/types.ts';
import type { ChartImage } from './chart-image.ts';

/** Pictures kept; the least recently used goes first. A picture is 15–100 kB. */
export const MAX_CACHED_CHARTS = 64;
/** A picture not drawn by then is given up (the answer goes out without it). */
export const CHART_TIMEOUT_MS = 20_000;

type WorkerReply =
  { ready: true } | { id: number; ok: true; image: ChartImage } | { id: number; ok: false; message: string };

/** Draws one chart; the worker-backed default, or a drawer in this thread for tests and scripts. */
export type DrawChart = (chart: AnswerChart) => Promise<ChartImage>;

/** A drawer in this thread (loaded on first use), for tests and scripts that do not load discord.js. */
export function inProcessDraw(): DrawChart {
  let drawer: Promise<{ draw: DrawChart }> | null = null;
  return async (chart) => {
    drawer ??= import('./draw.ts').then(({ ChartDrawer }) => {
      const d = new ChartDrawer();
      return { draw: (c: AnswerChart) => d.draw(c) };
    });
    return (await drawer).draw(chart);
  };
}

/** Draws in one long-lived worker thread, started on first use. */
export class WorkerDraw {
  #worker: Worker | null = null;
  #next = 0;
  readonly #pending = new Map<
    number,
    { resolve: (image: ChartImage) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();

  /** Draws `chart`; rejects when the worker cannot start or fails. */
  draw(chart: AnswerChart): Promise<ChartImage> {
    let worker: Worker;
    try {
      worker = this.#start();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`ChartRenderer: the picture took longer than ${CHART_TIMEOUT_MS / 1000} s`));
      }, CHART_TIMEOUT_MS);
      this.#pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, chart });
    });
  }

  /** Stops the worker; pictures in progress are rejected. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    this.#failAll(new Error('ChartRenderer: closed'));
    if (worker) await worker.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./chart-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      clearTimeout(pending.timer);
      if (reply.ok) pending.resolve({ ...reply.image, png: Buffer.from(reply.image.png) });
      else pending.reject(new Error(reply.message));
    });
    const lost = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      this.#failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`ChartRenderer: the worker exited with code ${code}`)));
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.#pending.delete(id);
    }
  }
}

/** Answer pictures, each drawn once per knowledge version; see the module header. */
export class ChartRenderer {
  readonly #cache = new Map<string, Promise<ChartImage>>();
  readonly #draw: DrawChart;
  readonly #close: () => Promise<void>;
  /** Pictures drawn (cache misses), for tests and benchmarks. */
  drawn = 0;

  /** `draw` defaults to a worker thread; pass {@link inProcessDraw} to draw in this thread. */
  constructor(draw?: DrawChart) {
    if (draw) {
      this.#draw = draw;
      this.#close = async () => undefined;
    } else {
      const worker = new WorkerDraw();
      this.#draw = (chart) => worker.draw(chart);
      this.#close = () => worker.close();
    }
  }

  /**
   * `chart` as a PNG, drawn once per knowledge `version` and chart data: later calls share the first
   * drawing, even while it is under way. Rejects when drawing fails; a failure is not kept.
   */
  render(chart: AnswerChart, version: string): Promise<ChartImage> {
    const key = `${version}:${createHash('sha256').update(JSON.stringify(chart)).digest('base64url')}`;
    const cached = this.#cache.get(key);
    if (cached) {
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached;
    }
    this.drawn++;
    const drawing = this.#draw(chart);
    this.#cache.set(key, drawing);
    drawing.catch(() => {
      if (this.#cache.get(key) === drawing) this.#cache.delete(key);
    });
    while (this.#cache.size > MAX_CACHED_CHARTS) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    return drawing;
  }

  /** Stops the worker thread, if one was started. */
  close(): Promise<void> {
    return this.#close();
  }
}
