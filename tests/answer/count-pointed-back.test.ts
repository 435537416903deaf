/**
 * "How many people were in the procession?" — "The procession formed at ten o'clock. Some three hundred people
 * were in it.": a figure's sentence that points back by a pronoun is read with what the sentence before names
 * as its subject.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { namedIn, referredBack } from '../../src/answer/referred-back.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import type { Token } from '../../src/nlp/pipeline.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: hillcountry-1870-reburial-at-the-creek
title: The reburial at the creek
outlet: Example Hill Country Courier
published: 1870-05-14
url: https://example.org/reburial-at-the-creek
language: en
---
The reburial at the creek
The remains of the settlers were brought home on Saturday.
The procession formed at nine o'clock in the morning on the square. About four hundred people were in it, many of them come by wagon from the farms along the creek the night before.
At the cemetery the pastor read the names of the dead.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `pointed-back-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'reburial.md': ARTICLE }));
}, 120_000);

describe('a figure whose sentence points back by a pronoun', () => {
  it('answers how many were in the procession from "About four hundred people were in it"', async () => {
    const a = await engine.ask('How many people were in the procession?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/four hundred people/);
    expect(a.evidence.map((e) => e.text).join(' ')).toMatch(/The procession formed/);
  });
});

const token = (value: string, pos: string, lemma = value.toLowerCase()): Token =>
  ({ value, normal: value.toLowerCase(), lemma, pos, stop: false }) as Token;
const sentence = (lemmas: string[], paragraph = 2): Sentence =>
  ({
    id: `s${paragraph}-${lemmas.join('')}`,
    sourceId: 'x',
    paragraph,
    lemmas,
    mentions: [],
  }) as unknown as Sentence;

describe('referredBack', () => {
  it('gives the sentence before in the same paragraph when a pronoun points back, and null otherwise', () => {
    const before = sentence(['procession', 'form']);
    const it_ = [token('people', 'NOUN'), token('were', 'AUX'), token('in', 'ADP'), token('it', 'PRON')];
    expect(referredBack(sentence(['people']), it_, before)).toBe(before);
    expect(referredBack(sentence(['people']), it_.slice(0, 3), before)).toBeNull();
    expect(referredBack(sentence(['people']), it_, sentence(['procession'], 1))).toBeNull();
  });
});

describe('namedIn', () => {
  it('lends the nouns of the subject before the first verb, not the verb or the nouns after it', () => {
    const before = sentence(['procession', 'form', "o'clock", 'forenoon']);
    const tokens = [
      token('The', 'DET'),
      token('procession', 'NOUN'),
      token('formed', 'VERB', 'form'),
      token('at', 'ADP'),
      token('ten', 'NUM'),
      token("o'clock", 'NOUN'),
      token('in', 'ADP'),
      token('forenoon', 'NOUN'),
    ];
    expect(namedIn(before, tokens).lemmas).toEqual(['procession']);
  });
});
