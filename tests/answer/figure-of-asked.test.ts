/**
 * What a question counts, read from its own words: the noun after "how many", the one whose size it asks, or
 * the one "the number of" counts ("differ on the number of men who landed").
 */
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/analysis.ts';
import { askedCounted } from '../../src/answer/figure-of-asked.ts';

/** Tokens of a question written as `word/LEMMA/POS` triples, offsets left at 0 (askedCounted reads none). */
const tokens = (text: string): Token[] =>
  text.split(' ').map((w) => {
    const [value = '', lemma = '', pos = ''] = w.split('/');
    return { value, normal: value.toLowerCase(), lemma, pos, type: 'word', stop: false, start: 0, end: 0 };
  });

describe('askedCounted', () => {
  it('returns the noun "the number of" counts when nothing else is asked', () => {
    const asked = askedCounted(
      tokens(
        'How/how/ADV do/do/AUX they/they/PRON differ/differ/VERB on/on/ADP the/the/DET number/number/NOUN of/of/ADP men/man/NOUN who/who/PRON landed/land/VERB',
      ),
    );
    expect(asked?.lemma).toBe('man');
  });

  it('returns the noun after "how many" first', () => {
    const asked = askedCounted(
      tokens(
        'How/how/ADV many/many/ADJ soldiers/soldier/NOUN did/do/AUX the/the/DET number/number/NOUN of/of/ADP boats/boat/NOUN carry/carry/VERB',
      ),
    );
    expect(asked?.lemma).toBe('soldier');
  });

  it('returns nothing when the question counts nothing', () => {
    expect(askedCounted(tokens('How/how/ADV far/far/ADV is/be/AUX Progreso/Progreso/PROPN'))).toBeUndefined();
  });
});
