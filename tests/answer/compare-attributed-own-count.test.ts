/** Each giver's own count of one thing, when one giver is named in the other's reminiscence. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: minerweekly-1925-agency-outbreak-reminiscence
title: Forty years ago, the outbreak at the agency
outlet: Example Miner Weekly
published: 1925-05-14
url: https://example.org/agency-outbreak
language: en
---
Forty years ago, the outbreak at the agency
J. P. Hollister, who packed mules for the army at the agency in 1885, remembers the night the band left.

"We had the mules packed by midnight. Captain Pike went out with two troops of cavalry, and Lieutenant Marsh went with his scouts, and the pack train went along behind. They did not stop to camp until they were near a hundred miles off, and we only saw the dead horses they left."

Mr. Hollister estimates the party that went out at "forty-two men and boys that could shoot, and ninety women and children." Lieut. Marsh's own count, as it was given out afterward, was thirty-four men and eight half-grown boys.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-own-count-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'outbreak.md': ARTICLE }));
}, 120_000);

describe("each giver's own count of the men who left", () => {
  it("gives each giver's count of the men, not a figure of the other giver's reminiscence", async () => {
    const answer = await engine.ask(
      "How does Hollister's count of the fighting men who left compare with Lieutenant Marsh's own count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('forty-two');
    expect(answer.text).toContain('thirty-four');
  });
});
