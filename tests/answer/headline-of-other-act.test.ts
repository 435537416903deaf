import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { givesAge } from '../../src/answer/age.ts';
import { articlesAlone } from './setup.ts';

/** A person's age beside how long the camp has been kept. */
const VIGIL = `---
id: santacruzbulletin-2022-wall-vigil-test
title: Protesters keep a vigil where the wall work goes on
outlet: Example Santa Cruz Bulletin
published: 2022-12-20
url: https://example.org/wall-vigil
language: en
---
Luis Ortega, a 41-year-old carpenter from Patagonia who has slept at the protesters' camp most nights since Dec. 1, said the group would stay until the crews leave.
`;

let vigil: AnswerEngine;

beforeAll(async () => {
  ({ engine: vigil } = await articlesAlone({ 'vigil.md': VIGIL }));
});

describe('a headline states only the span asked about', () => {
  it('shows no age in bold for how long the protesters have been camped', async () => {
    const a = await vigil.ask('how long have the protesters been camped out there', { userId: 'camped' });
    expect(a.direct).toBeNull();
  });

  it('still gives the age in bold for how old the man is', async () => {
    const a = await vigil.ask('How old is Luis Ortega?', { userId: 'age' });
    expect(a.direct).toContain('41');
  });
});

describe('givesAge', () => {
  it('reads a figure written in words of age as an age', () => {
    expect(givesAge('Ortega, a 41-year-old carpenter, stayed.', '41')).toBe(true);
    expect(givesAge('He was 51 years old.', '51')).toBe(true);
  });

  it('does not read a span of years as an age', () => {
    expect(givesAge('The camp has stood for 41 years.', '41')).toBe(false);
  });
});
