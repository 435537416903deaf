/** Comparisons of one figure as two people give it ("Vance's estimate of the raiders compared with the alcalde's count"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverpost-1859-los-olmos-fight
title: Rangers fight raiders at the Los Olmos crossing
outlet: Example River Post
published: 1859-10-14
url: https://example.org/los-olmos-fight
language: en
---
Rangers fight raiders at the Los Olmos crossing
A band of raiders crossed the river near Los Olmos on Sunday and fought a company of rangers until dark.
The rangers lost two horses and one wagon in the fight, and the raiders went back across the river at night.
Capt. Henry Vance, who led the rangers, puts the raiders at about three hundred men.
Vance's estimate of the raiders was questioned by the editor of this paper, who rode out with him.
The alcalde of Camargo wrote to the governor that the band numbered no more than eighty riders.
The alcalde's count reached the capital by courier a week later, and the governor's office sent it to Washington.
Ranchers along the river said the crossing had been quiet all summer.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'los-olmos.md': ARTICLE }));
}, 120_000);

describe('a comparison of one figure as two people give it', () => {
  it("shows each one's own figure, from the sentence where they give it", async () => {
    const answer = await engine.ask(
      "How does Vance's estimate of the raiders compare with the alcalde's count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('about three hundred men');
    expect(answer.text).toContain('no more than eighty riders');
    // The sentences that repeat the question's words but give no figure are not either side's answer.
    expect(answer.text).not.toContain('reached the capital');
    expect(answer.text).not.toContain('was questioned');
  });
});
