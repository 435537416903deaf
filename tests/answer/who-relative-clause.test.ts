import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A subject set apart from its verb by a clause describing it, which names someone else after "for". */
const ARTICLE = `---
id: medina-1865-shelby-eagle-pass
title: Shelby's Missourians cross at Eagle Pass
outlet: Example Frontier Weekly
published: 1865-07-15
url: https://example.org/shelby-eagle-pass
language: en
---
Gen. Jo Shelby and some five hundred Missourians crossed the Rio Grande at Eagle Pass last week.
The Liberal governor of Coahuila, Don Andrés Viesca, who holds Piedras Negras for President Juárez, bought from Gen. Shelby the whole battery and a large number of Enfield rifles, and paid for them in Mexican silver.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who did something, the subject before a clause describing it', () => {
  it('does not name the one a preposition in the describing clause takes as the buyer', async () => {
    const a = await engine.ask("Who bought Shelby's battery and rifles at Piedras Negras?", { userId: 'a' });
    expect(a.direct).not.toBe('President Juárez');
    expect(a.text).not.toContain('**President Juárez**');
  });
});
