import { describe, expect, it } from 'vitest';
import { SpanishReader } from '../../src/answer/spanish.ts';
import { SpanishDictionary } from '../../src/nlp/spanish-dictionary.ts';

const DATA = {
  markers: ['cuantas', 'que'],
  phrases: {},
  words: {
    cuantas: 'how many',
    cuantos: 'how many',
    quien: 'who',
    se: '',
    de: 'of',
    en: 'in',
    la: 'the',
    el: 'the',
    que: 'what',
    habia: 'had',
  },
};

const DICTIONARY = new SpanishDictionary(
  [
    '# a comment line',
    'paca\tn\tbale',
    'algodon\tn\tcotton',
    'arroyo\tn\tbrook',
    'correo\tn\tpost|mail',
    'consulta\tn\tsurgery',
    'mundial\ta\tworld-wide|world',
    'rendirse\tv\tsurrender',
    'leer\tv\tread',
    'traer\tv\tbring',
    'barco\tn\tship',
    'plan\tn\tplan',
  ].join('\n'),
);

/** A reader whose coverage uses `vocabulary`, with the dictionary above and `synonyms` for its senses. */
function reader(vocabulary: readonly string[], synonyms: Record<string, string[]> = {}): SpanishReader {
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
    (w) => synonyms[w] ?? [],
  );
}

describe('SpanishReader with a general dictionary', () => {
  it('reads a word the lexicon lacks through the dictionary, a plural noun kept plural', () => {
    expect(reader(['bale', 'cotton']).translate('¿Cuántas pacas de algodón había?')).toBe(
      'how many bales of cotton had?',
    );
  });

  it("reads a sense's synonym the coverage uses when it uses none of the dictionary's own words", () => {
    expect(reader(['creek'], { brook: ['creek'] }).translate('en el arroyo')).toBe('in the creek');
  });

  it('leaves out a word none of whose senses the coverage uses, as before the dictionary', () => {
    expect(reader(['cotton']).translate('el mundial')).toBe('the');
    expect(reader(['or'], { surgery: ['or'] }).translate('la consulta')).toBe('the');
  });

  it('reads a verb the dictionary lists only with its "se" ("se rindieron": surrendered)', () => {
    expect(reader(['surrender']).translate('¿Cuántos se rindieron?')).toBe('how many surrendered?');
  });

  it('reads a preterite whose "y" follows a short stem ("se leyó": read) through its infinitive', () => {
    expect(reader(['read', 'plan']).translate('¿quién leyó el plan?')).toBe('who read the plan?');
  });

  it('asks with a strong preterite the lexicon lacks ("trajo") in the past', () => {
    expect(reader(['bring', 'ship']).translate('¿qué trajo el barco?')).toBe('what brought the ship?');
  });

  it('takes the sense the coverage uses, not the first one', () => {
    expect(reader(['mail']).translate('el correo')).toBe('the mail');
  });
});

describe('SpanishDictionary', () => {
  it('gives every sense of a lemma, of the parts of speech asked', () => {
    const dictionary = new SpanishDictionary('fuerte\ta\tstrong|loud\nfuerte\tn\tfort\n');
    expect(dictionary.senses('fuerte')).toBe('fort|strong|loud');
    expect(dictionary.senses('fuerte', ['a'])).toBe('strong|loud');
    expect(dictionary.senses('fuerte', ['v'])).toBeUndefined();
    expect(dictionary.size).toBe(1);
  });
});

describe('the committed Spanish–English table', () => {
  it('holds the general language with several senses a word', async () => {
    const { readFile } = await import('node:fs/promises');
    const { SPANISH_DICTIONARY_PATH } = await import('../../src/paths.ts');
    const table = new SpanishDictionary(await readFile(SPANISH_DICTIONARY_PATH, 'utf8'));
    expect(table.size).toBeGreaterThan(15_000);
    expect(table.senses('tienda')?.split('|')).toEqual(expect.arrayContaining(['tent', 'shop']));
    expect(table.senses('paca')).toBe('bale');
  });
});
