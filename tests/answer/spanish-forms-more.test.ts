import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';
import { followedName } from '../../src/answer/spanish-followers.ts';
import { englishPlural } from '../../src/answer/spanish-plural.ts';

describe('Spanish questions: followers, participles, years, cognates', () => {
  it('reads a side named after its leader ("el comandante carrancista") as the leader the coverage names', () => {
    const names = new Set(['carranza', 'villa', 'obregon']);
    const spelt = new Map([['obregon', 'obregón']]);
    const isName = (w: string) => names.has(w);
    const spelling = (w: string) => spelt.get(w);
    expect(followedName('carrancista', isName, spelling)).toBe('Carranza');
    expect(followedName('villistas', isName, spelling)).toBe('Villa');
    expect(followedName('obregonista', isName, spelling)).toBe('Obregón');
    // A word in "-ista" that follows no name the coverage uses is left to the lexicon.
    expect(followedName('periodista', isName, spelling)).toBeUndefined();
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: { el: 'the', comandante: 'commander', en: 'in' } },
      () => false,
      () => false,
      () => 0,
      spelling,
      isName,
    );
    expect(reader.translate('el comandante carrancista en Juárez')).toBe('the Carranza commander in Juárez');
  });

  it('finds an irregular participle ("abierta", "resuelto") from its infinitive', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { abrir: 'open', resolver: 'resolve', escribir: 'write', esta: 'is' },
    });
    expect(reader.translate('esta abierta')).toBe('is open');
    expect(reader.translate('resuelto')).toBe('resolve');
    expect(reader.translate('escritas')).toBe('write');
  });

  it('keeps a year after "en" or "desde" as written, not as a figure with a comma', () => {
    const reader = new SpanishReader({ markers: [], phrases: {}, words: { en: 'in', desde: 'since' } });
    expect(reader.translate('en 1854')).toBe('in 1854');
    expect(reader.translate('desde 1848')).toBe('since 1848');
    // A quantity stays a figure.
    expect(reader.translate('1854 soldados')).toBe('1,854 soldados');
  });

  it('writes "a" before a vowel as "an" only when it is a word, not the end of "Procuraduría"', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { en: 'in', un: 'a', oficial: 'officer' },
    });
    expect(reader.translate('Procuraduría en Juárez')).toBe('Procuraduría in Juárez');
    expect(reader.translate('un oficial')).toBe('an officer');
  });

  it('reads "-eo" and "-ador" words the lexicon lacks as their cognates ("museo", "explorador")', () => {
    const dictionary = new Set(['museum', 'explorer', 'explorers', 'operator']);
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: {} },
      () => false,
      (w) => dictionary.has(w),
    );
    expect(reader.translate('museo')).toBe('museum');
    expect(reader.translate('exploradores')).toBe('explorers');
    expect(reader.translate('operador')).toBe('operator');
  });

  it('gives a people named in "-ch" or "-sh" no plural ("los franceses": the French)', () => {
    expect(englishPlural('French')).toBeUndefined();
    expect(englishPlural('Irish')).toBeUndefined();
    expect(englishPlural('church')).toBe('churches');
  });
});
