import { describe, expect, it } from 'vitest';
import {
  buildProgressPrinter,
  describeBuildProgress,
  PLAIN_LINE_INTERVAL_MS,
  progressBar,
} from '../../src/cli/build-progress.ts';

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('kb:build progress', () => {
  it('describes articles done, rate and time left', () => {
    expect(describeBuildProgress(10, 40, 2_000)).toBe('10/40 articles 25% · 5.0/s · ETA 6 s');
    expect(describeBuildProgress(40, 40, 8_000)).toBe('40/40 articles 100% · 5.0/s · ETA 0 s');
    expect(describeBuildProgress(1, 1000, 1_000)).toContain('ETA 16 min 39 s');
    expect(progressBar(5, 10, 10)).toBe('[#####-----]');
  });

  it('redraws one bar in place on a terminal and ends its line when done', () => {
    let t = 0;
    const out = sink(true);
    const printer = buildProgressPrinter(out, () => t);
    for (let done = 1; done <= 3; done++) {
      t += 500;
      printer.onProgress({ phase: 'clean', done, total: 3 });
      printer.onProgress({ phase: 'annotate', done, total: 3 });
    }
    printer.finish();
    expect(out.written).toHaveLength(4);
    expect(out.written.slice(0, 3).every((w) => w.startsWith('\r[') && !w.includes('\n'))).toBe(true);
    expect(out.written[2]).toContain('3/3 articles 100%');
    expect(out.written[3]).toBe('\n');
  });

  it('prints occasional plain lines when the output is not a terminal', () => {
    let t = 0;
    const out = sink(false);
    const printer = buildProgressPrinter(out, () => t);
    for (let done = 1; done <= 100; done++) {
      t += 200;
      printer.onProgress({ phase: 'annotate', done, total: 100 });
    }
    printer.finish();
    // 20 s of building: a line every 5 s, the last one when the articles are done.
    expect(out.written.length).toBe(20_000 / PLAIN_LINE_INTERVAL_MS);
    expect(out.written.every((w) => w.startsWith('kb:build: ') && w.endsWith('\n'))).toBe(true);
    expect(out.written.at(-1)).toContain('100/100 articles 100%');
  });
});
