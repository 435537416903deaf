import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const LETTERS = `---
id: clarion-1846-camargo-letters
title: Letters from the camp at Camargo
outlet: Example Clarion
published: 1846-09-24
url: https://example.org/camargo
language: en
---
The Captain writes that the moving column will number about six thousand men and will go by way of Seralvo, on the road to Monterey.

The sick are left behind at Camargo with the doctor.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'clarion-1846-camargo-letters.md': LETTERS }));
});

describe('a place named in another spelling', () => {
  it('is read as the one-word name the coverage writes one letter apart', () => {
    const read = engine.read('How many men were going to Monterrey?');
    expect(read.corrections).toEqual([{ from: 'Monterrey', to: 'Monterey' }]);
    expect(read.unknownSubjects).toEqual([]);
  });

  it('answers a question that spells the place otherwise', async () => {
    const answer = await engine.ask('¿Cuántos hombres iban a Monterrey?', { userId: 'monterrey' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('six thousand');
  });

  it('leaves a capitalised word no one-word name is near as it is', () => {
    expect(engine.read('How many men were going to Saltillo?').unknownSubjects).toEqual(['Saltillo']);
  });
});
