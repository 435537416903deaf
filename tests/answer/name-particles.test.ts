import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/** A person named in a shouted headline ("IGNACIO DE LA GARZA") and by "de la Garza" in the text. */
const ARTICLE = `---
id: example-1950-de-la-garza
title: Former Coahuila governor dies at Saltillo
outlet: Example River Post
published: 1950-07-11
url: https://example.org/de-la-garza
language: en
---
IGNACIO DE LA GARZA, 74, DIES AT SALTILLO

SALTILLO, July 10.—Ignacio de la Garza, the former governor of Coahuila, died Saturday. He was 74.

On June 1 de la Garza took the oath as treasurer. Gen. Ignacio de la Garza, 44, took the customs house at Piedras Negras on a Tuesday.
`;

describe('the particles of a surname are words of the name', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'article.md': ARTICLE }));
  });

  it('does not read "de" of "de la Garza" as something the question asks about', () => {
    const read = engine.read('When did de la Garza take the customs house?');
    expect(read.entities).toEqual(['auto-ignacio-de-la-garza']);
    expect(read.content).not.toContain('de');
    expect(read.content).toContain('house');
  });

  it('still reads "la" alone before a name as no part of it', () => {
    const read = engine.read('What did la Garza say?');
    expect(read.entities).toEqual(['auto-ignacio-de-la-garza']);
  });
});
