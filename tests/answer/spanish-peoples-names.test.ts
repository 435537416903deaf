import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { SpanishReader, type SpanishData } from '../../src/answer/spanish.ts';
import { peoplesFirst } from '../../src/answer/spanish-order.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

let data: SpanishData;
beforeAll(async () => {
  data = JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8')) as SpanishData;
});

describe('peoplesFirst', () => {
  const peoples = new Map([
    ['mexico', 'Mexican'],
    ['estados unidos', 'American'],
  ]);
  const inNoPhrase = () => false;

  it('reads a country after a noun as its people before the noun', () => {
    const tokens = ['el', 'cónsul', 'general', 'de', 'México', 'en', 'El', 'Paso'];
    expect(peoplesFirst(tokens, peoples, () => true, inNoPhrase)).toEqual([
      'el',
      'Mexican',
      'cónsul',
      'general',
      'en',
      'El',
      'Paso',
    ]);
  });

  it('reads a country of two words, written in lower case', () => {
    const tokens = ['los', 'soldados', 'de', 'estados', 'unidos', '?'];
    expect(peoplesFirst(tokens, peoples, () => true, inNoPhrase)).toEqual([
      'los',
      'American',
      'soldados',
      '?',
    ]);
  });

  it('leaves a country no determiner and noun come before, or one a lexicon phrase takes', () => {
    expect(peoplesFirst(['salieron', 'de', 'México'], peoples, () => true, inNoPhrase)).toEqual([
      'salieron',
      'de',
      'México',
    ]);
    expect(
      peoplesFirst(
        ['el', 'norte', 'de', 'México'],
        peoples,
        () => true,
        () => true,
      ),
    ).toEqual(['el', 'norte', 'de', 'México']);
  });

  it('moves a noun a lexicon phrase reads ("las fuerzas especiales") after the people with it', () => {
    const tokens = ['las', 'fuerzas', 'especiales', 'de', 'EEUU', 'trabajaran'];
    // The phrase takes "fuerzas especiales" (indices 1 and 2), not the article before it.
    const inPhrase = (i: number) => i === 1 || i === 2;
    expect(peoplesFirst(tokens, new Map([['eeuu', 'American']]), () => true, inPhrase)).toEqual([
      'las',
      'American',
      'fuerzas',
      'especiales',
      'trabajaran',
    ]);
  });
});

describe('SpanishReader.translate with the shipped lexicon', () => {
  it('names the Mexican consul general as English coverage does', () => {
    const reader = new SpanishReader(data);
    expect(reader.translate('¿Qué dijo el cónsul general de México en El Paso?')).toBe(
      'what was said by the Mexican consul general in El Paso?',
    );
  });

  it('keeps a place the coverage names in one word instead of reading it as a Spanish verb', () => {
    const naco = new SpanishReader(data, undefined, undefined, undefined, undefined, (w) => w === 'naco');
    expect(naco.translate('cayeron en naco')).toBe('fell in naco');
    expect(new SpanishReader(data).translate('en naco')).not.toBe('in naco');
  });

  it('reads the chat words of the drug trade and of asking', () => {
    const reader = new SpanishReader(data);
    expect(reader.translate('cuanta mota')).toBe('how much marijuana');
    expect(reader.translate('a que hora')).toBe('at what time');
    expect(reader.translate('cada cuanto')).toBe('how often');
  });
});

describe('KnowledgeIndex.isOneWordName', () => {
  const sentence = (id: string, text: string) => ({ id, sourceId: 's', text, lemmas: [], mentions: [] });
  const kb = {
    sources: [],
    entities: [],
    quotes: [],
    numbers: [],
    dates: [],
    timeline: [],
    sentences: [
      sentence('s#1', 'The bombs fell at Naco, Ariz., on Monday.'),
      sentence('s#2', 'The troops crossed at El Paso and the sale ended.'),
      sentence('s#3', 'Sale of arms was banned.'),
    ],
  } as unknown as KnowledgeBase;
  const index = new KnowledgeIndex(kb);

  it('is true for a word the coverage writes only capitalised and alone', () => {
    expect(index.isOneWordName('naco')).toBe(true);
  });

  it('is false for a word of a longer name or one also written in lower case', () => {
    expect(index.isOneWordName('paso')).toBe(false);
    expect(index.isOneWordName('sale')).toBe(false);
  });
});
