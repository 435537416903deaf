/**
 * A date in a relative clause dates the act of the one "who" stands for: "he married Miss Louisa Pettit, who
 * died in 1894" does not tell when he died.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const OBITUARY = `---
id: chronicle-1903-amos-pruett-obituary
title: Amos Pruett, veteran of the Mexican War
outlet: Example Chronicle
published: 1903-03-06
url: https://example.org/pruett
language: en
---
Amos Pruett, one of the last men of this county who marched with Doniphan into Mexico, died at his home east of town on Saturday afternoon, February 28, aged 76 years.

Mr. Pruett was born in Bourbon county, Kentucky, and came to Missouri as a boy. In 1852 he married Miss Louisa Pettit, who died in 1894. He farmed east of town until his last illness.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'chronicle-1903-amos-pruett-obituary.md': OBITUARY }));
});

describe('a date of an act told of another in a relative clause', () => {
  it('answers when a man died with the day of his death, not the year his wife died', async () => {
    const a = await engine.ask('when did pruett die', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('28 February 1903');
    expect(a.direct ?? '').not.toContain('1894');
  });

  it('still answers when the wife died from the clause that tells it', async () => {
    const a = await engine.ask('When did Louisa Pettit die?', { userId: 'b' });
    expect(a.direct).toContain('1894');
  });
});
