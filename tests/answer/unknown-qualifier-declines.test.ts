/**
 * A name the coverage writes, asked about with a word before it that the coverage never uses ("the Ohio National
 * Guard" where the articles write only "National Guard"; "Carlos Ojeda" where they write "Adm. Ojeda"), asks about
 * someone the coverage does not report on: the bot says so instead of answering with the one it does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: borderpost-2025-guard-navy-ships-test
title: Guard troops stay at the port; navy to send ships
outlet: Example Border Post
published: 2025-04-08
url: https://example.org/guard-navy-ships
language: en
---
About 2,000 National Guard troops are assisting Border Patrol agents at the ports of entry, the governor said.

Adm. Ojeda said the navy would send two ships to patrol the coast near the border this month.

Agents of the Border Patrol detained 40 people near the port on Tuesday, a spokeswoman said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a word the coverage never uses before a name it writes', () => {
  it.each([
    ['How many Ohio National Guard troops are assisting at the border?', 'Ohio'],
    ['How many ships will Carlos Ojeda send?', 'Carlos'],
    ['How many people did the Sunday Border Patrol operation detain?', 'Sunday'],
  ])('declines "%s": the coverage does not report on that one', async (question, word) => {
    expect(engine.read(question).unknownSubjects).toContain(word);
    const answer = await engine.ask(question, { userId: `u-${word}` });
    expect(answer.answered).toBe(false);
  });

  it('answers the same questions without the word ("How many National Guard troops…")', async () => {
    const answer = await engine.ask('How many National Guard troops are assisting at the border?', {
      userId: 'u',
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('2,000');
  });
});
