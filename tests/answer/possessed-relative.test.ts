/** A follow-up that asks about a relative of the person in focus ("and his brother?"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { possessedRelation } from '../../src/answer/possessed-relative.ts';
import type { Token } from '../../src/nlp/pipeline.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const tokens = (...words: Array<[string, string]>): Token[] =>
  words.map(([normal, pos], i) => ({
    value: normal,
    normal,
    lemma: normal,
    pos,
    type: pos === 'PUNCT' ? 'punctuation' : 'word',
    stop: false,
    start: i,
    end: i + 1,
  }));

describe('possessedRelation', () => {
  it('reads the noun after a possessive ("and his brother?")', () => {
    expect(
      possessedRelation(tokens(['and', 'CCONJ'], ['his', 'PRON'], ['brother', 'NOUN'], ['?', 'PUNCT'])),
    ).toEqual(['brother']);
  });

  it('keeps what qualifies the relation ("her former husband")', () => {
    expect(
      possessedRelation(
        tokens(['what', 'PRON'], ['did', 'AUX'], ['her', 'PRON'], ['former', 'ADJ'], ['husband', 'NOUN']),
      ),
    ).toEqual(['former', 'husband']);
  });

  it('finds none where the pronoun is an object ("what did trump say to her")', () => {
    expect(
      possessedRelation(
        tokens(
          ['what', 'PRON'],
          ['did', 'AUX'],
          ['trump', 'PROPN'],
          ['say', 'VERB'],
          ['to', 'ADP'],
          ['her', 'PRON'],
        ),
      ),
    ).toBeNull();
  });
});

describe('a follow-up about a relative of the person in focus', () => {
  let engine: AnswerEngine;
  let user = 0;
  const fresh = () => ({ userId: `possessed-relative-${++user}` });

  beforeAll(async () => {
    engine = await fixtureEngine(await shippedRuntime(), 'articles-15');
  });

  it('keeps the person in focus when the possessive names no relative ("what did he sell in his store")', async () => {
    const who = fresh();
    await engine.ask('who ran the general store in presidio when the mexican army came over in 1914', who);
    const a = await engine.ask('what did he say about his flour', who);
    expect(a.text).toContain('Abe Weinberg');
  });
});
