/** Two givers' figures for one loss, set against each other in consecutive sentences, far apart in value. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: bayclarion-1860-river-fight-dispatches
title: From the Rio Grande
outlet: Example Bay Clarion
published: 1860-01-14
url: https://example.org/river-fight
language: en
---
From the Rio Grande
The rangers drove the raiders out of the river town on the 27th and followed them to the ford.

Of the losses, our correspondent writes that no man of the attacking force was killed. "The Major puts the enemy's loss at about sixty, killed in the fight or drowned in the river," the correspondent adds. "The Mexicans on the other bank say it was nearer two hundred, but they say a great many things this winter."

The rangers camped at the ford that night and rode back to the town in the morning.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-disputed-set-against-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'river.md': ARTICLE }));
}, 120_000);

describe('a loss two givers put far apart', () => {
  it("shows both givers' figures when one says three times the other's", async () => {
    const answer = await engine.ask(
      "How many of the raiders were lost by the Major's estimate, compared with what the Mexicans across the river claimed?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about sixty');
    expect(answer.text).toContain('nearer two hundred');
  });
});
