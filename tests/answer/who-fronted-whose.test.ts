import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const front = (id: string, title: string, published: string) => `---
id: ${id}
title: ${title}
outlet: Example Courier
published: ${published}
url: https://example.org/${id}
language: en
---
`;

/** An obituary giving the company a man rode in and its captain after "under", set off by commas. */
const OBITUARY = `${front('example-1910-obituary-hollis', 'Amos Hollis, who rode to Pine Bluff, is dead', '1910-02-01')}
AMOS HOLLIS, WHO RODE TO PINE BLUFF, IS DEAD AT 80.

Amos Hollis, for fifty years a farmer of this county, died at his home on Tuesday.

In the fall of 1862 he was enrolled in the home guard and rode north in the company raised in this county, under Capt. R. T. Vance, of Mill Creek, after a band of raiders.

Mr. Hollis spoke of Pine Bluff but seldom. Mr. Hollis rode to Pine Bluff with his brother, who did not come home.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'obituary.md': OBITUARY }));
});

describe('a who-question opened by a preposition and "whose"', () => {
  it('answers "under whose command" with the captain the company rode under', async () => {
    const a = await engine.ask('Under whose command did Amos Hollis ride to Pine Bluff?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('under Capt. R. T. Vance');
  });
});
