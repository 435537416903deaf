import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const data = {
  markers: ['quien', 'que', 'de', 'del', 'la', 'el', 'al', 'y'],
  phrases: {},
  words: {
    quien: 'who',
    fue: 'was',
    la: 'the',
    el: 'the',
    de: 'of',
    del: 'of the',
    al: 'to the',
    a: 'to',
    y: 'and',
    abogada: 'lawyer',
    abuelo: 'grandfather',
    exposicion: 'exhibition',
    sargento: 'sergeant',
    retén: 'checkpoint',
  },
  roles: ['sargento'],
};
const people = new Set([
  'vickery',
  'gerald vickery',
  'martha pierce lowe',
  'pierce lowe',
  'lowe',
  'trevino',
  'ord',
]);
const reader = new SpanishReader(
  data,
  () => false,
  () => false,
  () => 0,
  () => undefined,
  () => false,
  () => false,
  (words) => people.has(words.join(' ')),
);

describe('a person Spanish names after "de" goes first, as English says it', () => {
  it("reads 'la abogada del sargento vickery' as sergeant vickery's lawyer", () => {
    expect(reader.translate('quien fue la abogada del sargento vickery')).toBe(
      "who was sergeant vickery's lawyer",
    );
    expect(reader.translate('al abuelo de Martha Pierce Lowe')).toBe("to Martha Pierce Lowe's grandfather");
  });

  it('leaves two owners, a place and a name after "del" with no title as written', () => {
    expect(reader.translate('la exposición de Treviño y Ord')).toBe('the exhibition of Treviño and Ord');
    expect(reader.translate('el abuelo de Juárez')).toBe('the grandfather of Juárez');
  });

  it('leaves a name that only begins with a person\'s ("el abuelo de Lowe Negras") as written', () => {
    expect(reader.translate('el abuelo de Lowe Negras')).toBe('the grandfather of Lowe Negras');
  });

  it("answers who a sergeant's lawyer was, asked in Spanish, with the lawyer", async () => {
    const engine = await fixtureEngine(await shippedRuntime(), 'articles-14');
    const answer = await engine.ask('quien fue la abogada del sargento vickery', { userId: 'possessor' });
    expect(answer.text).toContain('Salcido');
  }, 300_000);
});
