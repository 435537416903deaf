import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A county seat's riot, told by a sheriff and by his wife, who share his surname. */
const ARTICLE = `---
id: clarion-1890-courthouse-crowd
title: Armed crowd at the courthouse disperses
outlet: Example Valley Clarion
published: 1890-05-10
url: https://example.org/courthouse-crowd
language: en
---
Mrs. Marsh, the sheriff's wife, watched the crowd from her porch on Main Street. "I counted forty rifles before I went inside," she said.

Mrs. Marsh said the children had been kept home from school. "Nobody on this street slept," she said.

Sheriff T. J. Marsh of Hidalgo County was short with reporters: "The prisoner stays in my jail until the judge says otherwise."

The crowd left the square before dark.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a surname a titled person shares with another', () => {
  it('answers "what did Sheriff Marsh say" with the sheriff\'s words, not his wife\'s', async () => {
    const a = await engine.ask('What did Sheriff Marsh say?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('stays in my jail');
    expect(a.text).not.toContain('forty rifles');
  });

  it('still answers "what did Mrs. Marsh say" with her words', async () => {
    const a = await engine.ask('What did Mrs. Marsh say?', { userId: 'b' });
    expect(a.text).toContain('forty rifles');
  });
});
