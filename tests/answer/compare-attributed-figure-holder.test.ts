/**
 * A giver's figure is one of their own words that no one else holds: a letter often sets another's figure
 * beside the writer's in one sentence ("Hale will tell you it was two hundred, but … I make it near three
 * hundred"), and the figure passed on belongs to the subject of the clause that says it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { heldByAnother } from '../../src/answer/figure-holder.ts';
import { countedAt, type Figure } from '../../src/answer/sentence-figures.ts';
import { articlesAlone } from './setup.ts';

const SAYING = new Set(['say', 'says', 'said', 'tell', 'told', 'puts', 'put']);
const gives = (w: string) => SAYING.has(w);
const at = (text: string, figure: string) => heldByAnother(text, text.indexOf(figure), gives);

describe('heldByAnother', () => {
  it('gives a figure to the subject of the clause that says it', () => {
    expect(at('Hale will tell you it was two hundred, but I make it near three hundred', 'two hundred')).toBe(
      true,
    );
    expect(at("I'd say three thousand. The union said ten thousand.", 'ten thousand')).toBe(true);
  });
  it('reads a passive verb of giving as naming no other holder', () => {
    expect(at('The number of the dead is now put at forty-seven, with more wounded.', 'forty-seven')).toBe(
      false,
    );
  });
  it("leaves the speaker's own figure to them: a clause in the first person or with no verb of saying", () => {
    expect(
      at('Hale will tell you it was two hundred, but I make it near three hundred', 'three hundred'),
    ).toBe(false);
    expect(at("I'd say three thousand. The union said ten thousand.", 'three thousand')).toBe(false);
    expect(at('We counted them at fourteen hundred men.', 'fourteen hundred')).toBe(false);
  });
});

describe('countedAt', () => {
  const figure: Figure = {
    text: 'three hundred',
    counted: true,
    span: false,
    counts: 'ship',
    countsWritten: 'ships',
  };
  it('keeps what a figure counts when the counted words follow it', () => {
    const text = 'there were three hundred ships in the bay';
    expect(countedAt(figure, text, text.indexOf('three hundred')).counts).toBe('ship');
  });
  it('counts nothing named for a figure standing alone', () => {
    const text = 'the marines of the three ships and the seamen, I make it near three hundred, and no more';
    expect(countedAt(figure, text, text.indexOf('three hundred')).counts).toBe('');
  });
});

const LANDING = `---
id: harborpacket-1846-landing-letters
title: Letters from the Squadron
outlet: Example Harbor Packet
published: 1846-09-12
url: https://example.org/landing-letters
language: en
---
Letters from the Squadron
Two men of this town who served in the squadron have written home about the landing at the port.
The first letter is from Mr. Ezra Hale, a seaman, to his brother.
"Then the boats were called away. Lieutenant Ross had the landing, with two hundred sailors and marines from the two ships. We formed on the beach and marched up to the custom house," Mr. Hale writes.
The second is from Sergeant Amos Crandall of the marines.
"Hale will tell you it was two hundred," the sergeant writes, "but counting the marines of the two ships and the seamen of the flagship, I make it near three hundred, and I had the mustering of them. There was no resistance at all."
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-attributed-figure-holder-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'landing.md': LANDING }));
}, 120_000);

describe('two givers of one figure, one passing on the other', () => {
  it("gives the writer the figure he sets against the other's, not the one he passes on", async () => {
    const answer = await engine.ask(
      'How do Ezra Hale and Sergeant Crandall differ on the number of men who landed?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('two hundred sailors');
    expect(answer.text).toContain('near three hundred');
  });
});
