/**
 * "There was a march of maybe two thousand people … They chanted, '…'": "they" chanting the words, with no one
 * named to stand for, is the gathering the sentences before tell of, named as its people.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('chanting crowds', () => {
  it('gives words "they chanted" after a march to the marchers', () => {
    const body =
      'QUIÑONES: On Friday there was a march of maybe two thousand people from the Alameda to the government palace. Teachers, students, a lot of people from the Costa Chica. They chanted, "¡El Charco no se olvida!" — El Charco is not forgotten.';
    expect(speakerOfWords(tools, body, 'El Charco no se olvida')).toBe('the marchers');
  });

  it('gives words "they were chanting, over and over," after a demonstration to the demonstrators', () => {
    const body =
      'There was a demonstration on Wednesday evening outside the consulate, maybe forty people, students mostly. The police watched from across the street. They were chanting, over and over, "Alto a la masacre, alto a la guerra."';
    expect(speakerOfWords(tools, body, 'Alto a la masacre')).toBe('the demonstrators');
  });

  it('gives words "they were chanting" after a crowd to the crowd', () => {
    const body =
      'At eleven o\'clock I saw a crowd of perhaps a thousand, sailors and soldiers and civilians, moving down the middle of the street. They were chanting, "We want zooters! We want zooters!"';
    expect(speakerOfWords(tools, body, 'We want zooters')).toBe('the crowd');
  });

  it('gives no crowd the answer of people asked after it ("They answered, …")', () => {
    const body =
      'About 300 people came to the rally at the gate. Reporters later asked two county officials about the fence. They answered, "We have no comment on the fence."';
    expect(speakerOfWords(tools, body, 'no comment on the fence')).not.toMatch(/crowd|rally/);
  });

  it('leaves words "they chanted" unattributed when no gathering was told of before', () => {
    const body = 'The mayor spoke for an hour about the budget. They chanted, "Four more years!"';
    expect(speakerOfWords(tools, body, 'Four more years')).not.toMatch(/marchers|crowd|demonstrators/);
  });
});
