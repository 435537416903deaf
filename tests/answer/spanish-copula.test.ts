import { describe, expect, it } from 'vitest';
import { copulaBeforeParticiple } from '../../src/answer/spanish-copula.ts';
import { SpanishReader } from '../../src/answer/spanish.ts';

const reader = new SpanishReader({
  markers: ['el', 'la', 'los', 'las', 'de', 'en'],
  phrases: {},
  words: {
    el: 'the',
    la: 'the',
    los: 'the',
    las: 'the',
    de: 'of',
    en: 'in',
    cuantos: 'how many',
    mexicanos: 'Mexican',
    heridos: 'wounded',
    detenidos: 'detained',
    resultaron: 'answered',
    quedaron: 'stayed',
  },
});

describe('copulaBeforeParticiple', () => {
  it('reads "resultaron" and "quedaron" before a participle as "were"', () => {
    expect(copulaBeforeParticiple('resultaron', 'heridos')).toBe('were');
    expect(copulaBeforeParticiple('quedaron', 'detenidas')).toBe('were');
    expect(copulaBeforeParticiple('resulto', 'herido')).toBe('was');
  });

  it('leaves the verb before anything but a participle', () => {
    expect(copulaBeforeParticiple('resultaron', 'en')).toBeUndefined();
    expect(copulaBeforeParticiple('dijeron', 'heridos')).toBeUndefined();
  });
});

describe('SpanishReader.translate, the state a thing ended up in', () => {
  it('asks how many Mexicans were wounded, not how many answered', () => {
    expect(reader.translate('¿Cuántos mexicanos resultaron heridos en Pilares?')).toBe(
      'how many Mexicans were wounded in Pilares?',
    );
  });

  it('reads "quedaron detenidos" as were detained', () => {
    expect(reader.translate('los mexicanos quedaron detenidos')).toBe('the Mexicans were detained');
  });
});
