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

const CARAVAN = `---
id: example-2018-caravan-at-tijuana
title: The caravan at Tijuana
outlet: Example Border Wire
published: 2018-11-26
url: https://example.org/caravan-at-tijuana
language: en
---
The caravan at Tijuana
The caravan reached Tijuana on Sunday after a month on the road. The Pentagon said it would send 5,200 soldiers to the border.
`;

const VISIT = `---
id: example-2025-visit-to-reynosa
title: The visit to Reynosa
outlet: Example Border Wire
published: 2025-05-04
url: https://example.org/visit-to-reynosa
language: en
---
The visit to Reynosa
Crowds filled the plaza in Reynosa on Friday, a day after President Claudia Sheinbaum visited the city. The Pentagon said it would send 5,200 soldiers to the border.
The convoy left Reynosa on Saturday, a day after President Claudia Sheinbaum visited the city. Some 1,300 guardsmen rode in it.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `pointed-back-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({
    'reburial.md': ARTICLE,
    'caravan.md': CARAVAN,
    'visit.md': VISIT,
  }));
}, 120_000);

describe('a figure whose sentence points back by a pronoun', () => {
  it('answers how many were in the procession from "About four hundred people were in it"', async () => {
    const a = await engine.ask('How many people were in the procession?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/four hundred people/);
    expect(a.evidence.map((e) => e.text).join(' ')).toMatch(/The procession formed/);
  });

  it('does not count the caravan by a figure whose "it" is the Pentagon named before it', async () => {
    const a = await engine.ask('how many people were in the caravan?', fresh());
    expect(a.answered && /5,200/.test(a.direct ?? '')).toBe(false);
  });

  it('does not give Sheinbaum a figure the Pentagon gives after a sentence naming her', async () => {
    const a = await engine.ask('How many soldiers did Sheinbaum send?', fresh());
    expect(a.answered && /5,200/.test(a.direct ?? '')).toBe(false);
  });

  it('lends the subject of the sentence before, not a person named later in it', async () => {
    const a = await engine.ask('How many guardsmen rode with Sheinbaum?', fresh());
    expect(a.answered && /1,300/.test(a.direct ?? '')).toBe(false);
  });
});

const token = (value: string, pos: string, lemma = value.toLowerCase()): Token =>
  ({ value, normal: value.toLowerCase(), lemma, pos, stop: false }) as Token;
const sentence = (lemmas: string[], paragraph = 2): Sentence =>
  ({
    id: `s${paragraph}-${lemmas.join('')}`,
    sourceId: 'x',
    paragraph,
    text: lemmas.join(' '),
    lemmas,
    mentions: [],
  }) as unknown as Sentence;

describe('referredBack', () => {
  it('gives the sentence before in the same paragraph when a pronoun points back, and null otherwise', () => {
    const before = sentence(['procession', 'form']);
    const formed = [token('The', 'DET'), token('procession', 'NOUN'), token('formed', 'VERB', 'form')];
    const it_ = [token('people', 'NOUN'), token('were', 'AUX'), token('in', 'ADP'), token('it', 'PRON')];
    expect(referredBack(sentence(['people']), it_, before, formed)).toBe(before);
    expect(referredBack(sentence(['people']), it_.slice(0, 3), before, formed)).toBeNull();
    expect(referredBack(sentence(['people']), it_, sentence(['procession'], 1), formed)).toBeNull();
  });

  it('gives null when a name before the pronoun in its own sentence is what it stands for', () => {
    const before = sentence(['caravan', 'reach']);
    const reached = [token('The', 'DET'), token('caravan', 'NOUN'), token('reached', 'VERB', 'reach')];
    const said = [
      token('The', 'DET'),
      token('Pentagon', 'PROPN'),
      token('said', 'VERB', 'say'),
      token('it', 'PRON'),
    ];
    expect(referredBack(sentence(['pentagon']), said, before, reached)).toBeNull();
    expect(
      referredBack(sentence(['pentagon']), [token('It', 'PRON', 'it'), ...said.slice(2)], before, reached),
    ).toBe(before);
  });

  it('gives null for an "it" that stands for nothing ("It is expected that 3,100 marines will stay")', () => {
    const before = sentence(['march', 'reach']);
    const reached = [token('The', 'DET'), token('march', 'NOUN'), token('reached', 'VERB', 'reach')];
    const expected = [
      token('It', 'PRON', 'it'),
      token('is', 'AUX', 'be'),
      token('expected', 'VERB', 'expect'),
      token('that', 'SCONJ'),
      token('3,100', 'NUM'),
      token('marines', 'NOUN', 'marine'),
    ];
    expect(referredBack(sentence(['marine']), expected, before, reached)).toBeNull();
    const was = [
      token('It', 'PRON', 'it'),
      token('was', 'AUX', 'be'),
      token('full', 'ADJ'),
      token('.', 'PUNCT'),
    ];
    expect(referredBack(sentence(['full']), was, before, reached)).toBe(before);
  });

  it('gives null when the pronoun does not agree in number with the subject before', () => {
    const before = sentence(['rider', 'leave']);
    const riders = [token('The', 'DET'), token('riders', 'NOUN', 'rider'), token('left', 'VERB', 'leave')];
    const inIt = [token('people', 'NOUN'), token('were', 'AUX'), token('in', 'ADP'), token('it', 'PRON')];
    const ofThem = [token('ten', 'NUM'), token('of', 'ADP'), token('them', 'PRON')];
    expect(referredBack(sentence(['people']), inIt, before, riders)).toBeNull();
    expect(referredBack(sentence(['people']), ofThem, before, riders)).toBe(before);
    const one = [token('A', 'DET', 'a'), token('wagon', 'NOUN'), token('left', 'VERB', 'leave')];
    expect(referredBack(sentence(['people']), ofThem, before, one)).toBeNull();
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

  it('lends the people and places named in the subject only', () => {
    const text = 'The convoy left Reynosa after Sheinbaum visited.';
    const before = {
      ...sentence(['convoy', 'leave', 'reynosa', 'sheinbaum', 'visit']),
      text,
      mentions: [
        { entityId: 'convoy-x', text: 'The convoy', via: 'alias' },
        { entityId: 'sheinbaum', text: 'Sheinbaum', via: 'alias' },
      ],
    } as Sentence;
    const at = (value: string, pos: string, lemma = value.toLowerCase()): Token => ({
      ...token(value, pos, lemma),
      start: text.indexOf(value),
      end: text.indexOf(value) + value.length,
    });
    const tokens = [
      at('The', 'DET'),
      at('convoy', 'NOUN'),
      at('left', 'VERB', 'leave'),
      at('Reynosa', 'PROPN'),
      at('after', 'ADP'),
      at('Sheinbaum', 'PROPN'),
      at('visited', 'VERB', 'visit'),
    ];
    expect(namedIn(before, tokens).mentions.map((m) => m.entityId)).toEqual(['convoy-x']);
  });
});
