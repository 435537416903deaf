import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A siege the question's long message tells of in its own words before asking about it. */
const SIEGE = `---
id: example-2014-naco-siege
title: A century ago, troopers at Naco held their fire
outlet: Example Frontier Times
published: 2014-10-07
url: https://example.org/naco-siege
language: en
---
The 10th Cavalry, the Buffalo Soldiers, dug in along the border at Naco, Ariz., on Oct. 7, 1914, under orders not to return fire across the line.
Bullets from the fighting in Naco, Sonora, wounded several of the troopers over the following weeks.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(SIEGE));
});

describe('a long message whose questions point back to its own words', () => {
  it('answers "which regiment was that?" from what the message told before it, not as off the subject', async () => {
    const a = await engine.ask(
      'I used to help with a heritage program about Black troopers. A guy told me they got shot at in some Arizona border town before World War I and were not allowed to shoot back. Which regiment was that, and what date did they dig in?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('The 10th Cavalry, the Buffalo Soldiers, dug in');
    expect(a.text).not.toContain("That's outside what I cover");
  });

  it('still calls a message off the subject when its own words are too', async () => {
    const a = await engine.ask(
      'My cousin bakes sourdough every weekend and swears by rye flour. Which brand was that, and when did she start?',
      { userId: 'b' },
    );
    expect(a.text).toContain("That's outside what I cover");
  });
});
