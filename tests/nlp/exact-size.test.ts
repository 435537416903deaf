import { describe, expect, it } from 'vitest';
import { exactSize } from '../../src/nlp/exact-size.ts';

describe('exactSize', () => {
  it('keeps every item in its order, in a list apart from the one built', () => {
    const built = [{ start: 0, end: 3 }];
    built.push({ start: 3, end: 5 });
    const kept = exactSize(built);
    expect(kept).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(kept[0]).toBe(built[0]);
    expect(kept).not.toBe(built);
  });

  it('gives an empty list back as it is', () => {
    const empty: number[] = [];
    expect(exactSize(empty)).toBe(empty);
  });

  it('gives a list that grows by push like any other', () => {
    const kept = exactSize([1]);
    kept.push(2);
    expect(kept).toEqual([1, 2]);
  });
});
