/**
 * Follow-ups that ask about a detail of what was just answered, on an article nobody tuned on: where a
 * quoted person spoke.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** A congresswoman quoted twice; where she spoke is said in the sentence of her second quotation, not her first. */
const ARTICLE = `---
id: yuma-2023-mayor-barrier
title: Yuma congresswoman refuses to fund new border barrier
outlet: Example Tribune
published: 2023-09-14
url: https://example.org/yuma-barrier
language: en
---
Congresswoman Rosa Delgado of Yuma said the city would not pay for a new border barrier along the Colorado River.

"Not one dollar of city money will go to a barrier," Delgado said.

"We need more water engineers, not more concrete," Delgado said during a town hall meeting on Tuesday.

Her office said the council would vote on the budget in October.
`;

let engine: AnswerEngine;
let shipped: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-kinds-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
  shipped = (await shippedRuntime()).engine;
});

describe('where someone said it', () => {
  it('is the occasion the article gives for their words, not a sentence that only names a place', async () => {
    const a = await engine.ask('where did rosa delgado say that?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('town hall meeting');
    expect(a.text).not.toContain('Colorado River');
  });

  it('after a quotation, is where the person in focus spoke ("where\'d he say it")', async () => {
    const who = fresh();
    const first = await shipped.ask('what did amlo say about abuses', who);
    expect(first.text).toContain('no abuses');
    const a = await shipped.ask("where'd he say it", who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('press conference');
  });
});
