import { describe, expect, it } from 'vitest';
import { asksDeadline, isDeadlineDate } from '../../src/answer/deadline.ts';

describe('asksDeadline', () => {
  it.each([
    'By what date were the last soldiers supposed to be gone?',
    'by when should the Border Patrol add more agents?',
    'Until when will the troops stay?',
    'How long until the mission ends?',
    'What was the deadline for the pullout?',
  ])('reads a deadline question: %s', (q) => {
    expect(asksDeadline(q)).toBe(true);
  });

  it.each([
    'When did the soldiers leave?',
    'What date was the article published?',
    'Who stood by the river?',
  ])('does not read a deadline in: %s', (q) => {
    expect(asksDeadline(q)).toBe(false);
  });
});

describe('isDeadlineDate', () => {
  const sentence = 'the border patrol hires 6,000 more agents by the end of 2008, officials said on tuesday.';

  it('takes a date a bound opens ("by July 15")', () => {
    expect(isDeadlineDate('they will leave the border by july 15.', 'by July 15')).toBe(true);
  });

  it('takes a date a bound stands just before ("by the end of 2008")', () => {
    expect(isDeadlineDate(sentence, 'end of 2008')).toBe(true);
  });

  it('does not take a date no bound introduces ("on Tuesday")', () => {
    expect(isDeadlineDate(sentence, 'tuesday')).toBe(false);
  });
});
