import { describe, expect, it } from 'vitest';
import { englishBare, englishPast } from '../../src/answer/spanish-tense.ts';
import { SpanishReader } from '../../src/answer/spanish.ts';

const reader = new SpanishReader({
  markers: ['el', 'la', 'los', 'las', 'de', 'quien', 'como', 'que'],
  phrases: { 'por que': 'why' },
  words: {
    el: 'the',
    la: 'the',
    los: 'the',
    las: 'the',
    de: 'of',
    en: 'in',
    que: 'that',
    quien: 'who',
    como: 'how',
    ejercito: 'army',
    calle: 'street',
    dejar: 'leave',
    parar: 'halt',
    obra: 'work',
    tirar: 'drop',
    bomba: 'bomb',
    piloto: 'pilot',
    soldados: 'soldiers',
    mandar: 'send',
    podian: 'could',
    detener: 'detain',
  },
});

describe('englishPast', () => {
  it('makes the past of a regular or irregular English verb', () => {
    expect(englishPast('leave')).toBe('left');
    expect(englishPast('halt')).toBe('halted');
    expect(englishPast('stop')).toBe('stopped');
    expect(englishPast('close')).toBe('closed');
  });
});

describe('englishBare', () => {
  it('finds the bare verb of an English past that is a word', () => {
    const words = new Set(['end', 'close', 'stop']);
    expect(englishBare('ended', (w) => words.has(w))).toBe('end');
    expect(englishBare('closed', (w) => words.has(w))).toBe('close');
    expect(englishBare('stopped', (w) => words.has(w))).toBe('stop');
    expect(englishBare('left', () => false)).toBe('leave');
  });
});

describe('SpanishReader.translate, the preterite', () => {
  it('asks with "did" after a question word its subject follows', () => {
    expect(reader.translate('¿Por qué el ejército dejó las calles?')).toBe(
      'why did the army leave the streets?',
    );
  });

  it('puts the subject written after the verb before it', () => {
    expect(reader.translate('¿Cómo tiró las bombas el piloto en Naco?')).toBe(
      'how did the pilot drop the bombs in Naco?',
    );
  });

  it('asks a yes/no question with "did"', () => {
    expect(reader.translate('los marines pararon la obra?')).toBe('did the marines halt the work?');
  });

  it('puts the verb in the past when the question word is its subject', () => {
    expect(reader.translate('quien dejó las calles')).toBe('who left the streets');
  });

  it('asks a yes/no question with "did" when the lexicon gives its verb in the past', () => {
    const coverage = new Set(['cross']);
    const pasts = new SpanishReader(
      {
        markers: ['el', 'de'],
        phrases: { 'se paso': 'crossed' },
        words: { todo: 'all', el: 'the', ejercito: 'army', de: 'of', a: 'to' },
      },
      (w) => coverage.has(w),
    );
    expect(pasts.translate('todo el ejercito de Ojinaga se paso a Texas?')).toBe(
      'did all the army of Ojinaga cross to Texas?',
    );
  });

  it('asks "when was" and "where was" with no "did" when the verb is "be" ("cuándo fue el ataque")', () => {
    const be = new SpanishReader({
      markers: ['el', 'la', 'de'],
      phrases: {},
      words: {
        cuando: 'when',
        donde: 'where',
        fue: 'was',
        el: 'the',
        la: 'the',
        ataque: 'attack',
        reunion: 'meeting',
        de: 'of',
        veteranos: 'veterans',
      },
    });
    expect(be.translate('¿Cuándo fue el ataque?')).toBe('when was the attack?');
    expect(be.translate('¿Dónde fue la reunión de veteranos?')).toBe('where was the meeting of veterans?');
  });

  it('asks a yes/no question with "did" when an auxiliary comes only in the clause after its verb', () => {
    expect(reader.translate('los marines pararon la obra que podian detener?')).toBe(
      'did the marines halt the work that could detain?',
    );
  });

  it('asks a yes/no question with "did" when its past is the first word of a lexicon phrase ("dijo que")', () => {
    const said = new SpanishReader(
      {
        markers: ['el'],
        phrases: { 'dijo que': 'said that' },
        words: { el: 'the', coronel: 'colonel', disparar: 'shoot', iba: 'would', a: 'to' },
      },
      (w) => w === 'say' || w === 'shoot',
    );
    expect(said.translate('el coronel dijo que iba a disparar?')).toBe(
      'did the colonel say that would shoot?',
    );
  });

  it('reads what someone wanted others to do ("quería que trabajaran") with an infinitive', () => {
    const wanted = new SpanishReader(
      {
        markers: ['las', 'que'],
        phrases: {},
        words: {
          queria: 'wanted',
          que: 'what',
          las: 'the',
          fuerzas: 'forces',
          trabajar: 'work',
          con: 'with',
        },
      },
      (w) => w === 'want' || w === 'work',
    );
    expect(wanted.translate('¿Trump quería que las fuerzas trabajaran con México?')).toBe(
      'did Trump want the forces to work with México?',
    );
  });

  it('leaves a yes/no question that asks with another verb', () => {
    expect(reader.translate('los soldados que mandaron podian detener?')).toBe(
      'the soldiers that sent could detain?',
    );
  });
});
