/**
 * A named thing called again by the head of its name: "The monument was established in 1937" answers when
 * Organ Pipe Cactus National Monument was established, the article having named it in full before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: pinacatepress-2020-quitobaquito-prayer
title: A prayer for the water at Quitobaquito as the border wall goes up beside the desert spring
outlet: Example Pinacate Press
published: 2020-09-14
url: https://example.org/quitobaquito-prayer
language: en
---
A prayer for the water at Quitobaquito as the border wall goes up beside the desert spring

The wall through Organ Pipe Cactus National Monument is being built under contracts managed by the U.S. Army Corps of Engineers.

Dale Okimoto, a retired hydrologist who has volunteered at the monument for 11 years, checks a measuring stake at the pond's inlet every week.

People have been coming to Quitobaquito for thousands of years. The monument was established in 1937, and in 1976 it was named an international biosphere reserve.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'quitobaquito.md': ARTICLE }));
}, 120_000);

describe('a named thing called by the head of its name', () => {
  it('answers when Organ Pipe Cactus National Monument was established from "the monument was established"', async () => {
    const a = await engine.ask('When was Organ Pipe Cactus National Monument established?', {
      userId: 'named-thing-again-1',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('1937');
  });
});
