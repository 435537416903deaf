import { describe, expect, it } from 'vitest';
import { askedWordsInOtherSentence, innerSentenceOf } from '../../src/answer/inner-sentence.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';

const nlp = new Nlp([]);
const stem = (w: string) => nlp.stem(w);
const tokensOf = (text: string) => nlp.analyse(text).tokens;
const PRAYER = 'The men of Mier fought the Texans in the streets. We pray today for all the dead.';

describe('a date in one sentence of a quotation of several', () => {
  it('finds the inner sentence the date stands in', () => {
    expect(innerSentenceOf(PRAYER, 'today')?.own.trim()).toBe('We pray today for all the dead.');
  });

  it('is another act’s date when the asked words stand only in another inner sentence', () => {
    expect(askedWordsInOtherSentence(PRAYER, 'today', ['fight', 'mier'], stem, tokensOf)).toBe(true);
  });

  it('dates the act told before when its sentence points back ("That was on March 9")', () => {
    const text = 'The Villistas attacked the town before dawn. That was on March 9, and it rained.';
    expect(askedWordsInOtherSentence(text, 'March 9', ['attack'], stem, tokensOf)).toBe(false);
  });

  it('reads an abbreviated month as no sentence end', () => {
    expect(
      innerSentenceOf('On Sept. 21, 1846, Gen. Taylor attacked Monterrey.', 'Sept. 21, 1846'),
    ).toBeNull();
  });
});
