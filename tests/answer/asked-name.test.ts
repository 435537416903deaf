/**
 * A person's name asked for itself ("What was Captain Ruland's first name?") is answered with the fullest name
 * the coverage gives them, or with a plain reply that it gives none: a sentence that merely mentions "Captain
 * Pruett" does not say what his first name was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { askedName, hasGivenName } from '../../src/answer/asked-name.ts';
import { articlesAlone } from './setup.ts';

const LETTER = `---
id: clarion-1847-mier-camp-letters
title: "Letters From the Camp at Mier"
outlet: The Clarion (Marietta, Ohio)
published: 1847-03-20
url: https://www.clarion.example/1847/03/20/mier-camp-letters
language: en
---
The company from this county reached Mier on the 2d of February, under the command of Capt. WILLIAM RULAND, a merchant of Front Street before the war.

Our correspondent writes that the water at Mier is good and the town quiet. "We drill twice a day and the men are in good heart," he says.

Captain Pruett of the Kentucky regiment lost two men to the fever in the first week.

The captain's brother, H. T. Ruland, keeps the store in his absence.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'mier.md': LETTER }));
});

async function ask(...questions: string[]) {
  let last = null;
  for (const q of questions) last = await engine.ask(q, { userId: `asked-name-${questions[0]}` });
  if (!last) throw new Error('no question');
  return last;
}

describe('a name asked for itself', () => {
  it('answers a first name with the full name the article gives, and the sentence that writes it', async () => {
    const a = await ask("What was Captain Ruland's first name?");
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('William Ruland');
    expect(a.text).toContain('Capt. WILLIAM RULAND');
  });

  it('answers a full name asked in chat shorthand with each person who bears the surname', async () => {
    const a = await ask('whats rulands full name');
    expect(a.direct).toContain('William Ruland');
    expect(a.direct).toContain('H. T. Ruland');
  });

  it('says the coverage gives no first name for a man it names only by title and surname', async () => {
    const a = await ask("What was Captain Pruett's first name?");
    expect(a.answered).toBe(false);
    expect(a.text).toContain("doesn't give a first name");
    expect(a.text).not.toContain('fever');
  });

  it('reads "his first name" as the person the conversation is about', async () => {
    const a = await ask('Who commanded the company at Mier?', 'and what was his first name?');
    expect(a.direct).toBe('William Ruland');
  });
});

describe('which questions ask a name', () => {
  it('reads the possessor and the part asked', () => {
    const read = (text: string) => askedName({ text } as Parameters<typeof askedName>[0]);
    expect(read("What was Captain Heywood's first name?")).toEqual({
      whose: 'Captain Heywood',
      part: 'first',
    });
    expect(read('what was the full name of Lieutenant Duncan?')).toEqual({
      whose: 'Lieutenant Duncan',
      part: 'full',
    });
    expect(read('and his first name?')).toEqual({ whose: 'his', part: 'first' });
    expect(read("What was the general's first name?")).toBeNull();
    expect(read('What was the name of the ship?')).toBeNull();
    expect(read('Who was Heywood?')).toBeNull();
  });

  it('reads no name question in a question that only ends in "full name"', () => {
    const read = (text: string) => askedName({ text } as Parameters<typeof askedName>[0]);
    expect(read('Is that his full name?')).toBeNull();
    expect(read('Did he give his full name?')).toBeNull();
    expect(read('Give me the full name')).toBeNull();
    expect(read("What was Dalrymple's wife's full name?")).toBeNull();
  });

  it('counts no title, honorific or initial as a first name', () => {
    const titles = new Set(['captain', 'capt', 'lieutenant', 'mr', 'president', 'agent']);
    expect(hasGivenName('William Ruland', titles)).toBe(true);
    expect(hasGivenName('Captain Pruett', titles)).toBe(false);
    expect(hasGivenName('Mr Foster', titles)).toBe(false);
    expect(hasGivenName('Border Patrol Agent Ruiz', titles)).toBe(false);
    expect(hasGivenName('Mexican President Claudia Sheinbaum', titles)).toBe(true);
    expect(hasGivenName('H. T. Ruland', titles)).toBe(false);
  });
});
