/**
 * A count whose figure's own clause tells of an act the question does not ask is shown without a headline:
 * "Four hikers were hurt" is no answer to how many hikers were on the trail the slide hit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { figureOfUnaskedAct, type ActLinks } from '../../src/answer/figure-act-asked.ts';
import { articlesAlone } from './setup.ts';

const SLIDE = `---
id: canyon-2025-trail-rockslide
title: Rockslide hits canyon trail
outlet: Example Canyon Courier
published: 2025-04-09
url: https://example.org/rockslide
language: en
---
Four hikers were injured on Tuesday, when a rockslide hit the canyon trail below the old mine.
Rangers said the slide buried a section of the trail about 200 feet long.
The trail will stay closed until engineers inspect the slope.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'slide.md': SLIDE }));
});

const ask = (q: string) => engine.ask(q, { userId: q });

/** Links that know only the same word: what the module itself adds to a WordNet or vector link. */
const sameWordOnly: ActLinks = {
  speechVerbs: new Set(['say']),
  synonymsOf: () => [],
  linked: () => false,
  related: () => 0,
};

describe('figureOfUnaskedAct', () => {
  const tokens = (text: string) => runtime.questionNlp.analyse(text).tokens;
  const sentence = 'Four hikers were injured on Tuesday when a rockslide came down on the canyon trail.';
  const unasked = (question: string, figure: string, s: string = sentence) =>
    figureOfUnaskedAct(tokens(question), s, tokens(s), figure, sameWordOnly);

  it('tells a figure of another act from one of the act asked', () => {
    expect(unasked('How many hikers were on the trail the rockslide hit?', 'Four')).toBe(true);
    expect(unasked('How many hikers were injured by the rockslide?', 'Four')).toBe(false);
  });

  it('reads an act its clause tells in a word read as an adjective ("and eight wounded")', () => {
    const listed = 'Thirty-three men were killed at the ford and eight wounded.';
    expect(unasked('How many men were wounded at the ford?', 'eight', listed)).toBe(false);
  });

  it('asks nothing of a question that names no act', () => {
    expect(unasked('How many hikers were on the trail?', 'Four')).toBe(false);
  });

  it('reads a figure that is only said, or of being, as telling no act', () => {
    expect(
      unasked('How many hikers were struck?', 'about 200', 'Rangers said about 200 people were there.'),
    ).toBe(false);
  });
});

describe('a count of another act', () => {
  it('shows the figure of the injured without a headline when asked who was on the trail', async () => {
    const a = await ask('How many hikers were on the trail the rockslide hit?');
    expect(a.direct ?? '').not.toContain('Four');
  });

  it('still heads the figure of the act asked', async () => {
    const a = await ask('How many hikers were injured in the rockslide?');
    expect(a.direct).toContain('Four');
  });
});
