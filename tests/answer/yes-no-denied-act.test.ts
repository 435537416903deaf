import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A column whose negations bear on other acts before the one that denies the asked act. */
const COLUMN = `---
id: plains-2023-river-guides-column
title: Remember the river guides
outlet: Example Plains Courier
published: 2023-05-18
url: https://example.org/river-guides-column
language: en
---
The river guides were remarkable. They came back to the valley in 1870 on a promise of pasture for their herds.

They crossed water no one else would ford. Six of them later received medals for it.

"They were promised pasture for their work, and they never got it," said Orlin Vasquez, who keeps their cemetery.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(COLUMN));
});

describe('a yes/no question the coverage answers by denying the act', () => {
  it('shows the sentence that denies the asked act, not one whose "no" bears on something else', async () => {
    const a = await engine.ask('Did the river guides ever receive the pasture they had been promised?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('they never got it');
  });
});
