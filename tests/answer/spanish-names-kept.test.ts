import { describe, expect, it } from 'vitest';
import { CoverageWriting } from '../../src/answer/coverage-writing.ts';
import { SpanishReader } from '../../src/answer/spanish.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';

/** Sentences of the coverage, as far as the writing of names reads them. */
function coverage(texts: readonly string[]): CoverageWriting {
  const sentences = texts.map((text) => ({ text }) as Sentence);
  return new CoverageWriting(new Set(), sentences);
}

const WRITING = coverage([
  'Raiders crossed the Rio Grande and fell upon the Mexican garrison at Las Vacas, the little town across the river.',
  'When people in Eagle Pass talk about what happened to Piedras Negras, they mean the bodies.',
  'Some of the Tejano ranchers there, men like Carlos de la Garza, have stayed loyal.',
]);

const DATA = {
  markers: ['que', 'quien'],
  phrases: { 'que paso': 'what happened' },
  words: {
    que: 'what',
    quien: 'who',
    era: 'was',
    en: 'in',
    de: 'of',
    la: 'the',
    las: 'the',
    gente: 'people',
    siente: 'feel',
    piedras: 'stones',
    negras: 'black',
    cruces: 'crossings',
    vacas: 'cows',
  },
};

function reader(): SpanishReader {
  return new SpanishReader(
    DATA,
    () => false,
    () => false,
    () => 0,
    () => undefined,
    () => false,
    () => false,
    () => false,
    null,
    () => [],
    (words) => WRITING.writesName(words),
  );
}

describe('Spanish place and person names the coverage writes', () => {
  it('keeps "Las Vacas" a place, not "the cows", when the coverage names the town so', () => {
    expect(reader().translate('¿Qué pasó en Las Vacas?')).toBe('what happened in Las Vacas?');
  });

  it('reads a capitalised run the coverage does not name word by word ("Las Cruces": the crossings)', () => {
    expect(reader().translate('¿Qué pasó en Las Cruces?')).toBe('what happened in the crossings?');
  });

  it('keeps "Piedras Negras" whole after "la gente de" instead of tearing it apart', () => {
    expect(reader().translate('¿Qué siente la gente de Piedras Negras?')).toContain('Piedras Negras');
  });

  it('keeps a person\'s name with "de la" in it as written ("Carlos de la Garza")', () => {
    expect(reader().translate('¿Quién era Carlos de la Garza?')).toBe('who was Carlos de la Garza?');
  });

  it('tells names of two words or more only, folded, from capitalised runs of the coverage', () => {
    expect(WRITING.writesName(['las', 'vacas'])).toBe(true);
    expect(WRITING.writesName(['carlos', 'de', 'la', 'garza'])).toBe(true);
    expect(WRITING.writesName(['vacas'])).toBe(false);
    expect(WRITING.writesName(['de', 'la', 'garza'])).toBe(false);
  });
});
