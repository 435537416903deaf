import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A role noun with the name set beside it after a comma, and a neighbour quoted nearer the question's words. */
const ARTICLE = `---
id: plains-2001-well-settlement
title: County settles over ranch well
outlet: Example Plains Courier
published: 2001-04-10
url: https://example.org/well-settlement
language: en
---
"They drilled right through our water," said Adela Ruiz, 64, a neighbor of the Montaño ranch.
In a statement released by their lawyer, the Montaño family thanked their neighbors.
The family's lawyer, Gregorio Lucero of Alpine, said the county agreed to pay for a new well.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who holds a role, from the name set beside its noun', () => {
  it("names the lawyer the article sets beside 'the family's lawyer', not a neighbour quoted nearby", async () => {
    const a = await engine.ask("who was the family's lawyer when the county agreed to pay for a new well?", {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('Lucero');
    expect(a.direct ?? '').not.toContain('Ruiz');
  });
});
