import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const LIVE_BLOG = `---
id: ocotillo-2013-council-live
title: "LIVE: Presidio council votes to ask Marines to halt river road"
outlet: Example Light
published: 2013-08-13
url: https://example.org/council-live
language: en
---
8:15 p.m.
Discussion is going long. Council Member Josefina Baeza asked whether the Presidio council's resolution has any force at all over the military.
City Attorney Gil Nakamura: "It does not. It is a request. The city has no authority over a federal project on federal easement land."
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(LIVE_BLOG));
});

describe('a question the article reports someone asking', () => {
  it('is shown with the answer that follows it ("asked whether…" → "It does not. It is a request.")', async () => {
    const a = await engine.ask('Was the Presidio council resolution actually binding on the military?', {
      userId: 'a',
    });
    expect(a.text).toContain('It is a request');
  });
});
