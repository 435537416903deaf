import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * A paragraph that sets the scene in one sentence and gives the date in the next, in other words than a
 * question about it would use.
 */
const ARTICLE = `---
id: bigbendwire-1919-candelaria-gunfight
title: Inspectors fight smugglers in Big Bend
outlet: Example Big Bend Wire
published: 1919-03-05
url: https://example.org/candelaria-gunfight
language: en
---
Two mounted customs inspectors traded shots with a band of smugglers in the river bottom below Candelaria through most of Sunday night. The firing stopped at dawn on March 3, 1919, when the smugglers slipped back across the river.

The inspectors brought in eleven horses loaded with sotol.
`;

describe('a date given in the sentence after the one that sets its scene', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'article.md': ARTICLE }));
  });

  it('answers a question whose words are in the sentence before the date, showing both', async () => {
    const a = await engine.ask('When did the smugglers and the inspectors below Candelaria stop shooting?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('March 3, 1919');
    expect(a.text).toContain('below Candelaria');
    // The dated sentence says "firing", not the asked "shooting": the date is not claimed in bold.
    expect(a.direct).toBeNull();
  });

  it('shows the date in bold when the dated sentence itself says the asked act', async () => {
    const a = await engine.ask('When did the firing below Candelaria stop?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('3 March 1919');
  });
});
