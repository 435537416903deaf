import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const LETTERS = `---
id: valleyclarion-1846-camargo-letters
title: Letters from the Camp at Camargo
outlet: The Valley Clarion
published: 1846-09-24
url: https://example.org/camargo-letters
language: en
---
We lay before our readers this week the letters of the county's volunteers from the camp at Camargo.

The young man writes that the Ohio regiment has lost more men to the fever at Camargo than the whole army lost at Palo Alto.

The regiment drills in the morning and buries its dead in the evening, and the colonel has asked for a hospital boat.
`;

const TRANSCRIPT = `---
id: kbxr-2014-lackland-shelter
title: Why the children are sleeping at Lackland
outlet: KBXR Public Radio
published: 2014-06-20
url: https://example.org/lackland
language: en
---
The Air Force base at Lackland has opened a dormitory to shelter children who crossed the border alone.

Col. Thomas Greer, who commanded the training wing until last year, said the building was empty at the right moment.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(LETTERS, TRANSCRIPT));
});

describe('a name asked of someone of a place the question names', () => {
  it('does not give a colonel named in an article that never says the regiment or the camp', async () => {
    const a = await engine.ask('What was the name of the colonel commanding the Ohio regiment at Camargo?', {
      userId: 'a',
    });
    expect(a.text).not.toContain('Greer');
  });
});
