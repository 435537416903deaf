import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: gulfwire-1995-water-compact-ruling-test
title: Judge rules on the water compact
outlet: Example Gulf Wire
published: 1995-09-12
url: https://example.org/water-compact-ruling
language: en
---
A district judge in Corpus Christi ruled in 1994 that the county broke the water compact the two states signed in 1961 and ordered the gates opened.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('the date of the thing asked, not of the clause beside it', () => {
  it('dates "the water compact" by the clause that tells of it, not by the ruling that says it was broken', async () => {
    const a = await engine.ask('When was the water compact?', { userId: 'compact' });
    expect(a.direct).toContain('1961');
  });

  it('still dates the ruling by its own clause', async () => {
    const a = await engine.ask('When did the district judge rule on the county?', { userId: 'ruling' });
    expect(a.direct).toContain('1994');
  });
});
