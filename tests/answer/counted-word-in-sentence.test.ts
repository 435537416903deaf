import { describe, expect, it } from 'vitest';
import { countedInSentence } from '../../src/answer/figure-headline.ts';
import type { NumberFact, Sentence } from '../../src/knowledge/schema.ts';

const figure = (counts: string, countsLemma: string): NumberFact =>
  ({ text: 'fifty', value: 50, high: null, qualifier: null, counts, countsLemma }) as unknown as NumberFact;
const sentence = (text: string, lemmas: string[]): Sentence => ({ text, lemmas }) as unknown as Sentence;

describe('a count headline says only what the figure’s sentence counts', () => {
  it('does not read "men" as written in a sentence that says "women"', () => {
    const s = sentence('Fifty women waited at the gate.', ['fifty', 'woman', 'wait', 'gate']);
    expect(countedInSentence(figure('men', 'man'), s)).toBe(false);
    expect(countedInSentence(figure('women', 'woman'), s)).toBe(true);
  });

  it('reads a plural written as its singular lemma', () => {
    const s = sentence('The soldier and his comrades, fifty of them, came.', [
      'soldier',
      'comrade',
      'fifty',
      'come',
    ]);
    expect(countedInSentence(figure('soldiers', 'soldier'), s)).toBe(true);
  });

  it('reads a proper noun’s plural, which the tagger keeps as its lemma: "1,500 Marines"', () => {
    const s = sentence('About 1,500 Marines arrived on Monday.', [
      'about',
      '1,500',
      'marines',
      'arrive',
      'monday',
    ]);
    expect(countedInSentence(figure('Marines', 'marine'), s)).toBe(true);
  });
});
