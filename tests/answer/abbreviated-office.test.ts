/** A question asking of an office the coverage writes abbreviated ("the captain" of "Capt. Ashby"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1911-ford-crossing-patrol
title: Cavalry troop sent to guard the ford below Presidio
outlet: Example Valley Herald
published: 1911-04-12
url: https://example.org/ford-crossing-patrol
language: en
---
Cavalry troop sent to guard the ford below Presidio
A troop of cavalry from Fort Bliss arrived at the ford below Presidio on Tuesday, under Capt. Walter M. Penrose.
Capt. Penrose said his orders were to watch the ford and turn back any armed band trying to cross.
The ford had been used twice that month by riders carrying rifles, ranchers said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `abbreviated-office-${++user}` });

beforeAll(async () => {
  // The article alone: the shipped coverage writes "captain" in full elsewhere.
  ({ engine } = await articlesAlone({ 'ford.md': ARTICLE }));
}, 120_000);

describe('an office the coverage writes abbreviated', () => {
  it('reads "the captain" as someone the coverage has when an article writes "Capt." before a name', () => {
    const read = engine.read('who was the captain in charge of the cavalry troop from Fort Bliss?');
    expect(read.unknownSubjects).toEqual([]);
  });

  it('answers who the captain was, and what his orders were after it', async () => {
    const user = fresh();
    const first = await engine.ask(
      'who was the captain in charge of the cavalry troop from Fort Bliss?',
      user,
    );
    expect(first.answered).toBe(true);
    expect(first.text).toContain('Penrose');
    const next = await engine.ask('what were his orders?', user);
    expect(next.answered).toBe(true);
    expect(next.text).toContain('watch the ford');
  });

  it('still reads an office no one in the coverage holds as a subject the coverage lacks', () => {
    const read = engine.read('what did the admiral say about the ford below Presidio?');
    expect(read.unknownSubjects).toEqual(['admiral']);
  });
});
