import { describe, expect, it } from 'vitest';
import { coverageDemonym } from '../../src/answer/place-demonym.ts';

const known = new Set(['missourian', 'texan', 'mexican', 'kentuckian', 'teamster', 'green']);
const propn = (normal: string) => ({ normal, pos: 'PROPN' });

describe('coverageDemonym', () => {
  it('reads a place the coverage never names as the word the coverage uses for its people', () => {
    expect(coverageDemonym(propn('missouri'), known)).toBe('missourian');
    expect(coverageDemonym(propn('mexico'), known)).toBe('mexican');
    expect(coverageDemonym(propn('texas'), known)).toBe('texan');
    expect(coverageDemonym(propn('kentucky'), known)).toBe('kentuckian');
  });

  it('reads nothing when the coverage has no word for the place’s people', () => {
    expect(coverageDemonym(propn('nebraska'), known)).toBeUndefined();
  });

  it('reads no common word, nor a short name, as a place', () => {
    expect(coverageDemonym({ normal: 'gree', pos: 'NOUN' }, known)).toBeUndefined();
    expect(coverageDemonym(propn('gre'), known)).toBeUndefined();
  });
});
