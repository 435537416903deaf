import { beforeAll, describe, expect, it } from 'vitest';
import { countedOtherwise, type CountedOtherwiseReading } from '../../src/answer/counted-otherwise.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { WordNet } from '../../src/nlp/wordnet.ts';
import { shippedRuntime, withArticles } from './setup.ts';

const ARTICLE = `---
id: wire-1896-custom-house-raid
title: Raiders beaten off at Nogales custom house
outlet: Example Wire
published: 1896-08-13
url: https://example.org/custom-house-raid
language: en
---
A band of armed men, said to number about 70, attacked the Mexican custom house in Nogales, Sonora, at daybreak yesterday, and was beaten off after a sharp fight.
Guards at the custom house detained two women who were carrying bread to the fighters.
About 7,000 migrants walked north in the caravan that spring.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a count of people asked in words the coverage never counts by', () => {
  it('is answered by a figure of people whose sentence says the asked act ("raiders": armed men who attacked)', async () => {
    const a = await engine.ask('how many raiders attacked the custom house', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('about 70');
  });

  it('is not answered by a figure of people whose sentence says another act ("raiders" who fled)', async () => {
    const a = await engine.ask('how many raiders fled the custom house', { userId: 'b' });
    expect(a.text).not.toContain('about 70');
  });

  it('is not answered by other people when the coverage counts the asked noun itself ("migrants": two women)', async () => {
    const a = await engine.ask('how many migrants did the guards at the custom house detain', {
      userId: 'c',
    });
    expect(a.text).not.toContain('two women');
  });
});

describe('countedOtherwise', () => {
  let wordnet: WordNet;
  const noPeopleData = () => false;
  const reading = (over: Partial<CountedOtherwiseReading> = {}): CountedOtherwiseReading => ({
    things: true,
    act: () => 'same',
    countedAsAsked: false,
    lemmas: ['band', 'arm', 'man', 'attack', 'custom', 'house'],
    countsPeople: noPeopleData,
    wordnet,
    ...over,
  });
  const men = { countsLemma: 'man', qualifier: 'about' };

  beforeAll(async () => {
    const found = (await shippedRuntime()).engineData.wordnet;
    if (!found) throw new Error('the WordNet table is missing');
    wordnet = found;
  });

  it('links people said otherwise when the sentence says the asked act ("raider": men who attacked)', () => {
    expect(countedOtherwise('raider', men, reading())).toBe('people');
  });

  it('returns null when the sentence only says a word near the asked act', () => {
    expect(countedOtherwise('raider', men, reading({ act: () => 'near' }))).toBeNull();
  });

  it('returns null when the question asks no act', () => {
    expect(countedOtherwise('raider', men, reading({ act: null }))).toBeNull();
  });

  it('returns null when the coverage counts the asked noun in its own words ("migrant": women)', () => {
    const women = { countsLemma: 'woman', qualifier: null };
    expect(countedOtherwise('migrant', women, reading({ countedAsAsked: true }))).toBeNull();
  });

  it('returns null when the sentence names the asked noun beside the people it counts', () => {
    const lemmas = ['troop', 'detain', 'two', 'woman', 'as', 'migrant', 'cross'];
    const women = { countsLemma: 'woman', qualifier: null };
    expect(countedOtherwise('migrant', women, reading({ lemmas }))).toBeNull();
  });

  it('links the same thing in another word whatever the act ("kid": children)', () => {
    expect(countedOtherwise('kid', { countsLemma: 'child', qualifier: null }, reading({ act: null }))).toBe(
      'same',
    );
  });

  it('returns null for a unit when "how many" counts things ("time": minutes)', () => {
    const minutes = { countsLemma: 'minute', qualifier: 'about' };
    expect(countedOtherwise('time', minutes, reading({ act: null }))).toBeNull();
    expect(countedOtherwise('time', minutes, reading({ act: null, things: false }))).toBe('same');
  });

  it('counts the troops a sentence names by the men it puts them at, whatever the act', () => {
    const lemmas = ['mexican', 'troop', 'press', 'report', 'man'];
    const asked = {
      act: () => 'no' as const,
      countedAsAsked: true,
      lemmas,
      synonyms: ['soldier'],
      countsPeople: (l: string) => l === 'troop',
    };
    expect(countedOtherwise('troop', men, reading(asked))).toBe('people');
    expect(countedOtherwise('troop', men, reading({ ...asked, lemmas: ['force', 'man'] }))).toBeNull();
  });
});
