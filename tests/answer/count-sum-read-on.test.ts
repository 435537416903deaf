import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: medina-1865-shelby-crossing
title: Shelby's Missourians cross at Eagle Pass
outlet: Example Intelligencer
published: 1865-07-15
url: https://example.org/shelby
language: en
---
Gen. Shelby's Missourians crossed the Rio Grande at Eagle Pass on the 3rd and the 4th.

Of the arms I have the following from Mr. Ignacio Zertuche, who keeps the store at the landing and acts as interpreter for both sides. The Liberal governor of Coahuila, Don Andrés Viesca, who holds Piedras Negras for President Juárez, bought from Gen. Shelby the whole battery and a large number of Enfield rifles, and paid for them in Mexican silver. "Sixteen thousand dollars, in dollars, counted out on a blanket in my store," Mr. Zertuche told me.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much" asked on about what the last answer said was paid', () => {
  it('answers "how much did he pay for them?" with the sum written in words the passage goes on to give', async () => {
    const first = await engine.ask("Who bought Shelby's battery and rifles at Piedras Negras?", {
      userId: 'a',
    });
    expect(first.answered).toBe(true);
    const a = await engine.ask('how much did he pay for them?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('Sixteen thousand dollars');
  });

  it('does not read a sum on from an answer that never said the act asked', async () => {
    const first = await engine.ask('Where did Shelby cross the Rio Grande?', { userId: 'b' });
    expect(first.answered).toBe(true);
    const a = await engine.ask('how much did they weigh?', { userId: 'b' });
    expect(a.direct).not.toBe('Sixteen thousand dollars');
  });

  it('does not read the sum on from an answer that showed its passage but never said the paying', async () => {
    const first = await engine.ask('Who keeps the store at the landing?', { userId: 'c' });
    expect(first.answered).toBe(true);
    const a = await engine.ask('how much did he pay for them?', { userId: 'c' });
    expect(a.direct).not.toBe('Sixteen thousand dollars');
  });
});
