import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: ledger-2018-separations-column
title: The camps at Fort Bliss
outlet: Example Ledger
published: 2018-06-28
url: https://example.org/separations
language: en
---
Since May, the Justice Department's "zero tolerance" prosecutions have separated more than 2,300 children from their parents at the border, according to figures the administration released last week.
The family has 25 days to ask the court to rehear the case, a request that is almost never granted.
A group of Mexican soldiers crossed the border west of El Paso and held two agents at gunpoint for about twenty minutes.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a counted noun WordNet says the figure puts in other words', () => {
  it('is answered by a figure counting the same thing ("kids": children)', async () => {
    const a = await engine.ask(
      'How many kids were separated from their parents under the Justice Department prosecutions?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2,300');
  });

  it('is answered by a unit of it when "how much" asks an amount ("how much time": 25 days)', async () => {
    const a = await engine.ask('How much time does the family have to ask the court to rehear the case?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('25 days');
  });

  it('is not answered by a unit when "how many" counts things ("how many times": no minutes)', async () => {
    const a = await engine.ask(
      'How many times did Mexican soldiers hold agents at gunpoint west of El Paso?',
      {
        userId: 'c',
      },
    );
    expect(a.text).not.toContain('twenty minutes');
  });

  it('is not answered by a figure of something unlike it ("trucks" are no children)', async () => {
    const a = await engine.ask('How many trucks were separated from their parents at the border?', {
      userId: 'd',
    });
    expect(a.text).not.toContain('2,300');
  });
});
