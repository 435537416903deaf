import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const FIGHT = `---
id: example-1980-water-hole-fight
title: A hundred years since the fight at the water hole
outlet: Example Valley Radio
published: 1980-07-30
url: https://example.org/water-hole-fight
language: en
---
A hundred years ago this morning, a few soldiers of the cavalry and a band of raiders fought over a water hole in Hueco Canyon called the Ojo Verde.
The raiders came at the water hole twice before noon and were driven off both times.
At the Ojo Verde the army lost one trooper killed, and Lieut. Samuel Marbury was wounded.
An officer of the county historical society will lay a wreath at the water hole on Saturday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'fight.md': FIGHT }));
});

describe('a "which <kind>" question answered by a person whose title is of that kind', () => {
  it('names the lieutenant when asked which officer was wounded (a lieutenant is an officer)', async () => {
    const a = await engine.ask('Which officer was wounded at the Ojo Verde?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marbury');
  });

  it('does not name the lieutenant when asked which senator was wounded', async () => {
    const a = await engine.ask('Which senator was wounded at the Ojo Verde?', { userId: 'b' });
    expect(a.text).not.toContain('Marbury');
  });
});
