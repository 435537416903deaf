import { describe, expect, it } from 'vitest';
import type { Understanding } from '../../src/answer/understand.ts';
import { picksAmongLast } from '../../src/answer/which-of-those.ts';

const asked = (text: string, content: string[]): Understanding =>
  ({ text, content }) as unknown as Understanding;

describe('picksAmongLast', () => {
  it('returns true when a follow-up picks among what the last answer listed', () => {
    expect(
      picksAmongLast(
        asked('which of those went over the gulf of california, and when?', ['gulf', 'california']),
      ),
    ).toBe(true);
  });
  it('returns false for a question that picks nothing from the last answer', () => {
    expect(
      picksAmongLast(asked('which aircraft went over the gulf of california?', ['aircraft', 'gulf'])),
    ).toBe(false);
  });
  it('returns false when the pick has no words of its own to choose by', () => {
    expect(picksAmongLast(asked('which of those?', []))).toBe(false);
  });
});
