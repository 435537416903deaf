/** A giver named by a pronoun in a sentence that also quotes someone else. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: borderherald-1880-crossing-fight
title: The fight at the crossing
outlet: Example Border Herald
published: 1880-04-02
url: https://example.org/crossing-fight
language: en
---
The fight at the crossing
Captain Tomas Reyes led the column out of Fort Quitman in March and met the raiders at the crossing. Captain Reyes counted the raiders himself as they rode down to the river.

Lieutenant Frank Ostrander, who rode with the column, puts the raiders at about eighty men.

Captain Reyes wrote a report to the department afterward. In it he puts the raiders at three hundred men, though a teamster said, "there were not half that many of them."

The column came back to the fort on the tenth.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-pronoun-giver-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'crossing.md': ARTICLE }));
}, 120_000);

describe("a giver's figure beside another's quotation", () => {
  it("gives the captain's figure from the sentence where he puts it, though a teamster's words follow", async () => {
    const answer = await engine.ask(
      "How does Captain Reyes's count of the raiders compare with Lieutenant Ostrander's count?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).not.toContain("couldn't tell each side's figure apart");
    expect(answer.text).toMatch(/^Side by side — Captain Reyes/);
    expect(answer.text.indexOf('three hundred')).toBeGreaterThan(0);
    expect(answer.text.indexOf('three hundred')).toBeLessThan(answer.text.indexOf('about eighty'));
  });
});
