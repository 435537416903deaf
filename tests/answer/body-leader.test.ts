import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/** A correspondent's letter naming a regiment as its colonel's, as war reporting of the 1840s does. */
const LETTER = `---
id: example-1847-letter-from-the-army
title: Letter from the army
outlet: Example Picayune
published: 1847-05-02
url: https://example.org/letter-from-the-army
language: en
---
CAMP NEAR JALAPA, April 20, 1847.

The enemy held the heights in strength. Toward noon the Tennessee Volunteers of Col. William B. Campbell went up the hill under a heavy fire and carried the first battery.

Col. Campbell was slightly wounded in the arm. The dragoons waited below the road until evening. Our loss was sixty-three killed and wounded.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'letter.md': LETTER }));
});

describe('who led a body of people named as a titled officer’s', () => {
  it('answers who commanded the regiment with the colonel it is named as belonging to', async () => {
    const a = await engine.ask('Who commanded the Tennessee Volunteers that carried the first battery?', {
      userId: 'a',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Tennessee Volunteers of Col. William B. Campbell');
    expect(a.direct).toBe('Col. Campbell');
  });
});
