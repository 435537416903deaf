/**
 * A person called again by the words the article set before their name: "young Amos Lytle" … "The young man
 * says … '…,' he writes" are Lytle's words, not an unnamed young man's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const LETTERS = `---
id: xclarion-1846-letters-from-camp
title: "Letters from the camp"
outlet: X Clarion
published: 1846-09-24
language: en
---
We are indebted this week to the families of our volunteers for letters from the camp on the Rio Grande.

The first is from young Amos Lytle, a private in the company raised in this county, to his father, who keeps the mill below town.

"We came up from Matamoros on the steamboat in four days," Lytle writes.

The young man says the heat is such as no Ohio man can picture. "The sun comes up hot at five and does not let go of us until after dark," he writes.
`;

const STRANGER = `---
id: xclarion-1846-stranger-at-camp
title: "A stranger at the camp"
outlet: X Clarion
published: 1846-09-24
language: en
---
The first letter is from young Amos Lytle, a private in the company raised in this county.

A young man from Kentucky came into camp on Sunday. The young man says the heat is such as no Ohio man can picture. "The sun comes up hot at five," he said.
`;

const APPOSED = `---
id: xclarion-1851-wounded-volunteer
title: "A wounded volunteer"
outlet: X Clarion
published: 1851-11-05
language: en
---
I talked this morning with Wiley Buchanan, a young volunteer from Goliad who was brought over with a ball through the forearm. "We were told they would run at the first volley," Buchanan said.

The volunteers are much put out that the people of the town have not risen to join them. "Carvajal told us the whole town would come over to him," the young man said.
`;

let letters: KnowledgeBase;
let stranger: KnowledgeBase;
let apposed: KnowledgeBase;

beforeAll(async () => {
  letters = (await articlesAlone({ 'xclarion-1846-letters-from-camp.md': LETTERS })).kb;
  stranger = (await articlesAlone({ 'xclarion-1846-stranger-at-camp.md': STRANGER })).kb;
  apposed = (await articlesAlone({ 'xclarion-1851-wounded-volunteer.md': APPOSED })).kb;
}, 120_000);

const speaker = (kb: KnowledgeBase, start: string) =>
  kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('speakersByEpithet', () => {
  it('attributes the words of "the young man" to the person the article called young Amos Lytle', () => {
    expect(speaker(letters, 'The sun comes up')).toBe('Amos Lytle');
  });

  it('attributes the words of "the young man" to the person the article set off as "a young volunteer"', () => {
    expect(speaker(apposed, 'Carvajal told us')).toBe('Wiley Buchanan');
  });

  it('leaves them to the young man the article introduced as "a young man"', () => {
    expect(speaker(stranger, 'The sun comes up')).not.toBe('Amos Lytle');
  });
});
