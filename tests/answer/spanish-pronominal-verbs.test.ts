import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';
import { SpanishDictionary } from '../../src/nlp/spanish-dictionary.ts';

const DATA = {
  markers: ['cuantos'],
  phrases: {},
  words: { cuantos: 'how many', soldados: 'soldiers', se: '', la: 'the', guardia: 'guard' },
};

/** The dictionary lists a verb used only with "se" under its pronominal infinitive, as Apertium's pair does. */
const DICTIONARY = new SpanishDictionary(['rendirse\tv\tsurrender', 'quejarse\tv\tcomplain'].join('\n'));

function reader(vocabulary: readonly string[]): SpanishReader {
  const used = new Set(vocabulary);
  return new SpanishReader(
    DATA,
    (w) => used.has(w),
    () => false,
    () => 0,
    () => undefined,
    () => false,
    () => true,
    () => false,
    DICTIONARY,
  );
}

describe('Spanish verbs the dictionary gives only with "se"', () => {
  it('reads "se rindieron" as surrendered, through the pronominal "rendirse" and the stem change', () => {
    expect(reader(['surrender', 'soldiers']).translate('¿Cuántos soldados se rindieron?')).toBe(
      'how many soldiers surrendered?',
    );
  });

  it('reads a regular form of a pronominal verb ("se quejó") through its infinitive with "se"', () => {
    expect(reader(['complain', 'guard']).translate('se quejó la guardia')).toContain('complain');
  });
});
