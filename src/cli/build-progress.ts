/**
 * How `kb:build` shows a build's progress: a bar redrawn in place on a terminal, occasional plain lines
 * when its output goes to a file or a pipe (CI logs, `| tee`).
 */
import type { BuildProgress } from '../knowledge/build.ts';

/** Redraws of the bar at most this often: smooth enough to read, cheap for a 10,000-article build. */
export const BAR_REDRAW_INTERVAL_MS = 100;
/** Plain progress lines at most this often, so a long build in CI shows it is alive without flooding the log. */
export const PLAIN_LINE_INTERVAL_MS = 5_000;
export const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Articles done, rate and time left as one line, e.g. `12/40 articles 30% · 8.1/s · ETA 3 s`. */
export function describeBuildProgress(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `${done}/${total} articles ${percent}% · ${rate.toFixed(1)}/s · ETA ${done >= total ? '0 s' : duration(eta)}`;
}

/** A bar of `width` cells, filled in proportion to `done / total`. */
export function progressBar(done: number, total: number, width: number = BAR_WIDTH): string {
  const filled = total > 0 ? Math.min(width, Math.floor((width * done) / total)) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export interface BuildProgressPrinter {
  onProgress(progress: BuildProgress): void;
  /** Ends the bar's line (on a terminal) so what is printed next starts on its own. */
  finish(): void;
}

/**
 * Prints progress to `out`: on a TTY a bar rewritten with `\r`; otherwise a plain line at most every
 * {@link PLAIN_LINE_INTERVAL_MS} and one when the articles are done.
 */
export function buildProgressPrinter(
  out: { isTTY?: boolean; write(text: string): unknown },
  now: () => number = () => performance.now(),
): BuildProgressPrinter {
  const started = now();
  const tty = out.isTTY === true;
  let lastPrinted = tty ? -Infinity : started;
  let drawn = false;
  return {
    onProgress(progress) {
      if (progress.phase !== 'annotate') return;
      const t = now();
      const complete = progress.done >= progress.total;
      const every = tty ? BAR_REDRAW_INTERVAL_MS : PLAIN_LINE_INTERVAL_MS;
      if (!complete && t - lastPrinted < every) return;
      lastPrinted = t;
      const line = describeBuildProgress(progress.done, progress.total, t - started);
      if (tty) {
        out.write(`\r${progressBar(progress.done, progress.total)} ${line}\u001b[K`);
        drawn = true;
      } else out.write(`kb:build: ${line}\n`);
    },
    finish() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
