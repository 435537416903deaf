import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';
import { spanishOrdinal } from '../../src/answer/spanish-numbers.ts';

const DATA = {
  markers: ['que'],
  phrases: {},
  words: {
    que: 'what',
    teniente: 'lieutenant',
    del: 'of the',
    de: 'of',
    caballeria: 'cavalry',
    murio: 'died',
  },
};

describe('Spanish ordinals', () => {
  it('reads "el Noveno de Caballería" as the ninth cavalry, not a name "Noveno"', () => {
    expect(new SpanishReader(DATA).translate('¿Qué teniente del Noveno de Caballería murió?')).toBe(
      'what lieutenant of the ninth of cavalry died?',
    );
  });

  it('reads every gender and number of first to tenth, and no other word', () => {
    expect(spanishOrdinal('novena')).toBe('ninth');
    expect(spanishOrdinal('terceros')).toBe('third');
    expect(spanishOrdinal('primer')).toBe('first');
    expect(spanishOrdinal('septimo')).toBe('seventh');
    expect(spanishOrdinal('decima')).toBe('tenth');
    expect(spanishOrdinal('octavio')).toBeUndefined();
    expect(spanishOrdinal('noventa')).toBeUndefined();
  });
});
