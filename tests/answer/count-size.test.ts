import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A deployment's size beside other figures: a caucus, a sum of money, a span of time. */
const ARTICLE = `---
id: capitol-2010-guard-order
title: President orders Guard troops to the border
outlet: Example Capitol Wire
published: 2010-05-26
url: https://example.org/guard-order
language: en
---
The president on Tuesday ordered up to 1,200 National Guard troops to the border and will ask Congress for $500 million.
The announcement came after he met the 41-member Senate Republican caucus, which wants a bigger guard deployment.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('how big something is', () => {
  it('gives how many people a deployment has, not another figure near it', async () => {
    const a = await engine.ask('how big was the 2010 guard deployment', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('1,200');
    expect(a.text).not.toContain('41-member');
  });
});
