import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SpanishReader, type SpanishData } from '../../src/answer/spanish.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

let data: SpanishData;
beforeAll(async () => {
  data = JSON.parse(await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8')) as SpanishData;
});

describe('SpanishReader.translate', () => {
  it('finds a verb the lexicon holds only as its infinitive, in any tense or person', () => {
    const reader = new SpanishReader({ markers: [], phrases: {}, words: { mover: 'move', muro: 'wall' } });
    expect(reader.translate('movió')).toBe('move');
    expect(reader.translate('movieron')).toBe('move');
    expect(reader.translate('muros')).toBe('wall');
  });

  it('reads a word the lexicon lacks as its English cognate when the coverage uses it', () => {
    const coverage = new Set(['reform', 'operation']);
    const reader = new SpanishReader({ markers: [], phrases: {}, words: {} }, (w) => coverage.has(w));
    expect(reader.translate('la reforma')).toBe('la reform');
    expect(reader.translate('operación')).toBe('operation');
  });

  it('finds a verb in the subjunctive, future or conditional from its infinitive', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { trabajar: 'work', tener: 'have' },
    });
    expect(reader.translate('trabajaran')).toBe('work');
    expect(reader.translate('trabajaría')).toBe('work');
    expect(reader.translate('tenemos')).toBe('have');
  });

  it('translates a word in quotation marks and keeps the marks', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { la: 'the', palabra: 'word', militar: 'military' },
    });
    expect(reader.translate("la palabra 'militar'")).toBe("the word 'military'");
  });

  it('reads a verb the lexicon lacks as its English cognate from a general word list, in any tense', () => {
    const dictionary = new Set(['migrate', 'coordinate', 'deport', 'cart']);
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: {} },
      () => false,
      (w) => dictionary.has(w),
    );
    expect(reader.translate('migrar')).toBe('migrate');
    expect(reader.translate('coordinaron')).toBe('coordinate');
    expect(reader.translate('coordinó')).toBe('coordinate');
    expect(reader.translate('deportar')).toBe('deport');
    // A bare vowel ending makes no cognate from the word list alone: "carta" is a letter, not a cart.
    expect(reader.translate('carta')).toBe('carta');
  });

  it('gives a verb of saying whose subject Spanish left out the person named before it', () => {
    const reader = new SpanishReader({
      markers: ['quien', 'que'],
      phrases: { 'que dijo': 'what was said by' },
      words: { quien: 'who', es: 'is', y: 'and', sobre: 'about', el: 'the', muro: 'wall' },
    });
    expect(reader.translate('¿Quién es Dale Rutledge y qué dijo sobre el muro?')).toBe(
      'who is Dale Rutledge and what was said by Dale Rutledge about the wall?',
    );
    expect(reader.translate('¿qué dijo sobre el muro?')).toBe('what was said about the wall?');
    expect(reader.translate('¿qué dijo Rutledge sobre el muro?')).toBe(
      'what was said by Rutledge about the wall?',
    );
  });

  it('reads "que" after a noun as the start of a clause, and as "what" when it asks', () => {
    const reader = new SpanishReader({
      markers: ['que'],
      phrases: {},
      words: { que: 'what', el: 'the', muchacho: 'boy', mataron: 'killed', dijo: 'said' },
    });
    expect(reader.translate('el muchacho que mataron')).toBe('the boy that killed');
    expect(reader.translate('¿que dijo?')).toBe('what said?');
  });

  it('takes "quien es" and a name as Spanish, though the name is most of the words', () => {
    expect(new SpanishReader(data).isSpanish('quien es luis cresencio sandoval')).toBe(true);
  });

  it('keeps a capitalised name and a word with no cognate in the coverage as written', () => {
    const reader = new SpanishReader({ markers: [], phrases: {}, words: {} }, () => false);
    expect(reader.translate('Hutto tarea')).toBe('Hutto tarea');
  });

  it('translates a question about a new article word by word with the shipped lexicon', () => {
    const reader = new SpanishReader(data);
    expect(reader.translate('¿cuántos hombres fueron encarcelados en la prisión de Dilley?')).toBe(
      'how many men were jail in the prison of Dilley?',
    );
  });
});
