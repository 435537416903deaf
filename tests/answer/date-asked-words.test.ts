import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * A short sentence giving a day and naming the person asked about, and a longer one giving the years of the
 * office asked about, naming him only as "he".
 */
const ARTICLE = `---
id: riverpost-1961-de-la-garza-obituary
title: Former Piedras Negras official dies at 80
outlet: Example River Post
published: 1961-03-14
url: https://example.org/de-la-garza-obituary
language: en
---
Ignacio Treviño, 80, who served Piedras Negras for thirty years, died Sunday at his home in Saltillo.
He studied law and bookkeeping in Monterrey, taught for some years at a school for the sons of railroad men there, and came home to the river after the revolution had ended, serving as interim mayor in 1921 and 1922 and winning election to the council in 1926.
On June 4, 1930, Ignacio Treviño took the oath as interim treasurer.
Friends said he kept a garden of roses behind the customs house.
`;

describe('a date question that asks no act is answered from the sentence saying its own words', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'article.md': ARTICLE }));
  });

  it('dates an office by the years the article gives it, not by a day that only names the person', async () => {
    const a = await engine.ask('When was Ignacio Treviño interim mayor?', { userId: 'a' });
    expect(a.text).toContain('interim mayor in 1921');
    expect(a.direct ?? '').not.toContain('June');
  });

  it('still dates an act the question asks by its day', async () => {
    const a = await engine.ask('When did Treviño take the oath as treasurer?', { userId: 'b' });
    expect(a.direct).toContain('4 June');
  });
});
