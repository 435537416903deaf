import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A letter on a later raid, which says most of the question's words (sentences written for the test). */
const LETTER = `---
id: plains-2015-ranch-raid-letters
title: Readers remember the ranch raid
outlet: Example Plains Courier
published: 2015-08-16
url: https://example.org/ranch-raid-letters
language: en
---
When about 60 raiders attacked the Mesquite ranch house in 1915, the defenders were a handful of cavalrymen and some ranch hands. They held the house until the raiders rode off at dark.
`;

/** A transcript whose answer leans on the sentence before it (sentences written for the test). */
const TRANSCRIPT = `---
id: plains-2009-river-town-raid-transcript
title: The river town raid, 150 years on
outlet: Example Plains Radio
published: 2009-09-28
url: https://example.org/river-town-raid-transcript
language: en
---
HOST: Where was the Army?

GUEST: That's the part people forget. The garrison had been pulled out that spring, because the capital thought the river was quiet. So the riders who came in met nobody in a uniform.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(LETTER, TRANSCRIPT));
});

describe('a passage from another article shown beside the best one', () => {
  it('comes with the sentence it leans on, which gives the reason', async () => {
    const a = await engine.ask('Why was nobody in uniform around to stop the raiders when they rode in?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('met nobody in a uniform');
    expect(a.text).toContain('pulled out that spring');
  });
});
