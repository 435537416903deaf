/**
 * A name the coverage writes as two words, asked run together ("Veracruz" where the 1914 articles write "Vera
 * Cruz"), is that name: the question is answered, not declined as asking about a place the coverage lacks. A
 * name the coverage never writes, or two of its words that never stand together as a name, still declines it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: gulfpost-1914-vera-cruz-medals-test
title: Medals of Honor for the Vera Cruz landing
outlet: Example Gulf Post
published: 1914-12-04
url: https://example.org/vera-cruz-medals
language: en
---
Fifty-six Medals of Honor were awarded for the fighting at Vera Cruz in April, the Navy Department said on Friday.

Ensign Juan Flores, who led a company of sailors through the streets, was among those decorated.

The fleet later sailed for San Antonio de Bexar's nearest port to take on coal.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a two-word name asked run together', () => {
  it('answers "How many Medals of Honor were given for the Veracruz fight?" with the coverage\'s Vera Cruz', async () => {
    const question = 'How many Medals of Honor were given for the Veracruz fight?';
    expect(engine.read(question).unknownSubjects).toEqual([]);
    const answer = await engine.ask(question, { userId: 'u-veracruz' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Fifty-six');
  });

  it.each([
    ['How many Medals of Honor were given for the Tampico fight?', 'Tampico'],
    ['How many Medals of Honor were given for the Sanjuan fight?', 'Sanjuan'],
    ['How many Medals of Honor were given for the Cruzvera fight?', 'Cruzvera'],
  ])('still declines "%s": the coverage writes no such name', async (question, word) => {
    expect(engine.read(question).unknownSubjects).toContain(word);
    const answer = await engine.ask(question, { userId: `u-${word}` });
    expect(answer.answered).toBe(false);
  });
});
