import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';

const reader = new SpanishReader({
  markers: ['quien', 'que', 'de', 'la'],
  phrases: {},
  words: {
    quien: 'who',
    dijo: 'said',
    que: 'that',
    de: 'of',
    la: 'the',
    a: 'to',
    militar: 'military',
    palabra: 'word',
  },
});

describe('SpanishReader.translate, quotations', () => {
  it('keeps quoted English in double marks as written', () => {
    expect(reader.translate('quien dijo que "nobody saw a sign"')).toBe('who said that "nobody saw a sign"');
  });

  it('keeps quoted English in single marks as written', () => {
    expect(reader.translate("quien dijo 'tell them we were here'")).toBe("who said 'tell them we were here'");
  });

  it('still reads a single quoted Spanish word', () => {
    expect(reader.translate("la palabra 'militar'")).toBe("the word 'military'");
  });
});
