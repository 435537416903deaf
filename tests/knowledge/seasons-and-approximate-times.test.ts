/**
 * A season written with its year ("the summer of 1980") dates its year, and a clock time written as an
 * approximation ("about 3 a.m.") is read as the hour it gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const REPORT = `---
id: wire-1982-border-trial
title: "The trial"
outlet: The Wire
published: 1982-07-21
language: en
---
A first federal trial in the summer of 1980 ended with the jury deadlocked.

In the fall of 1928 a pack train came up out of the river.

At about 3 a.m. a mounted band came across the river.

This summer the court will sit again.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'wire-1982-border-trial.md': REPORT }));
});

/** The dates read in the sentence that holds `words`. */
function datesIn(words: string) {
  const sentence = kb.sentences.find((s) => s.text.includes(words));
  return kb.dates.filter((d) => d.sentenceId === sentence?.id);
}

describe('a season', () => {
  it('dates the year written with it, as the article wrote it', () => {
    expect(datesIn('first federal trial').map(({ text, date }) => ({ text, date }))).toEqual([
      { text: 'summer of 1980', date: '1980' },
    ]);
    expect(datesIn('pack train').map((d) => d.date)).toEqual(['1928']);
  });

  it('dates nothing without its year', () => {
    expect(datesIn('court will sit')).toEqual([]);
  });
});

describe('an approximate clock time', () => {
  it('is read as the hour it gives', () => {
    expect(datesIn('mounted band').map((d) => d.time)).toEqual(['03:00']);
  });
});
