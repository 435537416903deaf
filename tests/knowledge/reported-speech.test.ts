import { describe, expect, it } from 'vitest';
import { reportsSpeech } from '../../src/knowledge/reported-speech.ts';

describe('reportsSpeech', () => {
  it('finds a quotation of two words or more beside a verb of saying', () => {
    expect(reportsSpeech('"They should have it," she said.')).toBe(true);
    expect(reportsSpeech('The mayor told reporters: “We will not pay for it.”')).toBe(true);
  });

  it('finds none in an appeal, a one-word quotation, or a quotation no one says', () => {
    expect(reportsSpeech('Your support helps us to tell the story. Donate today.')).toBe(false);
    expect(reportsSpeech('Readers said the word "filibusters" was unfair.')).toBe(false);
    expect(reportsSpeech('Support "quality journalism" with a gift today.')).toBe(false);
  });
});
