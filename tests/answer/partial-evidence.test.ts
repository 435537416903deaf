import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** The passage that names the most of a question is not the one that answers it. */
const ARTICLE = `---
id: nogales-2019-guard-unit
title: Guard unit reaches Nogales
outlet: Example Star
published: 2019-02-05
url: https://example.org/unit
language: en
---
The 160-member Guard unit from Tucson reached Nogales on Monday after a two-day drive.

The mayor welcomed the arrival at a morning ceremony downtown.
`;

/** A later report, from another outlet, says what they will do there. */
const LATER = `---
id: nogales-2019-guard-duties
title: What the Guard will do on the line
outlet: Example Ledger
published: 2019-02-09
url: https://example.org/duties
language: en
---
In Nogales, the soldiers will watch border cameras and repair patrol vehicles through the summer, a unit spokeswoman said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE, LATER));
});

describe('evidence that covers a question only in part', () => {
  it('is shown with the next-best passage from elsewhere in the coverage, another article’s included', async () => {
    const a = await engine.ask('what will the tucson guard unit do with cameras in nogales', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('reached Nogales');
    expect(a.text).toContain('watch border cameras');
  });

  it('is shown alone when it covers the whole question', async () => {
    const a = await engine.ask('when did the guard unit from tucson reach nogales', { userId: 'b' });
    expect(a.text).not.toContain('watch border cameras');
  });
});
