import { describe, expect, it } from 'vitest';
import { isEnglishCompound, isEnglishForm, soundKey } from '../../src/answer/english-forms.ts';

const words = ['green', 'light', 'rep', 'good', 'fellow', 'sergeant', 'text'];
const lexicon = {
  isEnglishWord: (w: string) => words.includes(w),
  rankOf: (w: string) => (words.includes(w) ? 1000 : null),
};

describe('isEnglishForm', () => {
  it('reads two frequent English words run together as English ("greenlight")', () => {
    expect(
      isEnglishForm(
        { normal: 'greenlight', lemma: 'greenlight', pos: 'NOUN', written: 'greenlight' },
        lexicon,
      ),
    ).toBe(true);
  });

  it('reads a regular verb form of an English word as English ("repped")', () => {
    expect(
      isEnglishForm({ normal: 'repped', lemma: 'repped', pos: 'VERB', written: 'repped' }, lexicon),
    ).toBe(true);
  });

  it('leaves a capitalised compound surname and an unknown name to the name checks', () => {
    expect(
      isEnglishForm(
        { normal: 'goodfellow', lemma: 'goodfellow', pos: 'PROPN', written: 'Goodfellow' },
        lexicon,
      ),
    ).toBe(false);
    expect(isEnglishForm({ normal: 'noem', lemma: 'noem', pos: 'NOUN', written: 'noem' }, lexicon)).toBe(
      false,
    );
  });

  it('does not read a name ending like a verb form as one when it is no verb', () => {
    expect(
      isEnglishForm({ normal: 'texting', lemma: 'texting', pos: 'NOUN', written: 'texting' }, lexicon),
    ).toBe(false);
  });
});

describe('isEnglishCompound', () => {
  it('needs both parts to be frequent English words of four letters or more', () => {
    expect(isEnglishCompound('greenlight', lexicon)).toBe(true);
    expect(isEnglishCompound('repgreen', lexicon)).toBe(false);
  });
});

describe('soundKey', () => {
  it('gives a word misspelt as it sounds the key of the word', () => {
    expect(soundKey('sarjent')).toBe(soundKey('sergeant'));
    expect(soundKey('sargent')).toBe(soundKey('sergeant'));
    expect(soundKey('compny')).toBe(soundKey('company'));
  });

  it('gives a "t" that says "sh" before "i" and a vowel the key of "sh" ("capitulashun", "nashun")', () => {
    expect(soundKey('capitulashun')).toBe(soundKey('capitulation'));
    expect(soundKey('nashun')).toBe(soundKey('nation'));
    expect(soundKey('question')).not.toBe(soundKey('queshun'));
    expect(soundKey('tiara')).toMatch(/^t/);
  });

  it('tells apart words that sound different', () => {
    expect(soundKey('sergeant')).not.toBe(soundKey('servant'));
  });
});
