/**
 * Each token's character offsets point at its own text in the analysed paragraph, as the quotation spans,
 * mentions and sentence texts read them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Nlp, occursAt } from '../../src/nlp/pipeline.ts';

describe('occursAt', () => {
  it('answers as startsWith at a position does, for any text, word and position', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 4 }), fc.nat(40), (text, value, at) => {
        expect(occursAt(text, value, at)).toBe(text.startsWith(value, at));
      }),
    );
    expect(occursAt('Juárez said', 'said', 7)).toBe(true);
    expect(occursAt('Juárez said', 'Said', 7)).toBe(false);
    expect(occursAt('ab', '', 5)).toBe(true);
  });
});

describe('token offsets', () => {
  it('places every token of paragraphs with curly quotes, accents and odd spaces at its own text', () => {
    const nlp = new Nlp([{ id: 'sheinbaum', aliases: ['Claudia Sheinbaum'] }]);
    const paragraphs = [
      '“We will stay,” Claudia Sheinbaum said in Ciudad Juárez on May 3, 2025.',
      'About 1,200 troops\u00a0arrived —\u2009two days later.  They left.',
      'It’s over, the mayor’s aide said.',
    ];
    for (const [p, analysis] of nlp.analyseParagraphs(paragraphs).entries()) {
      expect(analysis.text).toBe(paragraphs[p]);
      for (const tok of analysis.tokens) expect(analysis.text.slice(tok.start, tok.end)).toBe(tok.value);
    }
  });
});
