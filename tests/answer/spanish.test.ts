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
