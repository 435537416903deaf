import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: presidio-1999-settlement
title: Family of goat herder settles with the government
outlet: Example Courier
published: 1999-02-03
url: https://example.org/settlement
language: en
---
The federal government paid the family of a teenager killed by Marines $1.9 million on Tuesday.
Congress set aside $300 million for the soldiers on the border the same year.
The state police said the border operation had cost them about $1.3 million a week in overtime.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"how much" asked of a verb', () => {
  it('answers with the sum the evidence says was paid, though the verb takes a person', async () => {
    const a = await engine.ask('how much did the government pay the family', { userId: 'a' });
    expect(a.direct).toBe('$1.9 million');
  });

  it('does not answer with a sum the evidence gives for another verb', async () => {
    const a = await engine.ask('how much did congress lend the family', { userId: 'b' });
    expect(a.direct).toBeNull();
    expect(a.text).not.toContain('$300 million');
  });

  it('answers "how much is X spending" with the sum the evidence says it cost', async () => {
    const a = await engine.ask('how much is the state police spending a week on the border operation', {
      userId: 'c',
    });
    expect(a.direct).toBe('$1.3 million');
  });
});
