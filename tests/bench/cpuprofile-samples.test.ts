import { describe, expect, it } from 'vitest';
import { summariseProfile, type Profile } from '../../bench/cpuprofile-samples.ts';

/** A profile of a build calling `analyse`, then a peer reading the same text: four samples of 10 ms. */
function buildThenPeer(): Profile {
  const frame = (id: number, functionName: string, children: number[] = []) => ({
    id,
    callFrame: { functionName, url: 'file:///work/src/x.ts', columnNumber: id },
    children,
  });
  return {
    nodes: [
      frame(1, '(root)', [2, 4]),
      frame(2, 'buildUnversionedKnowledge', [3]),
      frame(3, 'analyse'),
      frame(4, 'readAll'),
    ],
    // The build first (its own time, then analyse twice), the peer last.
    samples: [2, 3, 3, 4],
    timeDeltas: [10_000, 10_000, 10_000, 10_000],
  };
}

describe('summariseProfile', () => {
  it('counts every sample when asked for all of them', () => {
    const summary = summariseProfile(buildThenPeer());
    expect(summary.total).toBe(40);
    expect(summary.self.get('readAll x.ts:4')).toBe(10);
  });

  it('counts only the samples taken inside the function named by --under', () => {
    const summary = summariseProfile(buildThenPeer(), { from: 0, under: 'buildUnversionedKnowledge' });
    expect(summary.total).toBe(30);
    expect(summary.self.get('analyse x.ts:3')).toBe(20);
    expect(summary.self.has('readAll x.ts:4')).toBe(false);
  });

  it('leaves out the samples of the first share of the time given by --from', () => {
    // The samples at 10 and 20 ms fall in the first 24 ms; those at 30 and 40 ms count.
    const summary = summariseProfile(buildThenPeer(), { from: 0.6, under: null });
    expect(summary.total).toBe(20);
    expect(summary.self.get('buildUnversionedKnowledge x.ts:2')).toBeUndefined();
    expect(summary.inclusive.get('analyse x.ts:3')).toBe(10);
  });
});
