/**
 * "The telegraph operator said …. '…,' he said": a sentence opening with "the" and a noun points back to the
 * unnamed speaker an earlier quotation described with that noun ("a railway telegraph operator who …"), and
 * the pronoun after it is theirs, not the last man the article named. With no such speaker before, it points
 * back to no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const MADERA = `---
id: xwire-1965-madera-attack
title: "Attack at Madera"
outlet: X Wire
published: 1965-09-24
language: en
---
"They thought there were two platoons in there, maybe forty men," said a railway telegraph operator who watched part of the fight from the station.

A U.S. lumber buyer who was staying at the hotel said he had heard the fight from his room. "It sounded like the Fourth of July," said the buyer, Walter Brandt, 47.

The telegraph operator said the mood in town Friday was quiet and afraid. "Yesterday everybody was talking in the plaza and the cafés," he said.

The night clerk said the town was quiet. "Nobody came down to the lobby," he said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xwire-1965-madera-attack.md': MADERA })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('a definite description opening the sentence before "he said"', () => {
  it('gives the words to the telegraph operator described before, not Walter Brandt', () => {
    expect(speaker('Yesterday everybody')).toMatch(/^a railway telegraph operator/);
  });

  it('leaves "the night clerk", described by no earlier speaker, to the reading it had', () => {
    expect(speaker('Nobody came down')).not.toMatch(/telegraph operator/);
  });
});
