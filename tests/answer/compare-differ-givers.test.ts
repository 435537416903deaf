/**
 * Two people said to differ on a figure ("How do Reyes and Ostrander differ on how many raiders there
 * were?"): each one's own figure, from their own words or a sentence where they give it, not from a sentence
 * that only names them beside some figure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: borderherald-1881-ranch-raid-letters
title: Letters on the raid at the Vado ranch
outlet: Example Border Herald
published: 1881-05-02
url: https://example.org/vado-ranch-raid
language: en
---
Letters on the raid at the Vado ranch
Mr. Thomas Reyes, son of the storekeeper on Main Street, went out to the Vado ranch as a clerk six years ago, and the ranch lies some forty miles below the town.
His letter to his father tells of the raid. "A body of Apaches showed themselves on the ridge at daybreak. There were some sixty of them, to my counting, and they drove off every horse we had," he writes.
Mr. Frank Ostrander, who keeps the crossing store, saw the band ride back to the river. He puts the raiders at near a hundred men, by what the herders told him.
The ranch hands have since gone back to work.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-differ-givers-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'vado.md': ARTICLE }));
}, 120_000);

describe('two people said to differ on a figure', () => {
  it("gives each one's own figure of the raiders", async () => {
    const answer = await engine.ask(
      'How do Reyes and Ostrander differ on how many raiders there were?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('some sixty');
    expect(answer.text).toContain('near a hundred');
    expect(answer.text).not.toContain('six years ago');
  });

  it("takes a giver's own words over a sentence that only names him beside a figure", async () => {
    const answer = await engine.ask(
      'How do Reyes and Ostrander differ on the size of the Apache band at the ranch?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('some sixty');
    expect(answer.text).toContain('near a hundred');
    expect(answer.text).not.toContain('forty miles');
  });
});
