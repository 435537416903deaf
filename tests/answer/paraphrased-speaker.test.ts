import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two speakers quoted in a live report: a student who lives across the river and a shop owner. */
const ARTICLE = `---
id: klrd8-2023-crossing-live
title: Shooting near the bridge leaves two dead
outlet: Example Laredo News
published: 2023-03-01
url: https://example.org/crossing-live
language: en
---
NUEVO LAREDO, Tamaulipas — Soldiers opened fire on a pickup early Sunday, killing two men, the state prosecutor's office said.

"We are in the middle," said a nursing student at Laredo College's Fort McIntosh campus who lives in Nuevo Laredo and crosses five days a week. "The cartel on one side, the army on the other, and us in a car trying to get to class."

Ramiro Salas, who sells tires near the bridge, said business had fallen by half since January. "Nobody wants to drive at night," he said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('speakerOfParaphrase', () => {
  it('answers who described something in other words with the speaker whose quotation and description cover it', async () => {
    const a = await engine.ask('Who described people in Nuevo Laredo as being caught in the middle?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('nursing student');
    expect(a.text).not.toContain('Salas');
  });

  it('declines when no quotation says what the question reports', async () => {
    const a = await engine.ask('Who described the governor as a coward?', { userId: 'b' });
    expect(a.text).not.toContain('nursing student');
    expect(a.text).not.toContain('Salas');
  });
});
