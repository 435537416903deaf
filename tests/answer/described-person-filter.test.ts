import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const DISPATCH = `---
id: gazette-1847-dispatch
title: News from the army at the pass
outlet: Example Gazette
published: 1847-03-20
url: https://example.org/dispatch
language: en
---
The army held the pass for two days against a force three times its size.

"The old man never so much as got off his horse to write the order," said a young officer of the staff, who would not give his name.

The wounded were carried back to the town on wagons.
`;

const MEMOIR = `---
id: ledger-1925-memoir
title: A lieutenant's trouble at Fort Bowie
outlet: Example Ledger
published: 1925-06-02
url: https://example.org/memoir
language: en
---
Lieutenant Harold Pike came to Fort Bowie from West Point in 1879.

Then in 1881 he was acting commissary officer at the post, in charge of the food stores and the money, and that's where the trouble began.

An inspector found the accounts were four hundred dollars short, and Pike was court-martialed that winter.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(DISPATCH, MEMOIR));
});

describe('someone an article only describes', () => {
  it("answers of another article's young officer, not only from the article that describes one", async () => {
    const a = await engine.ask(
      'Which young officer was court-martialed when the accounts at Fort Bowie came up short?',
      {
        userId: 'a',
      },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Pike/);
  });
});
