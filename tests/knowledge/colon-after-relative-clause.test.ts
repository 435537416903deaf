/**
 * "A taxi driver …, who gave only his first name, Javier, put it another way: '…'": the "his" inside the
 * clause set off is the driver's own, so the words are the driver's, not those of the man who spoke before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const BRIDGE = `---
id: xjournal-2013-reaction-across-river
title: "Reaction across the river"
outlet: X Journal
published: 2013-07-16
language: en
---
Across the river, the reaction was quieter. A pharmacist on Avenida Guerrero, who would not give his name for fear of reprisals, said people had learned to be careful. "We have learned not to celebrate anything," he said.

A taxi driver waiting for fares at the foot of the Juárez-Lincoln Bridge, who gave only his first name, Javier, put it another way: "In Nuevo Laredo nobody says his name out loud."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xjournal-2013-reaction-across-river.md': BRIDGE })).kb;
}, 120_000);

describe('speakerBefore', () => {
  it('attributes words after a colon to the taxi driver whose set-off clause says "his", not to the pharmacist before', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('In Nuevo Laredo'));
    expect(q?.speakerName).toBe('A taxi driver');
  });
});
