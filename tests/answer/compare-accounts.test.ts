/**
 * "How did the family's account of the shooting differ from the government's?": two accounts set against each
 * other, the second worded as a possessive alone; each side is what its possessor is reported to say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { phraseSides } from '../../src/answer/compare-phrases.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: riverledger-2021-culvert-shooting-suit
title: Court ends suit over shooting at the culvert
outlet: Example River Ledger
published: 2021-03-02
url: https://example.org/culvert-shooting-suit
language: en
---
Court ends suit over shooting at the culvert
A federal appeals court on Monday ended the lawsuit brought by the parents of Tomás Ibarra Luna, a 15-year-old killed in a shooting by a Border Patrol agent in the concrete culvert below the Stanton Street bridge in 2012.
According to the family, the boys were racing each other up the slope to touch the fence and then running back.
The government's account differs.
It has said the agent was responding to stones being thrown at him from the Mexican side.
The court did not decide which account was true.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `accounts-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'culvert.md': ARTICLE }));
}, 120_000);

describe('phraseSides with "differ from"', () => {
  it("splits 'how did X differ from Y's' into two accounts, the second given the first's head", () => {
    expect(phraseSides("How did the family's account of the shooting differ from the government's?")).toEqual(
      {
        sides: ["the family's account of the shooting", "the government's account of the shooting"],
        order: false,
        elided: true,
      },
    );
  });

  it("reads no two accounts when the first side has no possessive to lend its head ('the story the family tells')", () => {
    expect(phraseSides("How does the story the family tells differ from the agency's?")).toBeNull();
  });

  it("gives the elided side the words after the first side's last possessive ('the boy's family's account')", () => {
    expect(phraseSides("How did the boy's family's account differ from the agency's?")?.sides).toEqual([
      "the boy's family's account",
      "the agency's account",
    ]);
  });

  it("reads no sides in 'is that any different from…', which asks whether of what the conversation holds", () => {
    expect(phraseSides('so is that any different from what the texas soldiers do?')).toBeNull();
  });
});

describe('two accounts set against each other', () => {
  it("shows what the family is reported to say beside the government's account", async () => {
    const a = await engine.ask(
      "How did the family's account of the shooting differ from the government's?",
      fresh(),
    );
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('According to the family, the boys were racing each other');
    expect(a.text).toContain('responding to stones');
  });

  it('sets no accounts side by side from words "according to" gives the police, or words the family was told', async () => {
    const { engine: other } = await articlesAlone({ 'police.md': POLICE_ARTICLE });
    const a = await other.ask(
      "How did the family's account of the shooting differ from the agency's?",
      fresh(),
    );
    expect(a.text).not.toContain('Side by side');
  }, 120_000);
});

const POLICE_ARTICLE = `---
id: borderwire-2019-culvert-shooting-police
title: Police describe shooting at the culvert
outlet: Example Border Wire
published: 2019-05-02
url: https://example.org/culvert-shooting-police
language: en
---
Police describe shooting at the culvert
According to police, family members were told to leave the scene of the shooting near the culvert.
Officers searched the slope for an hour, and the family was never told why the shooting began.
`;
