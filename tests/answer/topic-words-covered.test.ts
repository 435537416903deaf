/**
 * A word that is off the subject in general ("soccer", "weather") does not put a question out of scope when an
 * article tells of it: the coverage's own words are its subject. Off-topic chat stays declined.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valley-2011-bridge-closure
title: "Campus closes river buildings after gunfire across the border"
outlet: Valley Ledger
published: 2011-04-09
url: https://valleyledger.example/2011/04/09/campus
language: en
---
The college closed its river campus on Friday after gunfire was heard across the border and moved the evening's soccer matches to the city stadium on Elm Street.

"We will not put students next to the river while shots are being fired," the college president, Irma Salas, said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

const user = () => ({ userId: `u${Math.random()}` });

describe('a question on a topic word the coverage uses', () => {
  it('answers where the soccer matches were moved from the article that tells of them', async () => {
    const a = await engine.ask('where did the college move the soccer matches', user());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('city stadium');
  });

  it('still declines off-topic words the coverage never uses', async () => {
    const a = await engine.ask('who won the world cup final', user());
    expect(a.answered).toBe(false);
  });

  it('still declines a how-do-I request whatever words the coverage shares with it', async () => {
    const a = await engine.ask('how do i join the college soccer team', user());
    expect(a.answered).toBe(false);
  });
});
