/** An archive's subscription offer at the end of a page is not a figure of the report. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverbanktimes-1913-matamoros-customs-closed
title: Federals give up Matamoros customs house
outlet: Example Riverbank Times
published: 1913-06-05
url: https://example.org/matamoros-customs-closed
language: en
---
Federals give up Matamoros customs house
MATAMOROS, June 4. — The federal garrison laid down its arms this morning and crossed to the American side.
The customs house was closed at noon, and its clerks were sent across the river with the records.
Gen. Lucio Blanco rode into the plaza at four o'clock with some five hundred men.
The bridge was reopened to traffic in the evening, and the ferry ran until dark.
Subscribe to the Times Digital Archive: unlimited pages, clippings and downloads for $4.99 a month. Start your free trial
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'customs.md': ARTICLE }));
}, 120_000);

describe("a page's subscription offer", () => {
  it('is not given as the money a customs house brought in each month', async () => {
    const answer = await engine.ask('How much money did the Matamoros customs house bring in each month?', {
      userId: 'reader-appeal-price',
    });
    expect(answer.text).not.toContain('4.99');
  });
});
