import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: ledger-2022-tunnel-length-test
title: The tunnels under the line
outlet: Example Ledger
published: 2022-05-20
url: https://example.org/tunnel-length
language: en
---
On Monday, federal officials in San Diego showed off the latest hole in the border: a tunnel some 1,744 feet long, running from a house in Tijuana to a warehouse in Otay Mesa, with a rail system, electricity and ventilation.

The Marines who guarded its entrance stayed for three weeks.

The Lady Marisol is a 78-foot steel shrimp trawler registered in Honduras. The Coast Guard stopped the Lady Marisol early Sunday about 42 miles east of the mouth of the Rio Grande.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('how long, of a thing and of a time', () => {
  it('answers "how long was the tunnel" with its length', async () => {
    const a = await engine.ask('How long was the Otay Mesa tunnel with the rail system?', { userId: 'a' });
    expect(a.direct).toBe('some 1,744 feet');
  });

  it('answers "how long a <noun>" with a length as well', async () => {
    const a = await engine.ask(
      'How long a tunnel ran from the house in Tijuana to the Otay Mesa warehouse?',
      {
        userId: 'd',
      },
    );
    expect(a.direct).toBe('some 1,744 feet');
  });

  it('answers "how long did they stay" with a span of time, not a length', async () => {
    const a = await engine.ask('How long did the Marines who guarded the tunnel entrance stay?', {
      userId: 'b',
    });
    expect(a.direct ?? '').not.toContain('feet');
  });

  it('answers "how far" with a distance, not the size of a "78-foot" boat', async () => {
    const a = await engine.ask('How far out did the Coast Guard stop the Lady Marisol?', { userId: 'c' });
    expect(a.direct).toBe('about 42 miles');
  });
});
