import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: desertwire-2015-time-asked-test
title: The verdict in the agent's killing
outlet: Example Wire
published: 2015-10-06
url: https://example.org/time-asked
language: en
---
Avila, the straw buyer, pleaded guilty to a gun charge and was sentenced in 2012 to 57 months in prison.

Prosecutors said the group of five was waiting in a wash in Peck Canyon, in southern Arizona, when agents came upon them, and Terry was shot there.

• 11 miles: distance from the border to the Peck Canyon site where Terry was shot.

The wash was ringed by 40 boulders and three mesquite trees.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('how much time, and how deep into a place', () => {
  it('answers "how much prison time" with a span of time', async () => {
    const a = await engine.ask('How much prison time did the straw buyer get?', { userId: 'a' });
    expect(a.direct).toBe('57 months');
  });

  it('answers "how deep into" a place with a distance not said to be a depth', async () => {
    const a = await engine.ask('How deep into Arizona was the spot where the agent got shot?', {
      userId: 'b',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('11 miles');
  });

  it('still wants a depth for "how deep" asked of a thing', async () => {
    const a = await engine.ask('How deep was the wash in Peck Canyon?', { userId: 'c' });
    expect(a.text).not.toContain('11 miles');
  });
});
