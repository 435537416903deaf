import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: valleycourier-2024-water-board-guard-test
title: Water board approves well, Guard unit stays
outlet: Example Courier
published: 2024-03-12
url: https://example.org/water-board-guard
language: en
---
The Irrigation Board approved the new well by a vote of 5 to 2, a spokeswoman for the district said.

Members of the Arizona National Guard will stay at the port of entry through the summer, the governor said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a word the coverage never uses, before a name it writes', () => {
  it('answers about "the Pima Irrigation Board" when the article writes "the Irrigation Board"', async () => {
    const u = engine.read('How did the Pima Irrigation Board vote on the well?');
    expect(u.unknownSubjects).toEqual([]);
    const answer = await engine.ask('How did the Pima Irrigation Board vote on the well?', { userId: 'q1' });
    expect(answer.answered).toBe(true);
  });

  it('still declines "the Ohio National Guard" when the article names only the Arizona National Guard', () => {
    expect(engine.read('How long will the Ohio National Guard stay at the port?').unknownSubjects).toContain(
      'Ohio',
    );
  });

  it('still declines a name the coverage never writes after the unknown word', () => {
    expect(engine.read('How did the Pima Water Commission vote on the well?').unknownSubjects).toContain(
      'Pima',
    );
  });
});
