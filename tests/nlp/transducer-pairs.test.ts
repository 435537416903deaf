import { describe, expect, it } from 'vitest';
import { transducerPairs } from '../../src/nlp/transducer-pairs.ts';
import { encodeSpanishDictionary } from '../../src/cli/spanish-dictionary-build.ts';

/**
 * "carpa" → "carp", "tienda" → "tent" and "shop" sharing their tags' states, "mando" → "control" spelt past its
 * tag, as `lt-print` writes a bilingual dictionary.
 */
const ATT = [
  '0\t1\tc\tc',
  '1\t2\ta\ta',
  '2\t3\tr\tr',
  '3\t4\tp\tp',
  '4\t5\ta\t<n>',
  '5\t6\t<n>\tε',
  '6\t7\t<f>\tε',
  '7',
  '0\t8\tt\tt',
  '8\t9\ti\te',
  '9\t10\te\tn',
  '10\t11\tn\tt',
  '11\t12\td\t<n>',
  '12\t5\ta\tε',
  '0\t20\tt\ts',
  '20\t21\ti\th',
  '21\t22\te\to',
  '22\t23\tn\tp',
  '23\t12\td\t<n>',
  '0\t30\tm\tc',
  '30\t31\ta\to',
  '31\t32\tn\tn',
  '32\t33\td\tt',
  '33\t34\to\tr',
  '34\t35\t<n>\to',
  '35\t36\t<m>\tl',
  '36\t7\tε\t<n>',
].join('\n');

describe('transducerPairs', () => {
  it('spells each lemma with its tag and each of its translations, however the letters line up', () => {
    const pairs = transducerPairs(ATT).map((p) => `${p.source}:${p.pos}:${p.target}`);
    expect(pairs.sort()).toEqual(['carpa:n:carp', 'mando:n:control', 'tienda:n:shop', 'tienda:n:tent']);
  });
});

describe('encodeSpanishDictionary', () => {
  it('gives a Spanish lemma the senses of both directions, Spanish → English first', () => {
    const text = encodeSpanishDictionary(
      [{ source: 'carpa', pos: 'n', target: 'carp' }],
      [
        { source: 'tent', pos: 'n', target: 'carpa' },
        { source: 'Fort Worth', pos: 'np', target: 'Fort Worth' },
      ],
    );
    expect(text.split('\n').filter((l) => !l.startsWith('#') && l !== '')).toEqual(['carpa\tn\tcarp|tent']);
  });
});
