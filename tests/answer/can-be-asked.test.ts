import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** What the Guard will and will not do; the shipped coverage reports troops photographed detaining migrants. */
const ARTICLE = `---
id: couriertimes-2014-guard-role
title: Texas Guard begins border support mission in the Rio Grande Valley
outlet: Example Valley Courier-Times
published: 2014-08-18
url: https://example.org/guard-role
language: en
---
About 250 Texas National Guard soldiers and airmen are now in the Rio Grande Valley and will begin watching the river from observation posts this week.

The Guard's role is narrower than some residents assume. Guard members under state orders are armed for self-defense but will not detain anyone, Lt. Col. Dana Kirkpatrick, a spokeswoman for the Texas Military Forces, said in a phone interview on Saturday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a question of what soldiers can or will do', () => {
  it('shows the evidence that says what they will or will not do, not only what they did', async () => {
    const a = await engine.ask('Can the Texas Guard soldiers in the Valley arrest people?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('will not detain anyone');
  });
});
