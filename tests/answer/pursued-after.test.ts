/** "Did the soldiers go after them into Mexico?" asks whether they pursued them, not which of two events came first. */
import { describe, expect, it } from 'vitest';
import { phraseSides } from '../../src/answer/compare-phrases.ts';

describe('phraseSides', () => {
  it('reads "go after them" as a verb of pursuit, not an order of two events', () => {
    expect(phraseSides('did the soldiers go after them into mexico?')).toBeNull();
    expect(phraseSides('Did the posse come after him?')).toBeNull();
  });

  it('reads "does she believe X did Y after Z" as a clause about someone, not an order of two events', () => {
    expect(phraseSides('Does she believe Díaz really cried after the battle?')).toBeNull();
  });

  it('still reads "did X happen after Y" as an order of two events', () => {
    expect(phraseSides('Did the raid happen after the election?')?.order).toBe(true);
  });
});
