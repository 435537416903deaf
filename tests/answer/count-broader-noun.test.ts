import { beforeAll, describe, expect, it } from 'vitest';
import { countedOtherwise, type CountedOtherwiseReading } from '../../src/answer/counted-otherwise.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { WordNet } from '../../src/nlp/wordnet.ts';
import { articlesAlone, shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: wire-2015-bus-burnings
title: Bus lines count their losses after the burnings
outlet: Example Wire
published: 2015-05-04
url: https://example.org/bus-burnings
language: en
---
Gunmen set fire to buses across the city on Friday after the army's helicopter was shot down.
"We lost eleven units in one morning," said Arturo Zepeda, operations manager of a bus cooperative in Tlaquepaque.
The state police said 40 officers were guarding the bus depots on Saturday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'wire-2015-bus-burnings.md': ARTICLE }));
});

describe('a count asked of things its sentence names, counted by a broader noun', () => {
  it('answers "how many buses did they lose" with the eleven units the bus cooperative lost', async () => {
    const a = await engine.ask('how many buses did the Tlaquepaque bus cooperative lose', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.direct).toBe('eleven units');
  });
});

describe('countedOtherwise, a broader noun of a thing its sentence names', () => {
  let wordnet: WordNet;
  const reading = (lemmas: string[]): CountedOtherwiseReading => ({
    things: true,
    act: null,
    countedAsAsked: true,
    lemmas,
    countsPeople: () => false,
    wordnet,
  });
  const units = { countsLemma: 'unit', qualifier: null };

  beforeAll(async () => {
    const found = (await shippedRuntime()).engineData.wordnet;
    if (!found) throw new Error('the WordNet table is missing');
    wordnet = found;
  });

  it('returns named when the sentence names the asked thing ("bus" among "units")', () => {
    expect(countedOtherwise('bus', units, reading(['we', 'lose', 'unit', 'bus', 'cooperative']))).toBe(
      'named',
    );
  });

  it('returns null when the sentence does not name the asked thing', () => {
    expect(countedOtherwise('bus', units, reading(['we', 'lose', 'unit', 'morning']))).toBeNull();
  });

  it('returns null when the figure counts no broader noun of the asked thing ("bus" and "officers")', () => {
    const officers = { countsLemma: 'officer', qualifier: null };
    expect(countedOtherwise('bus', officers, reading(['officer', 'guard', 'bus', 'depot']))).toBeNull();
  });
});
