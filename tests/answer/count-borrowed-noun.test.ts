import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: ksnp-1997-san-patricios-transcript
title: The San Patricios, 150 years on
outlet: Example Public Radio
published: 1997-09-12
url: https://example.org/san-patricios
language: en
---
General Scott reviewed the sentences of the two courts-martial in the second week of September 1847.
He confirmed death for fifty, pardoned five and reduced the sentences of fifteen others.
The hangings of the San Patricio deserters took place at San Ángel and Mixcoac.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ksnp-1997-san-patricios-transcript.md': ARTICLE }));
});

describe('a figure whose sentence does not write what it counts', () => {
  it('is headed by the figure alone, not a noun of another sentence ("fifty", not "fifty courts")', async () => {
    const a = await engine.ask('How many did Scott confirm death for?', { userId: 'a' });
    expect(a.direct).toBe('fifty');
  });
});
