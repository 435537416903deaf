/**
 * An office or a name the coverage writes in another word WordNet gives for it is no subject the coverage
 * lacks: "the rebel chief" asks of the insurgent leader an article names, "which Navy agency" of the Naval
 * Criminal Investigative Service. Sentences after the Funston obituary and the Camp Pendleton story of
 * tests/fixtures/articles-42 and articles-49.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { heldOtherwise } from '../../src/answer/held-offices.ts';
import { articlesAlone } from './setup.ts';

const FUNSTON = `---
id: allencourant-1917-funston-obituary-test
title: Gen. Funston dies at San Antonio
outlet: Example Courant
published: 1917-02-20
url: https://example.org/funston
language: en
---
Gen. Frederick Funston died suddenly at San Antonio last night. On March 23, 1901, he captured the insurgent leader Aguinaldo at Palanan, passing himself off as a prisoner of his own scouts.
`;

const PENDLETON = `---
id: tidewater-2019-pendleton-arrests-test
title: Marines arrested in smuggling case at Camp Pendleton
outlet: Example Tidewater
published: 2019-07-26
url: https://example.org/pendleton
language: en
---
The arrests were made by agents of the Naval Criminal Investigative Service and the Marine Corps' own investigators during a battalion formation.
`;

let engine: AnswerEngine;
let runtime: Awaited<ReturnType<typeof articlesAlone>>['runtime'];

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({
    'allencourant-1917-funston-obituary-test.md': FUNSTON,
    'tidewater-2019-pendleton-arrests-test.md': PENDLETON,
  }));
}, 300_000);

describe('heldOtherwise', () => {
  it('holds an office a held one is the same as or a kind of, by WordNet', () => {
    const wordnet = runtime.engineData.wordnet;
    expect(heldOtherwise('chief', new Set(['insurgent', 'leader']), wordnet)).toBe(true);
    expect(heldOtherwise('governor', new Set(['insurgent', 'leader']), wordnet)).toBe(false);
  });
});

describe('a subject the coverage writes in another word', () => {
  it('reads "the rebel chief" as no office the coverage lacks, and answers it with the insurgent leader', async () => {
    expect(engine.read('Which rebel chief did Funston seize in 1901?').unknownSubjects).toEqual([]);
    const a = await engine.ask('Which rebel chief did Funston seize in 1901?', { userId: 'chief' });
    expect(a.text).toContain('Aguinaldo');
  });

  it('still reads an office no one holds under any word as one the coverage lacks', () => {
    expect(engine.read('What did the governor say about the capture at Palanan?').unknownSubjects).toContain(
      'governor',
    );
  });

  it('reads "Navy" as the "Naval" the coverage writes', () => {
    const u = engine.read('Which Navy agency took part in the arrests at Camp Pendleton?');
    expect(u.unknownSubjects).toEqual([]);
    expect(u.content).toContain('naval');
  });
});
