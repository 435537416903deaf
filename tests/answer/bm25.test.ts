import { describe, expect, it } from 'vitest';
import { Bm25 } from '../../src/answer/bm25.ts';

const DOCS = [
  ['heavily', 'armed', 'mexican', 'troop', 'soldier'],
  ['mexico', 'deploy', 'troop', 'border'],
  ['wall', 'fund', 'congress'],
  ['migrant', 'caravan', 'arrive'],
];

function scores(index: Bm25, query: ReadonlyMap<string, number>, variants?: ReadonlyMap<string, string>) {
  return index.withScores(query, (score) => Array.from(score.slice(0, DOCS.length)), variants);
}

describe('Bm25.withScores', () => {
  it('counts a question word said with its synonym once, at the better of them', () => {
    const index = new Bm25(DOCS);
    const query = new Map([
      ['troop', 1],
      ['soldier', 0.6],
      ['deploy', 1],
    ]);
    const once = scores(index, query, new Map([['soldier', 'troop']]));
    const plain = scores(index, new Map([...query].filter(([t]) => t !== 'soldier')));
    const synonym = scores(index, new Map([...query].filter(([t]) => t !== 'troop')));
    expect(once[0]).toBeCloseTo(Math.max(plain[0] ?? 0, synonym[0] ?? 0));
    expect(once[1]).toBeCloseTo(plain[1] ?? 0);
    // Counted twice, the sentence saying "troops" and "soldiers" outranks the one saying what was done.
    const twice = scores(index, query);
    expect(twice[0]).toBeGreaterThan(once[0] ?? 0);
    expect(once[1]).toBeGreaterThan(once[0] ?? 0);
  });

  it('counts a synonym alone at its own weight', () => {
    const index = new Bm25(DOCS);
    const query = new Map([
      ['troop', 1],
      ['soldier', 0.6],
    ]);
    const only = new Bm25([['soldier'], ...DOCS.slice(1)]);
    const grouped = scores(only, query, new Map([['soldier', 'troop']]));
    expect(grouped[0]).toBeCloseTo(scores(only, new Map([['soldier', 0.6]]))[0] ?? 0);
    expect(index.has('soldier')).toBe(true);
  });
});
