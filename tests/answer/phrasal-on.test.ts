import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A surrender and what the garrison kept (sentences of the KHVT Velasco transcript, 1982). */
const VELASCO = `---
id: example-1982-velasco-surrender
title: Velasco at 150
outlet: Example Gulf Coast Journal
published: 1982-06-26
url: https://example.org/velasco-150
language: en
---
The firing started in the dark, a little after midnight on the 26th, and the Texans dug in behind driftwood and sand.
Ugartechea stood up on that platform and worked a gun himself when his gunners went down.
By the middle of the morning he was nearly out of ammunition, and he ran up a white flag.
His men were not taken prisoner.
They kept their personal arms and were allowed to go home to Matamoros.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(VELASCO));
});

describe('a verb with "on" after it', () => {
  it('answers "what were they allowed to hang on to?" with what the article says they kept', async () => {
    const a = await engine.ask("When Ugartechea's men gave up, what were they allowed to hang on to?", {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('They kept their personal arms');
  });
});
