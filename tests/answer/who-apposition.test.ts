import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A subject set apart from its verb by an apposition that names a body of its own. */
const ARTICLE = `---
id: plains-2019-task-force-history
title: The task force at thirty
outlet: Example Plains Institute
published: 2019-11-13
url: https://example.org/task-force-thirty
language: en
---
The command was a child of the drug war.
On Nov. 13, 1989, Gen. Colin Powell, then the commander of the Army's Forces Command, signed the order that set up Joint Task Force Six at Fort Bliss.
On Monday, at 11 a.m., Grover C. Wilmoth, the district director of the U.S. Immigration and Naturalization Service in El Paso, ordered the border closed again.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('who did something, the subject before an apposition', () => {
  it('names the person before "…, then the commander of …," as the one who signed', async () => {
    const a = await engine.ask('who signed the order creating Joint Task Force Six?', { userId: 'a' });
    expect(a.direct).toBe('Colin Powell');
  });

  it('names the person before a long apposition naming an agency ("…, the district director of …,") as the one who ordered', async () => {
    const a = await engine.ask('Who ordered the border closed again?', { userId: 'b' });
    expect(a.direct).toBe('Grover C. Wilmoth');
  });

  it('does not name Powell, whose verb is another, for who ordered the border closed', async () => {
    const a = await engine.ask('Who ordered the border closed again?', { userId: 'c' });
    expect(a.direct).not.toBe('Colin Powell');
  });
});
