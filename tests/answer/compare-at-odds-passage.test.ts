/** Comparisons of two people where the report says, in a sentence of its own, that they do not agree. */
import { beforeAll, describe, expect, it } from 'vitest';
import { AT_ODDS } from '../../src/answer/compare.ts';
import { namedIn } from '../../src/answer/compare-odds-lead.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: mesaledger-1931-salt-flat-fight-reunion
title: Old scouts recall the Salt Flat fight at their reunion
outlet: Example Mesa Ledger
published: 1931-06-02
url: https://example.org/salt-flat-fight-reunion
language: en
---
Old scouts recall the Salt Flat fight at their reunion
Three men who rode with the scouts in the Salt Flat fight of 1881 met at the courthouse on Saturday.
THE END OF CHIEF NAVARRO
Chief Navarro was cornered in the hills of Chihuahua by Mexican rurales in October, 1881, and killed there with most of his band.
"The rurales finished in a single night what our whole troop could not manage in a season," said Judge Homer Lattimore, who came to the county in 1882.
Mr. Ansel Whitcomb does not quite agree. "The cavalry wore him out," he said. "By the time the rurales caught him his ponies were broken down, and somebody had to do the riding."
HOW CAPTAIN REDFERN DIED
On the manner of Captain Redfern's death the two old scouts never agreed. Mr. Lattimore always held that the captain was shot from a rooftop. Mr. Whitcomb holds to the other story, that Redfern was thrown by his horse at the ford and drowned.
The reunion closed with a supper at the Grange hall.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `compare-at-odds-passage-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'salt-flat.md': ARTICLE }));
}, 120_000);

describe('two people the report says do not agree', () => {
  it('shows what the one who "does not quite agree" holds instead, in his words after that sentence', async () => {
    const answer = await engine.ask(
      "Judge Lattimore and Ansel Whitcomb see Navarro's end differently. How does each of them explain it?",
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('They are at odds');
    expect(answer.text).toContain('The cavalry wore him out');
  });

  it('shows each side after a sentence saying "they never agreed", with the person they disagree about no side', async () => {
    const answer = await engine.ask(
      'How did Lattimore and Whitcomb disagree about the way Captain Redfern was killed?',
      fresh(),
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('shot from a rooftop');
    expect(answer.text).toContain('thrown by his horse');
    expect(answer.text).not.toContain("doesn't say for");
  });
});

describe('AT_ODDS', () => {
  it('reads an agreement denied as at odds', () => {
    expect(AT_ODDS.test('Mr. Ansel Whitcomb does not quite agree.')).toBe(true);
    expect(AT_ODDS.test('On the manner of Captain Redfern’s death the two old scouts never agreed.')).toBe(
      true,
    );
  });

  it('does not read an agreement made stronger, or one among more, as at odds', () => {
    expect(AT_ODDS.test('"I couldn\'t agree more," Mr. Whitcomb said.')).toBe(false);
    expect(AT_ODDS.test('He not only agreed with Boggs but rode out with him.')).toBe(false);
  });
});

describe('namedIn', () => {
  const sentence = (mentions: { entityId: string; text: string }[]) => ({ mentions }) as unknown as Sentence;

  it('returns the compared people a sentence names, not those it points to by a pronoun', () => {
    const s = sentence([
      { entityId: 'lattimore', text: 'his' },
      { entityId: 'whitcomb', text: 'Mr. Whitcomb' },
    ]);
    expect(namedIn(s, ['lattimore', 'whitcomb'])).toEqual(['whitcomb']);
  });
});
