/** A body asked for by a numbered acronym the article spells out ('JTF-6' for Joint Task Force Six). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ROADS = `---
id: spa-1992-jtf6-roads-test
title: Army engineers cut border roads as Pentagon's drug task force digs in
outlet: Example Press Association
published: 1992-03-16
url: https://example.org/jtf6-roads
language: en
---
The road crew is one of dozens of units sent to the border by Joint Task Force Six, the Army command set up at Fort Bliss in El Paso in late 1989.
"We are not the police, and we are not trying to be," said Brig. Gen. Walter Pruett, the task force's commander, in a telephone interview from Fort Bliss.
"We will have the road open to the river by June," said Capt. Darnell Fontenot, the company commander.
The task force spokesman, Maj. Curtis Loughlin, said observation missions would continue to grow.
`;

let roads: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `numbered-acronym-${++user}` });

beforeAll(async () => {
  ({ engine: roads } = await withArticles(ROADS));
});

describe('a numbered acronym the article spells out', () => {
  it('reads "the JTF-6 commander" as the commander of Joint Task Force Six, not the company commander', async () => {
    const a = await roads.ask('What did the JTF-6 commander say?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('not the police');
    expect(a.text).not.toContain('open to the river');
  });
});
