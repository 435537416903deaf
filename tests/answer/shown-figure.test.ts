import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { NumberFact } from '../../src/knowledge/schema.ts';
import { sentencesOfShownFigure } from '../../src/answer/shown-figure.ts';
import { withArticles } from './setup.ts';

const figure = (sentenceId: string, text: string): NumberFact =>
  ({ sentenceId, text }) as unknown as NumberFact;

const index = {
  numbersBySentence: new Map<string, NumberFact[]>([
    ['s1', [figure('s1', '$18,500')]],
    ['s2', [figure('s2', '15,000')]],
  ]),
};

describe('sentencesOfShownFigure', () => {
  it('passes over nothing when the last answer gave no figure, though its sentence holds one', () => {
    expect(sentencesOfShownFigure(index, { lastEvidence: ['s1'], lastDirect: null }).size).toBe(0);
  });

  it('passes over the last answer sentence that holds the figure it gave', () => {
    const shown = sentencesOfShownFigure(index, { lastEvidence: ['s1', 's2'], lastDirect: '15,000 troops' });
    expect([...shown]).toEqual(['s2']);
  });
});

const ARTICLE = `---
id: bordercourts-2001-sensor-test
title: Sergeant convicted in sensor leak
outlet: Example Courts Reporter
published: 2001-03-23
url: https://example.org/sensor
language: en
---
A military jury on Thursday convicted an Army sergeant of taking $18,500 from a Sonora-based smuggling ring in exchange for the locations of hidden ground sensors.

The sergeant had served at the post for nine years before his arrest.

About 2,000 soldiers are stationed at the post, and 40 of them work on the sensor program.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a follow-up asking a figure the last answer showed', () => {
  it('answers from the last answer sentence when that answer gave no figure', async () => {
    await engine.ask('what was the army sergeant convicted of?', { userId: 'paid' });
    const a = await engine.ask('how much did they pay him', { userId: 'paid' });
    expect(a.direct ?? '').toContain('18,500');
  });

  it('still gives another figure after an answer that gave one', async () => {
    await engine.ask('how many soldiers are stationed at the post?', { userId: 'other' });
    const a = await engine.ask('and how many of them work on the sensor program?', { userId: 'other' });
    expect(a.direct ?? '').not.toContain('2,000');
  });
});
