import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: bluffs-2010-mier-shelter
title: Mier families leave shelter as soldiers arrive
outlet: Example Reporter
published: 2010-12-04
url: https://example.org/mier
language: en
---
Defense officials said about 3,000 soldiers, marines and federal police had been sent to Mier and the other small border towns west of Reynosa.

Rubén Peña, a retired schoolteacher from Mier, said he did not believe the soldiers would stay. "Now they send three thousand soldiers. Very good. And in March, when the soldiers go to some other town, what then?"
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('an "and…" follow-up asking yes or no of its own', () => {
  it('answers "and the schoolteacher, does he think…?" after a count with what he said, not a figure', async () => {
    const first = await engine.ask('How many soldiers were sent to Mier?', { userId: 'a' });
    expect(first.answeredAs).toBe('count');
    const a = await engine.ask('and the schoolteacher from Mier, does he think the soldiers will stay?', {
      userId: 'a',
    });
    expect(a.answeredAs).not.toBe('count');
    expect(a.text).toContain('some other town');
  });

  it('still carries the count into "and to the towns west of Reynosa?"', async () => {
    await engine.ask('How many soldiers were sent to Mier?', { userId: 'b' });
    const a = await engine.ask('and to the towns west of Reynosa?', { userId: 'b' });
    expect(a.answeredAs).toBe('count');
  });
});
