/** A misspelt word the corrector used to leave, read as a name the coverage lacks, is corrected. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { droppedLetterWord } from '../../src/answer/short-slips.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: laredoherald-1864-garza-house-bullets
title: Bullets in the door of the Garza house
outlet: Example Laredo Herald
published: 1864-03-24
url: https://example.org/garza-house-bullets
language: en
---
Bullets in the door of the Garza house
Mrs. Garza's house, which stands nearest the creek, has four bullet holes in her front door.
"They may come back for their lead," Mrs. Garza told the women gathered at her gate. "I am keeping it."
The terms of the capitulation let the garrison march out with its small arms.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `short-slips-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'garza.md': ARTICLE }));
}, 120_000);

describe('a misspelt word no longer taken for a name', () => {
  it('answers a question with a three-letter word missing a letter ("dor" for "door")', async () => {
    const q = 'what did mrs garza say about the bullets in her dor?';
    expect(engine.read(q).unknownSubjects).toEqual([]);
    const answer = await engine.ask(q, fresh());
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('I am keeping it');
  });

  it('reads a word spelt as "-tion" sounds ("capitulashun") as the coverage\'s word', () => {
    const read = engine.read('wat were the terms of the capitulashun');
    expect(read.unknownSubjects).toEqual([]);
    expect(read.content).toContain('capitulation');
  });
});

describe('droppedLetterWord', () => {
  const rank = new Map([
    ['back', 100],
    ['bank', 900],
    ['door', 800],
  ]);
  const rankOf = (w: string) => rank.get(w) ?? null;

  it('returns the most frequent usable word one inserted letter makes', () => {
    expect(droppedLetterWord('bak', (w) => rank.has(w), rankOf)).toBe('back');
    expect(droppedLetterWord('dor', (w) => w === 'door', rankOf)).toBe('door');
  });

  it('returns null for a word of another length, or written other than in lower-case letters', () => {
    expect(droppedLetterWord('dorr', (w) => w === 'door', rankOf)).toBeNull();
    expect(droppedLetterWord('Dor', () => true, rankOf)).toBeNull();
  });
});
