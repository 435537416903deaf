/**
 * "How many migrants at the new Nogales checkpoint were deported?": the act a "how many" question asks may come after a
 * phrase of place following the counted noun, and it still picks the figure of that act over a figure of
 * another act on the same things.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countedAction } from '../../src/answer/asked-action.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Token } from '../../src/nlp/pipeline.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: nogales-2019-checkpoint-stops
title: Checkpoint south of Nogales stops hundreds of migrants
outlet: Example Border Daily
published: 2019-08-02
url: https://example.org/checkpoint-stops
language: en
---
Checkpoint south of Nogales stops hundreds of migrants
Soldiers at the new checkpoint south of Nogales stopped 300 migrants at the checkpoint this week.
Immigration agents later deported 40 migrants to Guatemala.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `act-after-place-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'checkpoint.md': ARTICLE }));
}, 120_000);

describe('the act asked after a phrase of place', () => {
  it('answers how many migrants at the new Nogales checkpoint were deported with the deported figure', async () => {
    const a = await engine.ask('How many migrants at the new Nogales checkpoint were deported?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/40/);
  });

  it('still answers how many migrants at the checkpoint were stopped', async () => {
    const a = await engine.ask('How many migrants at the checkpoint were stopped?', fresh());
    expect(a.answered).toBe(true);
    expect(a.direct).toMatch(/300/);
  });
});

const token = (value: string, pos: string, lemma = value.toLowerCase()): Token =>
  ({ value, normal: value.toLowerCase(), lemma, pos, stop: false }) as Token;
const asked = (tokens: Token[]) => countedAction({ analysis: { tokens } } as never, new Set())?.lemma ?? null;

describe('countedAction', () => {
  it('reads the act past a phrase of place after the counted noun', () => {
    const tokens = [
      token('How', 'ADV'),
      token('many', 'ADJ'),
      token('of', 'ADP'),
      token('the', 'DET'),
      token('people', 'NOUN', 'people'),
      token('in', 'ADP'),
      token('the', 'DET'),
      token('pickup', 'NOUN'),
      token('were', 'AUX', 'be'),
      token('killed', 'VERB', 'kill'),
    ];
    expect(asked(tokens)).toBe('kill');
    // "How many troops on the border": a phrase of place with no act after it asks none.
    expect(asked(tokens.slice(0, 8))).toBeNull();
  });

  it('reads no act past an "of" phrase that says whose the counted things are', () => {
    const tokens = [
      token('How', 'ADV'),
      token('many', 'ADJ'),
      token('soldiers', 'NOUN', 'soldier'),
      token('of', 'ADP'),
      token('Villa', 'PROPN', 'villa'),
      token('arrived', 'VERB', 'arrive'),
    ];
    expect(asked(tokens)).toBeNull();
  });
});
