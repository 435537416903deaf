import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: quarterly-1996-siege-of-the-town
title: A historian on the siege of the town, 150 years on
outlet: Example Quarterly
published: 1996-09-20
url: https://example.org/siege-interview
language: en
---
The siege of the river town lasted three days in September 1846.

QUARTERLY: What did it cost?

HISTORIAN: The Americans lost about 120 killed and 368 wounded. The defenders' report gave 367 killed and wounded, but nobody counted the civilians.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a count of the people an act befell, given as "120 killed"', () => {
  it('answers how many of the group the sentence names were killed', async () => {
    const a = await engine.ask('How many Americans were killed in the siege?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('about 120');
  });

  it('is not given for a group its sentence does not name', async () => {
    const a = await engine.ask('How many Americans were killed in the siege?', { userId: 'b' });
    expect(a.text).not.toContain('367');
  });
});
