/** A figure two people give differently, beside another figure the first of them gives of something else. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: kdlt-1986-salado-creek-anniversary-transcript
title: Salado Creek, 150 years on
outlet: Example KDLT Evening Report
published: 1986-09-18
url: https://example.org/salado-creek-150
language: en
---
Salado Creek, 150 years on
MARTHA OLSEN, HOST: How many died at Salado Creek depends on who you ask. Dr. Irene Ybarra counts twelve Texans killed. For the Mexican column, she says, the figures run from nine killed to sixty, and she leans toward the smaller one. Walter Haskins of the county historical society has a different count.
WALTER HASKINS: Our society's old pamphlet says eighteen of ours were killed. I have read Dr. Ybarra's book, and she may be right.
OLSEN: The society hopes to put up a marker next spring.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `figure-givers-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'salado.md': ARTICLE }));
}, 120_000);

describe('one figure as two people give it', () => {
  it("sets one person's figure against the other's, not beside the first one's figure of something else", async () => {
    const answer = await engine.ask(
      'Do Ybarra and Haskins agree on how many Texans were killed at Salado Creek?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('twelve Texans killed');
    expect(answer.text).toContain('eighteen of ours');
  });
});
