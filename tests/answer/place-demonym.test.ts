import { describe, expect, it } from 'vitest';
import { coverageDemonym } from '../../src/answer/place-demonym.ts';

const known = new Set(['missourian', 'texan', 'mexican', 'kentuckian', 'teamster', 'green']);
const people = new Set(['teamster', 'man', 'soldier']);
/** Token 0 of "<place> <noun>", the place a proper noun, the noun a common one. */
const read = (place: string, noun = 'teamster', pos = 'PROPN') =>
  coverageDemonym(
    [
      { normal: place, lemma: place, pos },
      { normal: noun, lemma: noun, pos: 'NOUN' },
    ],
    0,
    known,
    (l) => people.has(l),
  );

describe('coverageDemonym', () => {
  it('reads a place the coverage never names, before a person, as the word the coverage uses for its people', () => {
    expect(read('missouri')).toBe('missourian');
    expect(read('mexico', 'soldier')).toBe('mexican');
    expect(read('texas', 'man')).toBe('texan');
    expect(read('kentucky')).toBe('kentuckian');
  });

  it('reads nothing when the coverage has no word for the place’s people', () => {
    expect(read('nebraska')).toBeUndefined();
  });

  it('reads the place itself, before no person, as no people ("what did missouri send?")', () => {
    expect(read('missouri', 'troop')).toBeUndefined();
  });

  it('reads no common word, nor a short name, as a place', () => {
    expect(read('gree', 'man', 'NOUN')).toBeUndefined();
    expect(read('gre', 'man')).toBeUndefined();
  });

  it('reads nothing when the coverage uses its word for the people only inside a name ("the Sonoran Desert")', () => {
    const tokens = [
      { normal: 'missouri', lemma: 'missouri', pos: 'PROPN' },
      { normal: 'teamster', lemma: 'teamster', pos: 'NOUN' },
    ];
    expect(
      coverageDemonym(
        tokens,
        0,
        known,
        (l) => people.has(l),
        () => false,
      ),
    ).toBeUndefined();
    expect(
      coverageDemonym(
        tokens,
        0,
        known,
        (l) => people.has(l),
        () => true,
      ),
    ).toBe('missourian');
  });
});
