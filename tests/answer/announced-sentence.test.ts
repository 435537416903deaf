import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A call-in caller who announces his worry, then says it in the next sentence. */
const TRANSCRIPT = `---
id: plains-1989-call-in-engineers
title: Callers ask about soldiers building border roads
outlet: Example Plains Public Radio
published: 1989-11-16
url: https://example.org/call-in-engineers
language: en
---
HOST: One more call. Dale in Deming, go ahead.

CALLER (DALE, DEMING): Hi. I ranch south of Columbus. My worry is simple. Who pays when a bulldozer takes out my fence?

COLONEL: You'll get a phone number, sir, and a lieutenant who has to answer it.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(TRANSCRIPT));
});

describe('announces', () => {
  it('shows the sentence a caller announces ("My worry is simple.") with the announcement', async () => {
    const a = await engine.ask('what was the rancher from deming worried about on that call in', {
      userId: 'a',
    });
    expect(a.text).toContain('My worry is simple.');
    expect(a.text).toContain('bulldozer takes out my fence');
  });
});
