/**
 * "How much did the committee pay for the monument?" — "Degener and Steves paid $20 for the lot on which the
 * grave now lies, and the committee means to raise a monument there.": a figure given for one thing is no
 * answer to what another thing cost, when its sentence names that other thing apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { askedObject, figureObject, givenForOther } from '../../src/answer/figure-object.ts';
import type { Token } from '../../src/nlp/pipeline.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: hillcountry-1866-grave-lot
title: The lot for the grave
outlet: Example Hill Country Courier
published: 1866-08-14
url: https://example.org/grave-lot
language: en
---
The lot for the grave
On Saturday Mr. Degener and Mr. Steves paid $20 for the lot on which the grave now lies, and the committee means to raise a monument there.
The committee met at the school on Monday evening and chose a stone from the quarry on the creek.
The governor requested 400 rangers for the mission on the border, officials said on Tuesday.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `given-for-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'lot.md': ARTICLE }));
}, 120_000);

describe('a sum paid for one thing', () => {
  it('does not answer what the committee paid for the monument with the price of the lot', async () => {
    const a = await engine.ask('How much did the committee pay for the monument?', fresh());
    expect(a.direct ?? '').not.toMatch(/\$20/);
  });

  it('still answers what was paid for the lot, and what Degener paid', async () => {
    const lot = await engine.ask('How much did they pay for the lot?', fresh());
    expect(lot.direct).toMatch(/\$20/);
    const paid = await engine.ask('How much did Degener pay?', fresh());
    expect(paid.direct).toMatch(/\$20/);
  });
});

let at = 0;
const tok = (value: string, pos: string, lemma = value.toLowerCase()): Token => {
  const t = {
    value,
    normal: value.toLowerCase(),
    lemma,
    pos,
    type: 'word',
    stop: false,
    start: at,
    end: at + value.length,
  };
  at += value.length + 1;
  return t;
};
const tokens = (...pairs: Array<[string, string]>): Token[] => {
  at = 0;
  return pairs.map(([v, p]) => tok(v, p));
};
const words = { synonymsOf: () => [], related: () => false };

describe('askedObject', () => {
  it('reads the phrase "for" opens after the asked verb and "of" after a noun, not a part asked', () => {
    const pay = tokens(
      ['How', 'ADV'],
      ['much', 'ADJ'],
      ['did', 'AUX'],
      ['they', 'PRON'],
      ['pay', 'VERB'],
      ['for', 'ADP'],
      ['the', 'DET'],
      ['monument', 'NOUN'],
    );
    expect(askedObject(pay, 1)).toBe('monument');
    const price = tokens(
      ['What', 'PRON'],
      ['was', 'AUX'],
      ['the', 'DET'],
      ['price', 'NOUN'],
      ['of', 'ADP'],
      ['the', 'DET'],
      ['monument', 'NOUN'],
    );
    expect(askedObject(price, 0)).toBe('monument');
    const part = tokens(
      ['How', 'ADV'],
      ['many', 'ADJ'],
      ['of', 'ADP'],
      ['the', 'DET'],
      ['men', 'NOUN'],
      ['died', 'VERB'],
    );
    expect(askedObject(part, 1)).toBeNull();
  });
});

describe('figureObject and givenForOther', () => {
  const text = 'They paid $20 for the lot and raised a monument';
  const t = tokens(
    ['They', 'PRON'],
    ['paid', 'VERB'],
    ['$20', 'NUM'],
    ['for', 'ADP'],
    ['the', 'DET'],
    ['lot', 'NOUN'],
    ['and', 'CCONJ'],
    ['raised', 'VERB'],
    ['a', 'DET'],
    ['monument', 'NOUN'],
  );
  it('gives the head of the phrase "for" opens right after the figure', () => {
    expect(figureObject(text, t, '$20', 'money')).toBe('lot');
    expect(
      figureObject(
        'The fence cost $45',
        tokens(['The', 'DET'], ['fence', 'NOUN'], ['cost', 'VERB'], ['$45', 'NUM']),
        '$45',
        '',
      ),
    ).toBeNull();
  });
  it('contradicts only when the sentence names the asked thing apart', () => {
    expect(givenForOther('monument', 'lot', ['pay', 'lot', 'monument'], words)).toBe(true);
    expect(givenForOther('land', 'lot', ['pay', 'lot'], words)).toBe(false);
    expect(givenForOther('lot', 'lot', ['pay', 'lot'], words)).toBe(false);
  });

  it('still counts a head count given "for" a purpose ("requested 400 rangers for the mission")', async () => {
    const a = await engine.ask('How many rangers did the governor request for the border?', fresh());
    expect(a.direct ?? '').toMatch(/400/);
  });
});
