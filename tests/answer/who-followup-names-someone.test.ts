/** A follow-up who-question asks for someone besides the one it points back to: its evidence names someone. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { sentenceNamingSomeone } from '../../src/answer/naming-sentence.ts';
import { articlesAlone } from './setup.ts';

const sentence = (id: string, text: string, named: string[]): Sentence =>
  ({
    id,
    sourceId: 'court',
    paragraph: 1,
    position: Number(id.slice(1)),
    kind: 'report',
    socialPostId: null,
    text,
    lemmas: [],
    nerEntities: [],
    mentions: named.map((entityId) => ({ entityId, text: entityId, via: 'name' })),
  }) as unknown as Sentence;

const ruling = sentence('s1', 'The court ruled 5-4 that the family may not sue.', []);
const dissent = sentence('s2', 'Justice Ginsburg, joined by Justices Breyer and Kagan, dissented.', [
  'ginsburg',
  'breyer',
  'kagan',
]);
const hers = sentence('s3', 'She wrote that the agent stood on U.S. soil when he fired.', []);
const order = [ruling, dissent, hers];
const before = (s: Sentence) => order[order.indexOf(s) - 1] ?? null;
const namesOther = (s: Sentence) => s.mentions.some((m) => m.entityId !== 'ginsburg');

describe('sentenceNamingSomeone', () => {
  it('answers "who sided with her?" from a sentence naming someone else, not the better-ranked one naming no one', () => {
    const ranked = [
      { sentence: hers, score: 3 },
      { sentence: ruling, score: 2 },
      { sentence: dissent, score: 1 },
    ];
    expect(sentenceNamingSomeone(ranked, namesOther, () => null)).toBe(dissent);
  });

  it('keeps the best-ranked sentence when the sentence before it names someone its "she" points back to', () => {
    const ranked = [
      { sentence: hers, score: 3 },
      { sentence: dissent, score: 1 },
    ];
    expect(sentenceNamingSomeone(ranked, namesOther, before)).toBe(hers);
  });

  it('keeps the best-ranked sentence when no ranked sentence names anyone', () => {
    const ranked = [
      { sentence: hers, score: 3 },
      { sentence: ruling, score: 2 },
    ];
    expect(sentenceNamingSomeone(ranked, namesOther, () => null)).toBe(hers);
  });
});

const ARTICLE = `---
id: riverledger-1998-levee-ruling
title: Appeals court lets the levee suit go ahead
outlet: Example River Ledger
published: 1998-06-03
url: https://example.org/levee-ruling
language: en
---
Appeals court lets the levee suit go ahead
The Fifth Circuit ruled 2-1 on Tuesday that ranchers may sue the Army over the levee it built along the Rio Grande.
Judge Lucia Ferrand wrote the opinion for the court.
She wrote that the court agreed the Army had never asked the ranchers before moving the river bank onto their land.
The bank was moved in 1996.
Judge Tom Baird joined Ferrand's opinion.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'levee.md': ARTICLE }));
}, 120_000);

describe('a follow-up asking who besides the person it points back to', () => {
  it('names someone else, not a sentence about her alone', async () => {
    const user = { userId: 'who-followup-engine' };
    expect((await engine.ask('Who is Lucia Ferrand?', user)).answered).toBe(true);
    const who = await engine.ask('who agreed with her?', user);
    expect(who.text).toContain('Baird');
  });
});
