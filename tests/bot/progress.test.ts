import { describe, expect, it } from 'vitest';
import {
  PROGRESS_EDIT_INTERVAL_MS,
  RefreshProgressLog,
  showRefreshProgress,
  throttleProgress,
} from '../../src/bot/progress.ts';
import type { MessagePayload } from '../../src/bot/render.ts';

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

describe('showRefreshProgress', () => {
  it('shows every step reported between two edits, not only the last', async () => {
    const edits: MessagePayload[] = [];
    const progress = showRefreshProgress('refresh', async (payload) => void edits.push(payload));
    progress.report({ phase: 'read', done: 1, total: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    for (let done = 1; done <= 3; done++) {
      progress.report({ phase: 'clean', done, total: 3 });
      progress.report({ phase: 'annotate', done, total: 3 });
    }
    progress.report({ phase: 'index', done: 1, total: 1 });
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_EDIT_INTERVAL_MS + 100));
    await progress.settle();
    expect(edits.map((e) => e.embeds?.[0]?.description)).toEqual([
      '✓ Read the sources\n· Clean\n· Annotate\n· Index\n· Validate\n· Swap in',
      '✓ Read the sources\n✓ Clean 3/3 articles\n✓ Annotate 3/3 articles\n✓ Index\n· Validate\n· Swap in',
    ]);
    expect(edits[0]?.embeds?.[0]?.title).toBe('Refreshing the knowledge…');
  });
});
