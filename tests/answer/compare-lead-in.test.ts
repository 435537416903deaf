/** A comparison whose side's words come after a sentence that only says the two differ. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1940-ojo-ranch-raid-memories
title: Two who saw the Ojo ranch raid remember it
outlet: Example Valley Herald
published: 1940-08-14
url: https://example.org/ojo-ranch-raid-memories
language: en
---
Two who saw the Ojo ranch raid remember it
Mrs. Juana Pérez and Capt. Walter Briggs both saw the raid on the Ojo ranch in the summer of 1915.
"The raiders came in the night and the dogs never stopped barking," Mrs. Pérez said. "My father sent us under the wagon and told us not to make a sound."
She puts the horses taken far higher than the Captain does. "There were two hundred horses in those corrals if there was one, and they drove off every one."
"We found the trail at daylight and followed it to the river," Capt. Briggs said. He does not believe there were more than sixty horses on the place that week.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-lead-in-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ojo-ranch.md': ARTICLE }));
}, 120_000);

describe('a comparison of two people whose figures differ', () => {
  it('shows the figure a person gives in the words after the sentence saying they differ', async () => {
    const answer = await engine.ask(
      'Do Mrs. Pérez and Captain Briggs agree on how many horses were taken at the Ojo ranch?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('two hundred horses');
    expect(answer.text).toContain('sixty horses');
  });
});
