import { describe, expect, it } from 'vitest';
import { cleanQuestion, escapeMarkdown, formatDate, truncate } from '../../src/answer/text.ts';

describe('cleanQuestion', () => {
  it('removes mentions, code and markup a user typed', () => {
    expect(cleanQuestion('@everyone <@123456789012345678> ```x``` **how many**?')).toBe('how many ?');
  });

  it('cuts very long questions', () => {
    expect(cleanQuestion('a'.repeat(20_000)).length).toBeLessThanOrEqual(500);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises mentions and formatting characters', () => {
    const out = escapeMarkdown('**x** @everyone <@123> `code`');
    expect(out).not.toContain('@everyone');
    expect(out).toContain('\\*\\*x\\*\\*');
    expect(out).not.toMatch(/<@\d+>/);
  });
});

describe('formatDate', () => {
  it('writes days, months and years for people', () => {
    expect(formatDate('2025-05-03')).toBe('3 May 2025');
    expect(formatDate('2019-06-25')).toBe('25 June 2019');
    expect(formatDate('2025-04')).toBe('April 2025');
    expect(formatDate('2016')).toBe('2016');
  });
});

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('one two three four', 10)).toBe('one two…');
  });
});
