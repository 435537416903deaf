import { describe, expect, it } from 'vitest';
import { RefreshProgressLog, throttleProgress } from '../../src/bot/progress.ts';

describe('throttleProgress', () => {
  it('shows the first step at once, then at most one edit per interval with the latest step', async () => {
    const shown: Array<{ value: number; at: number }> = [];
    const started = Date.now();
    const progress = throttleProgress<number>(
      async (value) => void shown.push({ value, at: Date.now() - started }),
      { intervalMs: 100 },
    );
    for (let i = 1; i <= 5; i++) progress.report(i);
    await new Promise((resolve) => setTimeout(resolve, 150));
    progress.report(6);
    progress.report(7);
    await progress.settle();
    progress.report(8);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(shown.map((s) => s.value)).toEqual([1, 5]);
    expect((shown[1]?.at ?? 0) - (shown[0]?.at ?? 0)).toBeGreaterThanOrEqual(95);
  });
});

describe('RefreshProgressLog', () => {
  it('lists every phase: done, under way with its article count, or to come', () => {
    const log = new RefreshProgressLog()
      .record({ phase: 'read', done: 1, total: 1 })
      .record({ phase: 'clean', done: 2, total: 3 })
      .record({ phase: 'annotate', done: 1, total: 3 });
    expect(log.lines()).toEqual([
      '✓ Read the sources',
      '✓ Clean 2/3 articles',
      '… Annotate 1/3 articles',
      '· Index',
      '· Validate',
      '· Swap in',
    ]);
  });
});
