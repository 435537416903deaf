import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two reports of one deployment: one sets the scene with "after", one gives the reason after the event. */
const ARTICLE = `---
id: hudspeth-2006-guard-deployment
title: Governor sends Guard to Hudspeth County
outlet: Example Trans-Pecos Observer
published: 2006-02-02
url: https://example.org/hudspeth-guard
language: en
---
After the standoff at Neely's Crossing, the governor sent Guard soldiers to Hudspeth County.

The governor sent the Guard soldiers to Hudspeth County because deputies there had been outgunned by men in military uniforms.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a why-question', () => {
  it('shows first the sentence whose reason follows the asked event, not one that only opens with a time', async () => {
    const a = await engine.ask('why did the governor send guard soldiers to hudspeth county', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('outgunned');
    expect(a.evidence[0]?.text).toContain('outgunned');
  });
});
