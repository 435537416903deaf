import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/** A paragraph that sets the scene in one sentence and tells what was found in the next, which does not point back. */
const ARTICLE = `---
id: valleyledger-1931-ellison-ranch-search
title: Deputies search ranch near the river
outlet: Example Valley Ledger
published: 1931-06-12
url: https://example.org/ellison-ranch-search
language: en
---
Sheriff's deputies searched a barn on the Ellison ranch near the river on Tuesday morning. Forty rifles were found under the hay, the sheriff said.

The ranch has belonged to the Ellison family since 1889.

Nobody was arrested.
`;

describe('the sentence after the one that sets the scene', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'article.md': ARTICLE }));
  });

  it('shows the next sentence of the paragraph when it says what the scene leaves out of the question', async () => {
    const a = await engine.ask('What did the deputies find in the barn on the Ellison ranch?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('searched a barn');
    expect(a.text).toContain('Forty rifles');
  });

  it('does not add the next sentence when it says nothing the question asks', async () => {
    const a = await engine.ask('Whose ranch did the deputies search?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ellison ranch');
    expect(a.text).not.toContain('Forty rifles');
  });
});
