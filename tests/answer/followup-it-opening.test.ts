/**
 * "So did it actually cut migration overall?" after a question about an operation: a yes/no question opened by
 * "did it" points back to what the conversation was about, and is answered from the article the last answer
 * came from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { withArticles } from './setup.ts';

/** An operation, what it did in the city, and what it did not do overall (sentences of a dev article). */
const OPERATION = `---
id: levee-2023-hold-the-line-questions
title: Hold the Line at 30, in questions
outlet: Example Border Explainers
published: 2023-09-19
url: https://example.org/hold-the-line-30
language: en
---
In September 1993 the El Paso sector chief put 400 agents and their vehicles along a 20-mile stretch of the Rio Grande, in sight of one another, day and night.

The operation was renamed Hold the Line, though the tactics did not change.

Arrests in the city dropped sharply within weeks, which the agency read as a sign that fewer people were trying.

It did not stop migration. Crossings moved west into the desert near Sunland Park, N.M., and into Arizona, where the terrain is far more dangerous.
`;

let runtime: Runtime;
let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-it-opening-${++user}` });
const leans = (question: string) =>
  runtime.engineData.intents.followup.patterns.some((p) => new RegExp(p, 'i').test(question));

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(OPERATION));
});

describe('a yes/no question opened by "did it"', () => {
  it('answers on about the last answer’s operation ("so did it actually cut migration overall?")', async () => {
    const who = fresh();
    const first = await engine.ask('what was operation hold the line?', who);
    expect(first.citations.map((c) => c.sourceId)).toContain('levee-2023-hold-the-line-questions');
    const a = await engine.ask('so did it actually cut migration overall?', who);
    expect(a.intent).toBe('followup');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('did not stop migration');
  });

  it('still declines what the operation’s article never says ("so did it ever win an award?")', async () => {
    const who = fresh();
    await engine.ask('what was operation hold the line?', who);
    const a = await engine.ask('so did it ever win an award?', who);
    expect(a.intent).toBe('followup');
    expect(a.answered).toBe(false);
  });

  it('leans on the conversation when "it" is what the question asks about', () => {
    expect(leans('so did it actually cut migration overall?')).toBe(true);
    expect(leans('did it work?')).toBe(true);
  });

  it('does not lean on it for "what did it say…" (the report) or a part asking "was it…"', () => {
    expect(leans('what did it say about the call')).toBe(false);
    expect(leans('was it soldiers or not?')).toBe(false);
  });
});
