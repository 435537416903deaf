import { describe, expect, it } from 'vitest';
import { withCountedCarried } from '../../src/answer/elided-parts.ts';
import { planQuestion } from '../../src/answer/parts.ts';

describe('withCountedCarried', () => {
  it('carries what the first part counts into a later part that counts nothing by name', () => {
    expect(
      withCountedCarried([
        'How many extra active-duty troops did the Pentagon announce after the emergency',
        'how many were already on the border?',
      ]),
    ).toEqual([
      'How many extra active-duty troops did the Pentagon announce after the emergency',
      'how many extra active-duty troops were already on the border?',
    ]);
  });

  it('carries it into a part that names another side ("and how many did Obama send")', () => {
    expect(
      planQuestion('How many Guard troops did Bush send in 2006 and how many did Obama send in 2010?').parts,
    ).toEqual([
      'How many Guard troops did Bush send in 2006',
      'how many Guard troops did Obama send in 2010?',
    ]);
  });

  it('leaves a part that names what it counts as it is', () => {
    expect(
      withCountedCarried(['how many marines went', 'how many federal cops went to michoacan in 2006']),
    ).toEqual(['how many marines went', 'how many federal cops went to michoacan in 2006']);
  });

  it('does not carry a count of things into a question of how much', () => {
    expect(withCountedCarried(['how many troops were sent', 'how much did it cost?'])).toEqual([
      'how many troops were sent',
      'how much did it cost?',
    ]);
  });

  it('leaves parts with no earlier count alone', () => {
    expect(withCountedCarried(['when did the Guard arrive', 'how many were there?'])).toEqual([
      'when did the Guard arrive',
      'how many were there?',
    ]);
  });
});
