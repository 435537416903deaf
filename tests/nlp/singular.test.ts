import { describe, expect, it } from 'vitest';
import { singularOf, withSingular } from '../../src/nlp/singular.ts';

/** Words at the edges where the former hand-written rules differed. */
const WORDS = [
  '',
  's',
  'ss',
  'es',
  'us',
  'bus',
  'gas',
  'news',
  'orders',
  'monuments',
  'witness',
  'witnesses',
  'press',
  'presses',
  'marines',
  'guardsmen',
  'men',
  'man',
  'women',
  'deputies',
  'days',
  'ies',
  'boxes',
  'churches',
  'bushes',
  'captains',
  'rangers',
  'rurales',
  'congress',
  'americans',
  'dragoons',
  'volunteers',
  'order',
  'apaches',
  'lines',
  'series',
  'texas',
  'ss',
  'xs',
  'cavalrymen',
  'telegrams',
  'letters',
  'notes',
];

describe('one plural-to-singular rule for the words the lemmatiser leaves as written', () => {
  it('cuts a final s but keeps a word in "ss" and short words under the guard', () => {
    expect(singularOf('orders')).toBe('order');
    expect(singularOf('witness')).toBe('witness');
    expect(singularOf('gas', { longerThan: 3 })).toBe('gas');
    expect(singularOf('engineers', { longerThan: 3 })).toBe('engineer');
  });

  it('reads "-men", "-es" and "-ies" plurals only when asked', () => {
    expect(singularOf('guardsmen', { men: true })).toBe('guardsman');
    expect(singularOf('guardsmen')).toBe('guardsmen');
    expect(singularOf('witnesses', { es: true })).toBe('witness');
    expect(singularOf('deputies', { es: true })).toBe('deputy');
    expect(singularOf('days', { es: true })).toBe('day');
  });

  it('gives a counted lemma and its singular as the forms a kept plural may take', () => {
    expect(withSingular('apaches')).toEqual(['apaches', 'apache']);
    expect(withSingular('bus')).toEqual(['bus']);
  });

  // The rules it replaces, as they were written, give the same words.
  it('agrees with each former copy on every edge word', () => {
    for (const w of WORDS) {
      const finalS = (longerThan: number) =>
        w.length > longerThan && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
      expect(singularOf(w)).toBe(finalS(0));
      expect(singularOf(w, { longerThan: 3 })).toBe(finalS(3));
      const servicemen = /[^s]s$/.test(w) ? w.slice(0, -1) : null;
      const one = singularOf(w, { longerThan: 1 });
      expect(one === w ? null : one).toBe(servicemen);
      const proper = w.endsWith('men') ? `${w.slice(0, -3)}man` : w.replace(/s$/, '');
      expect(singularOf(w, { men: true, keepSs: false })).toBe(proper);
      expect(withSingular(w)).toEqual(w.endsWith('s') && w.length > 3 ? [w, w.slice(0, -1)] : [w]);
      expect(singularOf(w, { keepSs: false })).toBe(w.replace(/s$/, ''));
      const named = singularOf(w, { longerThan: 3, keepSs: false });
      expect(named !== w).toBe(w.endsWith('s') && w.slice(0, -1).length > 2);
      expect(withSingular(w, { keepSs: false })).toEqual(w.endsWith('s') ? [w, w.slice(0, -1)] : [w]);
      for (const lemma of WORDS) {
        expect(lemma === w || singularOf(w, { keepSs: false }) === lemma).toBe(
          lemma === w || lemma + 's' === w,
        );
      }
      let described = /[^s]s$/.test(w) ? w.slice(0, -1) : w;
      if (/men$/.test(w)) described = `${w.slice(0, -3)}man`;
      if (/[^aeiou]ies$/.test(w)) described = `${w.slice(0, -3)}y`;
      if (/(?:ss|sh|ch|x)es$/.test(w)) described = w.slice(0, -2);
      expect(singularOf(w, { es: true, men: true, longerThan: 1 })).toBe(described);
    }
  });
});
