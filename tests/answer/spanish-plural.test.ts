import { describe, expect, it } from 'vitest';
import { englishPlural } from '../../src/answer/spanish-plural.ts';
import { SpanishReader } from '../../src/answer/spanish.ts';

const reader = new SpanishReader({
  markers: ['el', 'la', 'los', 'las', 'de'],
  phrases: {},
  words: {
    el: 'the',
    la: 'the',
    los: 'the',
    las: 'the',
    de: 'of',
    calle: 'street',
    agente: 'agent',
    federal: 'federal',
    gringos: 'American',
    mexicanos: 'Mexican',
    soldados: 'soldiers',
    cruzar: 'cross',
  },
});

describe('englishPlural', () => {
  it('makes the plural of a one-word English noun', () => {
    expect(englishPlural('street')).toBe('streets');
    expect(englishPlural('city')).toBe('cities');
    expect(englishPlural('box')).toBe('boxes');
    expect(englishPlural('woman')).toBe('women');
  });

  it('leaves a word that already ends as a plural', () => {
    expect(englishPlural('news')).toBeUndefined();
    expect(englishPlural('Japanese')).toBeUndefined();
  });
});

describe('SpanishReader.translate, plurals', () => {
  it('keeps the plural of a noun the lexicon holds only in the singular', () => {
    expect(reader.translate('las calles de Juárez')).toBe('the streets of Juárez');
  });

  it('keeps an adjective found through its plural ending in the singular', () => {
    expect(reader.translate('los agentes federales')).toBe('the federal agents');
  });

  it('reads a people used as a noun after a plural article as its plural', () => {
    expect(reader.translate('los gringos')).toBe('the Americans');
    expect(reader.translate('los mexicanos cruzaron')).toBe('the Mexicans crossed');
  });

  it('keeps a people before its noun as an adjective', () => {
    expect(reader.translate('los soldados mexicanos')).toBe('the Mexican soldiers');
  });
});
