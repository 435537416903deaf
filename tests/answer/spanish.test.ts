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
    expect(reader.translate('movió')).toBe('moved');
    expect(reader.translate('movieron')).toBe('moved');
    expect(reader.translate('muros')).toBe('walls');
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
    expect(reader.translate('coordinaron')).toBe('coordinated');
    expect(reader.translate('coordinó')).toBe('coordinated');
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

  it('reads chat spellings ("q", "x", "pa") as the words they stand for, in phrases too', () => {
    const reader = new SpanishReader({
      markers: ['que'],
      phrases: { 'que tan': 'how', 'por semana': 'a week' },
      words: { lejos: 'far', veces: 'times', para: 'for', crear: 'create' },
      spellings: { q: 'que', x: 'por', pa: 'para' },
    });
    expect(reader.translate('q tan lejos')).toBe('how far');
    expect(reader.translate('veces x semana')).toBe('times a week');
    expect(reader.translate('pa crear')).toBe('to create');
    // A capitalised letter is a name's or an initial's, not a chat spelling.
    expect(reader.translate('X')).toBe('X');
  });

  it('takes an informal question opened with "neta" or "oye" as Spanish and drops the opener', () => {
    const reader = new SpanishReader(data);
    expect(reader.isSpanish('neta q tan lejos queda redford de el paso')).toBe(true);
    expect(reader.translate('oye quien firmo la orden')).toBe('who signed the order');
  });

  it('finds an irregular preterite and a verb whose stem vowel changes from its infinitive', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { poner: 'put', tener: 'have', querer: 'want', encontrar: 'find', pedir: 'ask', decir: 'say' },
    });
    expect(reader.translate('pusieron')).toBe('put');
    expect(reader.translate('puso')).toBe('put');
    expect(reader.translate('mantuvieron')).toBe('mantuvieron');
    // A strong preterite the lexicon lacks as written is read in the past tense (spanish-tense.ts).
    expect(reader.translate('tuvo')).toBe('had');
    expect(reader.translate('quieren')).toBe('want');
    expect(reader.translate('encuentran')).toBe('find');
    expect(reader.translate('piden')).toBe('ask');
  });

  it('reads "va a" and "iba a" before an infinitive as the future, and "va a la frontera" as going', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { mandar: 'send', va: 'goes', a: 'to', la: 'the', frontera: 'border', guardias: 'guards' },
    });
    expect(reader.translate('guardias iba a mandar')).toBe('guards would send');
    expect(reader.translate('va a mandar')).toBe('will send');
    expect(reader.translate('va a la frontera')).toBe('goes to the border');
  });

  it('reads a number written in words as its figure', () => {
    const reader = new SpanishReader({ markers: [], phrases: {}, words: { carros: 'cars', dos: 'two' } });
    expect(reader.translate('setenta mil carros')).toBe('70,000 cars');
    expect(reader.translate('treinta y cinco')).toBe('35');
    expect(reader.translate('mil quinientos')).toBe('1,500');
    expect(reader.translate('dos mil dieciocho')).toBe('2018');
    // A small number reads as well in English words.
    expect(reader.translate('dos carros')).toBe('two cars');
  });

  it('reads a two-digit year after its article ("en el 54") as the full year', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { en: 'in', el: 'the', del: 'of the', por: 'by', ciento: 'hundred' },
    });
    expect(reader.translate('en el 54')).toBe('in 1954');
    expect(reader.translate('en el 93?')).toBe('in 1993?');
    expect(reader.translate('del 18')).toBe('of 2018');
    expect(reader.translate('el 54 por ciento')).toBe('the 54 by hundred');
  });

  it('reads a word with several English renderings in the one the coverage uses', () => {
    const coverage = new Set(['vehicle']);
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: { carro: 'car|vehicle', libro: 'book|volume' } },
      (w) => coverage.has(w),
    );
    expect(reader.translate('carros')).toBe('vehicles');
    expect(reader.translate('libro')).toBe('book');
  });

  it('reads "que" after a conjunction, a preposition or an opener as asking', () => {
    const reader = new SpanishReader({
      markers: ['que'],
      phrases: {},
      words: { que: 'what', y: 'and', bajo: 'under', tenia: 'had', oye: '', secretaria: 'ministry' },
    });
    expect(reader.translate('y que tenia')).toBe('and what had');
    expect(reader.translate('bajo que secretaria')).toBe('under what ministry');
    expect(reader.translate('oye que tenia')).toBe('what had');
    // "Desde que" is since: it joins a clause.
    expect(reader.translate('desde que tenia')).toBe('desde that had');
  });

  it('reads more Spanish endings as English cognates: -orio, -ura, -ia, -mento', () => {
    const dictionary = new Set(['laboratories', 'culture', 'ceremony', 'documents']);
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: {} },
      () => false,
      (w) => dictionary.has(w),
    );
    expect(reader.translate('laboratorios')).toBe('laboratories');
    expect(reader.translate('cultura')).toBe('culture');
    expect(reader.translate('ceremonia')).toBe('ceremony');
    expect(reader.translate('documentos')).toBe('documents');
  });

  it('asks a length, not a time, for "qué tan largo"', () => {
    expect(new SpanishReader(data).translate('q tan largo era el muro')).toBe('what length was the wall');
  });

  it('reads a phrase with several renderings by the words that tell them apart ("is afraid|is scared")', () => {
    const coverage = new Set(['scared']);
    const reader = new SpanishReader(
      { markers: [], phrases: { 'tiene miedo': 'is afraid|is scared', 'la gente': 'people' }, words: {} },
      (w) => coverage.has(w),
    );
    expect(reader.translate('la gente tiene miedo')).toBe('people is scared');
  });

  it('reads a verb with several senses in the one the coverage uses beside the question’s other words', () => {
    // A coverage with "will lead the security talks" and "took the migrants to the station".
    const sentences = [
      ['lead', 'security', 'talks'],
      ['take', 'migrants', 'station'],
    ];
    const together = (word: string, context: readonly string[]) =>
      Math.max(
        0,
        ...sentences.filter((s) => s.includes(word)).map((s) => context.filter((c) => s.includes(c)).length),
      );
    const coverage = new Set(sentences.flat());
    const reader = new SpanishReader(
      {
        markers: [],
        phrases: {},
        words: { llevar: 'take|lead|carry', pláticas: 'talks', seguridad: 'security', migrantes: 'migrants' },
      },
      (w) => coverage.has(w),
      () => false,
      together,
    );
    expect(reader.translate('llevar las pláticas de seguridad')).toBe('lead las talks de security');
    expect(reader.translate('llevar los migrantes')).toBe('take los migrants');
  });

  it('translates a question about a new article word by word with the shipped lexicon', () => {
    const reader = new SpanishReader(data);
    expect(reader.translate('¿cuántos hombres fueron encarcelados en la prisión de Dilley?')).toBe(
      'how many men were jail in the prison of Dilley?',
    );
  });
});
