/**
 * People asked about by what they are when the article says it in other words: a capitalised kind of person
 * after a lower-case word ("the retired Ranger" for "a retired Ranger captain"), and a noun for a doer the
 * article says in its verb right after their name ("the museum keeper" for "…, Arturo Flores Treviño keeps a
 * photograph").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { actFormsOf, wordAfterName } from '../../src/answer/agent-noun.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyradio-2025-river-crossing-150
title: "Transcript: the river crossing at 150"
outlet: Example Valley Radio
published: 2025-11-23
url: https://example.org/river-crossing-150
language: en
---
HOST: With me is Travis Lee Whitcomb III, a retired Ranger captain who now volunteers at the county museum.

WHITCOMB: They hit the wrong ranch. I'm not going to tell you that part was anything but a mistake.

REPORTER: Across the river, in a two-room museum near the plaza, Arturo Flores Treviño keeps a photograph of a stone marker.

ARTURO FLORES TREVIÑO: Here we tell it as a man who died defending his ranch from armed foreigners.

HOST: Dr. Hilario Cantú Villarreal teaches borderlands history at the university.

CANTÚ: The crossing nearly started a war between the two countries.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'river-crossing.md': ARTICLE }));
});

describe('people described by what they are, in the article’s other words', () => {
  it('finds the retired Ranger as the retired Ranger captain', async () => {
    const q = 'What did the retired Ranger say about the crossing?';
    const a = await engine.ask(q, { userId: q });
    expect(a.text).toContain('mistake');
    expect(a.text).not.toContain('started a war');
  });

  it('finds the museum keeper as the one the article says keeps the museum’s photograph', async () => {
    const q = 'What did the museum keeper say about the crossing?';
    const a = await engine.ask(q, { userId: q });
    expect(a.text).toContain('armed foreigners');
  });

  it('sets the retired Ranger and the museum keeper side by side, each in their own words', async () => {
    const q = 'Did the retired Ranger and the museum keeper tell the story the same way?';
    const a = await engine.ask(q, { userId: q });
    expect(a.text).toContain('mistake');
    expect(a.text).toContain('armed foreigners');
  });
});

describe('actFormsOf', () => {
  it('returns the verb forms a noun for a doer is made from', () => {
    expect(actFormsOf('keeper')).toContain('keeps');
    expect(actFormsOf('seller')).toContain('sells');
    expect(actFormsOf('runner')).toContain('runs');
    expect(actFormsOf('man')).toEqual([]);
  });
});

describe('wordAfterName', () => {
  it('returns the word after a name, past a who-clause opening', () => {
    expect(wordAfterName('Near the plaza, Ana Ruiz keeps a photograph.', 'Ana Ruiz')).toBe('keeps');
    expect(wordAfterName('Abe Weinberg, who has kept the store for years', 'Abe Weinberg')).toBe('kept');
    expect(wordAfterName('"It is over," Ana Ruiz said.', 'Ana Ruiz')).toBe('said');
    expect(wordAfterName('Ana Ruiz, 58, keeps bees.', 'Ana Ruiz')).toBeNull();
  });
});
