import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: ledger-2022-tunnels-negated-test
title: Thirty years of hunting tunnels
outlet: Example Ledger
published: 2022-05-20
url: https://example.org/tunnels-negated
language: en
---
"I can't name you one big tunnel we found cold," Wendell said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a figure a negation makes none', () => {
  it('does not answer "how many tunnels" with the "one" of "can’t name you one big tunnel"', async () => {
    const a = await engine.ask('How many big tunnels did Wendell say they found cold?', { userId: 'a' });
    expect(a.direct ?? '').not.toMatch(/\bone\b/i);
  });
});
