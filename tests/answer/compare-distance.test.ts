import { describe, expect, it } from 'vitest';
import { answerDistances, distanceFor, distanceSides } from '../../src/answer/compare-distance.ts';
import type { Draft } from '../../src/answer/handlers.ts';

const BRITE =
  'The headquarters sits under Capote Mountain, about 35 miles southwest of Marfa and maybe 18 miles from the river as the crow flies.';

function draftOf(text: string): Draft {
  return {
    answeredAs: 'count',
    confidence: 0.8,
    direct: null,
    lead: null,
    evidence: [
      { kind: 'sentence', id: 's1', sourceId: 'kbgp', text, speaker: null, context: null, social: false },
    ],
    lines: [],
    focus: [],
  };
}

describe('distanceSides', () => {
  it('reads "which is closer to X, A or B" as two places and the one they are measured from', () => {
    expect(distanceSides('Which is closer to the Brite headquarters, Marfa or the Rio Grande?')).toEqual({
      reference: 'the Brite headquarters',
      sides: ['Marfa', 'the Rio Grande'],
      nearer: true,
    });
  });

  it('reads "is X farther from A or from B" with X as the reference', () => {
    expect(distanceSides('Is the camp farther from Presidio or from Ojinaga?')).toEqual({
      reference: 'the camp',
      sides: ['Presidio', 'Ojinaga'],
      nearer: false,
    });
  });

  it('does not fire on comparisons of order or size', () => {
    expect(
      distanceSides('Which came first, the killings on the railroad or the bodies arriving in El Paso?'),
    ).toBeNull();
    expect(distanceSides('Were more Americans killed at Santa Ysabel or at the Brite Ranch?')).toBeNull();
  });
});

describe('distanceFor', () => {
  it('takes the length stated before the place, not the next place’s', () => {
    expect(distanceFor(BRITE, 'Marfa')).toEqual({ text: '35 miles', metres: 35 * 1609.34 });
    expect(distanceFor(BRITE, 'the river')?.text).toBe('18 miles');
  });

  it('returns null when the sentence does not name the place', () => {
    expect(distanceFor(BRITE, 'the Rio Grande')).toBeNull();
  });
});

describe('answerDistances', () => {
  it('says which place is closer with both figures', () => {
    const draft = answerDistances(
      { reference: 'the headquarters', sides: ['Marfa', 'the river'], nearer: true },
      () => draftOf(BRITE),
    );
    expect(draft?.lead).toBe('The river is closer to the headquarters: 18 miles vs 35 miles for Marfa.');
  });

  it('says the coverage does not give a side it has no figure for, never an order', () => {
    const draft = answerDistances(
      { reference: 'the Brite headquarters', sides: ['Marfa', 'the Rio Grande'], nearer: true },
      (q) => (q.includes('Marfa') ? draftOf(BRITE) : null),
    );
    expect(draft?.lead).toContain('Marfa is 35 miles from the Brite headquarters');
    expect(draft?.lead).toContain('does not give how far the Rio Grande is');
    expect(draft?.lead).not.toMatch(/is closer to/);
  });

  it('returns null when no side has a figure', () => {
    expect(
      answerDistances({ reference: 'the ranch', sides: ['Alpine', 'Presidio'], nearer: true }, () => null),
    ).toBeNull();
  });
});
