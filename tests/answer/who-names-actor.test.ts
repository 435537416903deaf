/**
 * A who-question is answered from a sentence that names who did the asked act, not from a better-ranked one
 * that shares its words and names no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { sentenceNamingActor } from '../../src/answer/naming-sentence.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const sentence = (id: string, text: string, named: string[], kind = 'report'): Sentence =>
  ({
    id,
    sourceId: 'chapultepec',
    paragraph: 1,
    position: Number(id.slice(1)),
    kind,
    socialPostId: null,
    text,
    lemmas: [],
    nerEntities: [],
    mentions: named.map((entityId) => ({ entityId, text: entityId, via: 'name' })),
  }) as unknown as Sentence;

const related = sentence(
  's1',
  '· The castle museum reopens its hall of the 1847 defense after restoration',
  [],
);
const bravo = sentence(
  's2',
  'The castle was defended by Gen. Nicolás Bravo, who was taken prisoner when it fell.',
  ['bravo'],
);
const headline = sentence('s3', 'BRAVO HELD THE CASTLE', ['bravo'], 'headline');
const names = (s: Sentence) => s.mentions.length > 0;

describe('sentenceNamingActor', () => {
  it('answers from a sentence naming who did it when it covers more of the question than the best', () => {
    const pool = [
      { sentence: related, score: 3 },
      { sentence: bravo, score: 2 },
    ];
    const coverage = (s: Sentence) => (s === bravo ? 0.9 : 0.6);
    expect(sentenceNamingActor(pool, related, { names, coverage, floor: 0.5 })).toBe(bravo);
  });

  it('keeps the best when the sentence naming someone covers no more of the question', () => {
    const pool = [
      { sentence: related, score: 3 },
      { sentence: bravo, score: 2 },
    ];
    const coverage = () => 0.6;
    expect(sentenceNamingActor(pool, related, { names, coverage, floor: 0.5 })).toBeNull();
  });

  it('leaves a decline a decline: no replacement when the best covers too little to answer', () => {
    const pool = [
      { sentence: related, score: 3 },
      { sentence: bravo, score: 2 },
    ];
    const coverage = (s: Sentence) => (s === bravo ? 0.9 : 0.4);
    expect(sentenceNamingActor(pool, related, { names, coverage, floor: 0.5 })).toBeNull();
  });

  it('does not answer from a headline naming someone', () => {
    const pool = [
      { sentence: related, score: 3 },
      { sentence: headline, score: 2 },
    ];
    const coverage = (s: Sentence) => (s === headline ? 0.9 : 0.6);
    expect(sentenceNamingActor(pool, related, { names, coverage, floor: 0.5 })).toBeNull();
  });
});

let chapultepec: AnswerEngine;
let sheridan: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  chapultepec = await fixtureEngine(runtime, 'articles-39');
  sheridan = await fixtureEngine(runtime, 'articles-24');
}, 240_000);

describe('a who-question whose best-ranked sentence names no one', () => {
  it('names the cadet who read the roll, not only her words about reading it', async () => {
    const who = await chapultepec.ask('Who read the roll of the six names at the 2022 ceremony?', {
      userId: 'who-actor-1',
    });
    expect(who.text).toContain('Daniela Ortiz Salgado');
  });

  it('names the general who held the city, not a sentence about the city alone', async () => {
    const who = await sheridan.ask('Who held Matamoros for Maximilian?', { userId: 'who-actor-2' });
    expect(who.text).toContain('Mejía');
  });
});
