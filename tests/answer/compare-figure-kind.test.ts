/**
 * Two people said to differ on a figure of people ("the size of the Apache band"): each one's figure of the
 * people, not a figure of animals or things the same person gives in words as close to the question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const CANYON = `---
id: borderherald-1882-canyon-raid-letters
title: The Apache raid in Cook's Canyon
outlet: Example Border Herald
published: 1882-04-10
url: https://example.org/cooks-canyon-raid
language: en
---
The Apache raid in Cook's Canyon
Mr. Amos Pell, a freighter on the Silver City road, was the first to reach the wagon. "The Apaches left one mule dead in the road," Pell said.
"By the sign, the Apaches were thirty or forty, all mounted," Pell said.
Mr. Ramón Sáenz, who keeps sheep at the mouth of the canyon, saw them pass. "The Apaches drove off forty head of my sheep," he said.
"The Apaches were not above a dozen," Sáenz said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-figure-kind-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'canyon.md': CANYON }));
}, 120_000);

describe('a figure of people compared as two people give it', () => {
  it('gives the figure of the people a band is, not a figure of animals the same man gives', async () => {
    const answer = await engine.ask('How do Pell and Sáenz differ on the size of the Apache band?', fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('thirty or forty');
    expect(answer.text).toContain('not above a dozen');
    expect(answer.text).not.toContain('one mule');
    expect(answer.text).not.toContain('forty head');
  });
});
