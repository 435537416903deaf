import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const WIRE = `---
id: transwire-1985-bridge-inspections
title: Inspections snarl the bridges
outlet: Example Wire
published: 1985-02-22
url: https://example.org/bridge-inspections
language: en
---
Customs officers searched every car at the crossings, and drivers waited for hours in lines on the bridges.
The U.S. ambassador in Mexico City, John Gavin, has complained publicly that Mexican police are not doing enough.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(WIRE));
});

describe("the title before a speaker's name in a quote question is no topic", () => {
  it('declines when what is reported of the speaker does not touch the topic (new-articles-17 dev)', async () => {
    const a = await engine.ask('What did Ambassador Gavin say about the long lines on the bridges?', {
      userId: 'a',
    });
    expect(a.answered).toBe(false);
  });

  it('reports what the speaker said on the topic asked', async () => {
    const a = await engine.ask('What did Ambassador Gavin say about the Mexican police?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('not doing enough');
  });
});
