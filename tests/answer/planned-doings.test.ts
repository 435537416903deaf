import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { asksPlannedDoings, saysPlannedAt } from '../../src/answer/planned-doings.ts';
import { withArticles } from './setup.ts';

/**
 * Troops already at the border, named with the question's words, and the troops to be sent, said with "would"
 * and little else of the question (the shape of people dev f-065: "What kind of troops would the US send to
 * the border in 2018?").
 */
const ARTICLE = `---
id: yuma-2024-army-request
title: Army weighs request for troops in Yuma sector
outlet: Example Tribune
published: 2024-05-07
url: https://example.org/yuma-request
language: en
---
The Army has received a request from the Department of Homeland Security for 600 troops on the border near Yuma, officials said.

About 900 Guard troops sent by the governor are already patrolling the border near Yuma under an earlier state arrangement.

The troops would include medics and mechanics and mainly provide supply support in the Yuma sector, including tents and generators.

The request is expected to be approved this week.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(ARTICLE));
});

describe('asksPlannedDoings', () => {
  it('returns true when the question asks what an actor would or was going to do', () => {
    const asks = (q: string) => asksPlannedDoings(runtime.questionNlp.analyse(q).tokens);
    expect(asks('What kind of troops would the Army send to the border near Yuma?')).toBe(true);
    expect(asks('what were the troops gonna do there')).toBe(true);
  });

  it('returns false when the question asks what an actor does or did', () => {
    const asks = (q: string) => asksPlannedDoings(runtime.questionNlp.analyse(q).tokens);
    expect(asks('What are the Guard troops doing at the border near Yuma?')).toBe(false);
    expect(asks('what did the troops do in Yuma')).toBe(false);
  });
});

describe('saysPlannedAt', () => {
  const at = (sentence: string, word: string) => {
    const tokens = runtime.questionNlp.analyse(sentence).tokens;
    return saysPlannedAt(
      tokens,
      tokens.findIndex((t) => t.normal === word),
    );
  };

  it('returns true for "would", "will" and "are expected to" after the actor', () => {
    expect(at('The troops would include medics.', 'would')).toBe(true);
    expect(at('The soldiers will staff posts.', 'will')).toBe(true);
    expect(at('The soldiers are expected to staff posts.', 'are')).toBe(true);
  });

  it('returns false for what the actor already does', () => {
    expect(at('About 900 Guard troops are already patrolling the border.', 'are')).toBe(false);
    expect(at('The soldiers staffed posts.', 'staffed')).toBe(false);
  });
});

describe('a question about what an actor would do', () => {
  it('answers with what the troops would do, not with troops already there named with more of its words', async () => {
    const a = await engine.ask('What kind of troops would the Army send to the border near Yuma?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('medics');
  });

  it('answers a question about what troops are doing with what they do', async () => {
    const a = await engine.ask('What are the Guard troops doing at the border in the Yuma sector?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('patrolling');
  });
});
