import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A defense secretary of another country, in an outlet the question names; the shipped DW story has Mattis. */
const ARTICLE = `---
id: fronterizo-2020-guard-barracks
title: Army hands its barracks to the new Guard
outlet: El Ejemplo Fronterizo (English Edition)
published: 2020-03-04
url: https://example.org/fronterizo-barracks
language: en
---
The Senate approved the reform on Thursday night.
The secretary of national defense, Gen. Rodrigo Albarrán Ochoa, said the Army would place its barracks at the disposal of the new force.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who holds an office, in the article a question names', () => {
  it('names the holder the named outlet speaks of, not another holder of a like office', async () => {
    const a = await engine.ask("who's the defense secretary in that fronterizo story", { userId: 'a' });
    expect(a.text).toContain('**Rodrigo Albarrán Ochoa**');
    expect(a.text).not.toContain('Mattis');
  });
});
