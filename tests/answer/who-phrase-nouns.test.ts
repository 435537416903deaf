import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { QuestionReader } from '../../src/answer/understand.ts';
import { withArticles } from './setup.ts';

/** A report naming a bystander a bullet killed; a question says "ricochet", a word the article never uses. */
const ARTICLE = `---
id: wire-2023-matamoros-crossfire
title: Bystander Killed as Gunmen and Soldiers Trade Fire in Matamoros
outlet: Example Wire Service
published: 2023-03-08
url: https://example.org/matamoros-crossfire
language: en
---
MATAMOROS, Mexico — Gunmen and soldiers traded fire for nearly an hour on Tuesday in a neighborhood near the international bridge, the state government said.

A Mexican woman, Lucía Ferrer Ibarra, was killed by a stray bullet while she walked home from the market.

The state prosecutor said two suspects had been detained.
`;

let engine: AnswerEngine;
let reader: QuestionReader;

beforeAll(async () => {
  const built = await withArticles(ARTICLE);
  engine = built.engine;
  reader = new QuestionReader(
    built.runtime.questionNlp,
    new KnowledgeIndex(built.kb),
    built.runtime.engineData,
  );
});

describe('who-question nouns after a preposition or a verb', () => {
  it('answers who someone was when the question says by what in a word the article does not use', async () => {
    const a = await engine.ask('Who was the woman in Matamoros killed by a stray ricochet?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Lucía Ferrer Ibarra');
  });

  it('holds the evidence to the nouns that say who the person is, not to those that say by what or where', () => {
    const u = reader.read('Who was the vendor who got hit by a stray ricochet?');
    expect(u.predicates).toContain('vendor');
    expect(u.predicates).not.toContain('ricochet');
    const paid = reader.read('Who was the vendor that settled the invoice for the convoy?');
    expect(paid.predicates).toContain('vendor');
    expect(paid.predicates).not.toContain('invoice');
  });

  it('still declines a person the article does not describe', async () => {
    const a = await engine.ask('Who was the pilot of the helicopter over Matamoros?', { userId: 'b' });
    expect(a.text).not.toContain('Lucía Ferrer Ibarra');
  });
});
