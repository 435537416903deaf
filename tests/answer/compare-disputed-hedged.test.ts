/** A giver who hedges a figure ("eighty, and maybe a hundred") against another giver's lower figure. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: countyadvocate-1929-signalman-obituary
title: Signalman of the Ojo Seco fight dies
outlet: Example County Advocate
published: 1929-11-08
url: https://example.org/signalman
language: en
---
Signalman of the Ojo Seco fight dies
Lewis Hartline, who kept the signal station at Ojo Seco when raiders struck it in 1878, died on Sunday at his home.

On the number of the attackers the survivors did not agree. Mr. Hartline always held that there were "not less than eighty of them, and maybe a hundred." Frank Ostrander, who was a private in the guard that night, puts the figure lower. In a letter to Mrs. Hartline, Mr. Ostrander wrote:

"Lew and I never did agree how many there were. I saw them go off at daylight and I do not think there were above forty of them."

Mr. Hartline is survived by his wife and two sons.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-disputed-hedged-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'signalman.md': ARTICLE }));
}, 120_000);

describe('a figure one giver hedges and another gives lower', () => {
  it("shows the other giver's figure, not only the hedging giver's two", async () => {
    const answer = await engine.ask(
      "How many attackers did Hartline think there were, compared with Frank Ostrander's estimate?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('not less than eighty');
    expect(answer.text).toContain('above forty');
  });
});
