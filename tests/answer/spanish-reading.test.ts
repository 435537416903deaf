import { describe, expect, it } from 'vitest';
import { partsAsWritten } from '../../src/answer/spanish-reply.ts';
import { SpanishReader } from '../../src/answer/spanish.ts';

describe('SpanishReader.translate', () => {
  it('reads a number in digits with its separators, Spanish or English style, and "mil" or "millones" after it', () => {
    const reader = new SpanishReader({ markers: [], phrases: {}, words: { de: 'of', soldados: 'soldiers' } });
    expect(reader.translate('15.000 soldados')).toBe('15,000 soldiers');
    expect(reader.translate('7,000 soldados')).toBe('7,000 soldiers');
    expect(reader.translate('6 mil soldados')).toBe('6,000 soldiers');
    expect(reader.translate('1,5 millones de soldados')).toBe('1.5 million of soldiers');
    expect(reader.translate('en 2019')).toBe('en 2019');
  });

  it('keeps a name the English coverage writes in Spanish when its sentences hold more of the question', () => {
    const data = {
      markers: ['que', 'bajo'],
      phrases: { 'guardia nacional': 'National Guard' },
      words: { bajo: 'under', que: 'what', secretaria: 'secretary', la: 'the', quedo: 'remain', ano: 'year' },
    };
    // The coverage keeps "Guardia Nacional" and "Secretaría" in Spanish, beside each other.
    const sentences = [
      ['guardia', 'nacional', 'under', 'secretaría'],
      ['national', 'guard', 'troops', 'border', '2018'],
      ['secretary', 'said'],
    ];
    const together = (word: string, context: readonly string[]) =>
      Math.max(
        0,
        ...sentences.filter((s) => s.includes(word)).map((s) => context.filter((c) => s.includes(c)).length),
      );
    const spelling = (w: string) =>
      w === 'secretaria' ? 'secretaría' : sentences.flat().includes(w) ? w : undefined;
    const reader = new SpanishReader(
      data,
      () => false,
      () => false,
      together,
      spelling,
    );
    expect(reader.translate('bajo que secretaria quedo la guardia nacional')).toBe(
      'under what Secretaría remain the Guardia Nacional',
    );
    // Beside the US Guard's words the English stays.
    const us = new SpanishReader(
      { ...data, words: { ...data.words, tropas: 'troops', frontera: 'border' } },
      () => false,
      () => false,
      together,
      spelling,
    );
    expect(us.translate('tropas de la guardia nacional en la frontera')).toContain('National Guard');
  });

  it('reads "que" after a noun as a clause though a phrase could ask with it, and "qué" as asking', () => {
    const reader = new SpanishReader({
      markers: ['que'],
      phrases: { 'que dijo': 'what was said by' },
      words: { vocero: 'spokesman', el: 'the', dijo: 'said', ministro: 'minister', y: 'and', que: 'what' },
    });
    expect(reader.translate('el vocero que dijo que')).toBe('the spokesman that said that');
    expect(reader.translate('y el ministro qué dijo?')).toBe('and the minister what was said?');
  });

  it('finds an infinitive or gerund with a pronoun joined to it ("entregarlos", "diciéndole")', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { entregar: 'hand over', decir: 'say' },
    });
    expect(reader.translate('entregarlos')).toBe('hand over');
    expect(reader.translate('diciéndole')).toBe('say');
    // "escuela" ends in "la" after no verb form.
    expect(reader.translate('escuela')).toBe('escuela');
  });

  it('reads more verbs as cognates: "-ar" to "-e", "-ener" to "-ain", and a preterite written without its accent when the coverage uses the verb', () => {
    const dictionary = new Set(['compare', 'obtain', 'decide', 'reduce']);
    const coverage = new Set(['vote']);
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: {} },
      (w) => coverage.has(w),
      (w) => dictionary.has(w),
    );
    expect(reader.translate('comparar')).toBe('compare');
    expect(reader.translate('obtuvo')).toBe('obtained'); // a strong preterite, read in the past tense
    expect(reader.translate('decidir')).toBe('decide');
    expect(reader.translate('reducir')).toBe('reduce');
    expect(reader.translate('voto')).toBe('vote');
    // Without its accent a preterite is also a noun ("comparo"): no cognate from the word list alone.
    expect(reader.translate('comparo')).toBe('comparo');
  });

  it('chooses a plural rendering by the company its lemma keeps in the coverage', () => {
    const sentences = [
      ['member', 'first', 'year'],
      ['troop', 'border'],
    ];
    const together = (word: string, context: readonly string[]) =>
      Math.max(
        0,
        ...sentences.filter((s) => s.includes(word)).map((s) => context.filter((c) => s.includes(c)).length),
      );
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: { elementos: 'troops|members', primer: 'first', ano: 'year' } },
      (w) => ['troops', 'members'].includes(w),
      () => false,
      together,
    );
    expect(reader.translate('elementos primer año')).toBe('members first year');
  });

  it('reads the shipped lexicon\'s words of asking: "podía", "los de", "los que", "es cierto que"', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const data = JSON.parse(
      await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8'),
    ) as ConstructorParameters<typeof SpanishReader>[0];
    const reader = new SpanishReader(data);
    expect(reader.translate('solo podía reportar')).toBe('only could report');
    expect(reader.translate('que sacaban los de la guardia')).toContain('those from the guard');
    expect(reader.translate('a los que cruzaron')).toContain('those who');
    expect(reader.translate('¿es cierto que la caravana tenía 7,000 personas?')).toBe(
      'is it true that the caravan had 7,000 people?',
    );
  });

  it("reads the shipped lexicon's nouns of the courts, the sea and the region's peoples", async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const data = JSON.parse(
      await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8'),
    ) as ConstructorParameters<typeof SpanishReader>[0];
    const reader = new SpanishReader(data);
    expect(reader.translate('cuántos años de cárcel')).toBe('how many years of prison');
    expect(reader.translate('el capitán de la marina mexicana sobre su mar')).toBe(
      'the captain of the Mexican navy about its sea',
    );
    expect(reader.translate('el general cubano')).toBe('the Cuban general');
    expect(reader.translate('el regidor en la junta')).toBe('the councilman in the meeting');
  });

  it('reads the imperfect of "ir" and "venir" before "en" as riding in ("venían en el camión": were in the truck)', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const data = JSON.parse(
      await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8'),
    ) as ConstructorParameters<typeof SpanishReader>[0];
    const reader = new SpanishReader(data);
    expect(reader.translate('cuántos soldados venían en el camión')).toBe(
      'how many soldiers were in the truck',
    );
    expect(reader.translate('quién iba en el convoy')).toBe('who was in the convoy');
  });

  it('puts a role after what it serves, as English does ("el vocero de la fuerza de tarea": the task force spokesman)', () => {
    const reader = new SpanishReader({
      markers: ['que', 'de', 'del'],
      phrases: { 'fuerza de tarea': 'task force', 'el paso': 'El Paso' },
      words: {
        el: 'the',
        la: 'the',
        vocero: 'spokesman',
        jefe: 'chief',
        que: 'that',
        dijo: 'said',
        ejercito: 'army',
        de: 'of',
        del: 'of the',
        cultura: 'culture',
        funcionaria: 'official',
        defensa: 'defense',
        comision: 'commission',
        gobernador: 'governor',
      },
      roles: ['vocero', 'jefe', 'funcionaria', 'gobernador'],
    });
    expect(reader.translate('el vocero de la fuerza de tarea que dijo')).toBe(
      'the task force spokesman who said',
    );
    expect(reader.translate('el jefe del ejército')).toBe('the army chief');
    expect(reader.translate('la funcionaria de cultura de Nogales')).toBe('the culture official of Nogales');
    // A name, a longer compound and a name's own article stay in Spanish order.
    expect(reader.translate('el gobernador de Texas')).toBe('the governor of Texas');
    expect(reader.translate('el jefe de la comision de defensa')).toBe(
      'the chief of the commission of defense',
    );
    expect(reader.translate('el vocero de el paso')).toBe('the spokesman of El Paso');
  });

  it('puts an adjective that follows its noun before it, as English does ("el general mexicano": the Mexican general)', () => {
    const reader = new SpanishReader({
      markers: ['que', 'de'],
      phrases: { 'guardia nacional': 'National Guard' },
      words: {
        el: 'the',
        la: 'the',
        de: 'of',
        bajo: 'under',
        general: 'general',
        mexicano: 'Mexican',
        marina: 'navy',
        mexicana: 'Mexican',
        mandos: 'commanders',
        policiales: 'police',
        civiles: 'civilian',
        defensa: 'defense',
        nacional: 'national',
        hermano: 'brother',
        fue: 'was',
        militar: 'military',
        que: 'that',
        dijo: 'said',
        guardia: 'guard',
      },
      roles: ['general'],
    });
    expect(reader.translate('el general mexicano que dijo')).toBe('the Mexican general who said');
    expect(reader.translate('la marina mexicana')).toBe('the Mexican navy');
    expect(reader.translate('bajo mandos policiales civiles')).toBe('under civilian police commanders');
    expect(reader.translate('de defensa nacional')).toBe('of national defense');
    // A phrase keeps its own order, a noun ending as an adjective does is no adjective, and a word after a
    // verb is said of its subject.
    expect(reader.translate('la guardia nacional')).toBe('the National Guard');
    expect(reader.translate('el general hermano')).toBe('the general brother');
    expect(reader.translate('el general fue militar')).toBe('the general was military');
  });

  it('reads a people\'s adjective used alone as a person ("el venezolano del campamento": the Venezuelan man)', () => {
    const reader = new SpanishReader({
      markers: ['del', 'que'],
      phrases: {},
      words: {
        el: 'the',
        la: 'the',
        los: 'the',
        del: 'of the',
        campamento: 'camp',
        venezolano: 'Venezuelan',
        hondurena: 'Honduran',
        hondurenos: 'Hondurans',
        marina: 'navy',
        mexicana: 'Mexican',
      },
    });
    expect(reader.translate('el venezolano del campamento')).toBe('the Venezuelan man of the camp');
    expect(reader.translate('la hondureña')).toBe('the Honduran woman');
    // Not a plural, nor an adjective said of the noun after it.
    expect(reader.translate('los hondureños')).toBe('the Hondurans');
    expect(reader.translate('la marina mexicana')).toBe('the Mexican navy');
  });

  it('reads a Spanish date as the coverage writes it ("el 29 de octubre de 2018": on October 29, 2018)', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: { el: 'the', en: 'in', que: 'what', paso: 'happened' },
    });
    expect(reader.translate('que paso el 29 de octubre de 2018')).toBe('what happened on October 29, 2018');
    expect(reader.translate('en octubre de 2018')).toBe('in October 2018');
    expect(reader.translate('el 3 de mayo')).toBe('on May 3');
  });

  it('writes the small words English needs: "an" before a vowel, "to" for "para" before an infinitive, "how many more"', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: {
        una: 'a',
        emergencia: 'emergency',
        para: 'for',
        crear: 'create',
        el: 'the',
        ejercito: 'army',
        cuantos: 'how many',
        guardias: 'guards',
        mas: 'more',
      },
    });
    expect(reader.translate('una emergencia')).toBe('an emergency');
    expect(reader.translate('para crear')).toBe('to create');
    expect(reader.translate('para el ejercito')).toBe('for the army');
    expect(reader.translate('cuantos guardias mas')).toBe('how many more guards');
  });

  it('reads a hyphenated Spanish word by its parts and drops chat laughter', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: { 'fuerza de tarea conjunta': 'joint task force', 'frontera sur': 'southern border' },
      words: { frontera: 'border', sur: 'south', quien: 'who', dirige: 'leads', la: 'the' },
    });
    expect(reader.translate('quien dirige la Fuerza de Tarea Conjunta-Frontera Sur jaja')).toBe(
      'who leads the joint task force-southern border',
    );
    expect(reader.translate('tijuana-tecate')).toBe('tijuana-tecate');
  });

  it('reads a preterite by its accent as the verb where the lexicon holds the word without it as a noun ("trabajó": worked, "trabajo": job)', () => {
    const reader = new SpanishReader({
      markers: [],
      phrases: {},
      words: {
        cuantos: 'how many',
        anos: 'years',
        trabajo: 'job',
        trabajar: 'work',
        termino: 'ended',
        terminar: 'end',
        en: 'in',
        el: 'the',
        la: 'the',
        estacion: 'station',
        guerra: 'war',
      },
    });
    expect(reader.translate('cuántos años trabajó Saucedo en la estación')).toBe(
      'how many years worked Saucedo in the station',
    );
    // Without the accent (chat), and after an article, it is the noun; a preterite the lexicon holds in the
    // past stays so.
    expect(reader.translate('el trabajo')).toBe('the job');
    expect(reader.translate('cuantos años trabajo Saucedo')).toBe('how many years job Saucedo');
    expect(reader.translate('la guerra terminó')).toBe('the war ended');
  });
});

describe('SpanishReader.translate, with the shipped lexicon', () => {
  it('reads a word the coverage uses in English without the accent Spanish writes it with ("récord")', () => {
    const reader = new SpanishReader(
      { markers: [], phrases: {}, words: { el: 'the' } },
      (w) => w === 'record',
    );
    expect(reader.translate('el túnel récord')).toBe('the túnel record');
  });

  it('reads the words of measuring, obligation and going ("cuánto medía", "tenían que", "fue a")', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { KNOWLEDGE_DIR } = await import('../../src/paths.ts');
    const data = JSON.parse(
      await readFile(join(KNOWLEDGE_DIR, 'spanish.json'), 'utf8'),
    ) as ConstructorParameters<typeof SpanishReader>[0];
    const reader = new SpanishReader(data);
    expect(reader.translate('¿cuánto medía el túnel?')).toBe('how long was the tunnel?');
    expect(reader.translate('cuántas millas cuadradas tenían que cubrir')).toBe(
      'how many square miles had to cover',
    );
    expect(reader.translate('qué dijo Hegseth cuando fue a la frontera')).toContain(
      'when went to the border',
    );
    expect(reader.translate('rechazó públicamente')).toContain('publicly');
  });
});

describe('partsAsWritten', () => {
  it('gives the questions of a Spanish message as written, for the headings of an answer in parts', () => {
    expect(partsAsWritten('¿Quién es Dale Rutledge y qué dijo sobre detener a migrantes?', 2)).toEqual([
      '¿Quién es Dale Rutledge?',
      '¿qué dijo sobre detener a migrantes?',
    ]);
    expect(partsAsWritten('q tan largo era el tunel y q tenia adentro', 2)).toEqual([
      'q tan largo era el tunel',
      'q tenia adentro',
    ]);
    // Split otherwise than the English reading, the English headings stay.
    expect(partsAsWritten('¿quién firmó la orden y cuándo?', 2)).toBeNull();
  });
});

describe('SpanishReader.isSpanish', () => {
  it('takes a longer message as Spanish when nearly all its words are, though none is a marker word', () => {
    const words = Object.fromEntries(['la', 'mayoria', 'de', 'gente', 'caravana', 'era'].map((w) => [w, w]));
    const reader = new SpanishReader({ markers: ['que'], phrases: {}, words });
    expect(reader.isSpanish('la mayoria de la gente de la caravana era de honduras?')).toBe(true);
    expect(reader.isSpanish('what did the Secretaría de la Defensa say')).toBe(false);
  });
});
