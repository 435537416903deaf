/**
 * A Spanish body's name read like a person's ("the Cártel del Noreste, heir to the Zetas,"): English sets no
 * article before a person's name, so it is no person who takes the governor's next "he said".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CAMARGO = `---
id: xribera-2023-camargo-sentences
title: "Police officers sentenced for Camargo massacre"
outlet: X Ribera
published: 2023-10-25
language: en
---
For more than a decade Camargo has been disputed by the Gulf cartel and the Cártel del Noreste, heir to the Zetas.

When the massacre became known in January 2021, then-Governor Francisco García Cabeza de Vaca promised in a video that there would be no impunity.

"I share the outrage caused by the criminal acts that ended the lives of 19 people in Camargo," he said then.

He also said the state had "thousands of honest police officers who take care of the people of Tamaulipas every day."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xribera-2023-camargo-sentences.md': CAMARGO })).kb;
}, 120_000);

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('a particle name after "the"', () => {
  it("gives the governor's words to the governor, not to the cartel named with an article before it", () => {
    expect(speakerOf('I share the outrage')).toMatch(/^Francisco García Cabeza/);
    expect(speakerOf('thousands of honest police officers')).toMatch(/^Francisco García Cabeza/);
  });

  it('reads no person called "Cártel del Noreste"', () => {
    const people = kb.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.some((n) => n.includes('Cártel'))).toBe(false);
  });
});
