import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** Two people at a centennial who disagree; one is placed only by where he came from. */
const ARTICLE = `---
id: tribuno-1976-icamole-centennial-test
title: Icamole remembers its battle
outlet: Example Tribuno
published: 1976-05-22
url: https://example.org/icamole-centennial
language: en
---
A century after the defeat of General Porfirio Díaz, the village unveils a plaque, hears its old men and debates a legend.
He spent part of that winter in Brownsville, Texas, gathering men, money and arms.
The municipal chronicler, Professor Herminia Leal de Zambrano, who taught history for thirty-one years at the normal school in Monterrey, gave the main address.
Every schoolchild in the region knows the name given to Díaz after the battle: "el llorón de Icamole."
The story is that the general, seeing his army broken, sat down and wept.
Asked whether the story is true, Professor Leal answered: "I believe he wept, yes. But not like a child. He wept with rage."
Not everyone present agreed. Lic. Donato Ruiz Chávez, who came from the city of Oaxaca, Díaz's native state, said he did not accept the story. "That is a slander invented by his enemies in the newspapers of the capital," he said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about by a noun no one is called and where the question places them', () => {
  it('finds "the visitor from Oaxaca" in the one the article says came from the city of Oaxaca', () => {
    expect(engine.read('What did the visitor from Oaxaca say?').entities).toContain(
      'auto-donato-ruiz-cha-vez',
    );
  });

  it('finds no one for a place the article says of no one ("the visitor from Tlaxcala")', () => {
    expect(engine.read('What did the visitor from Tlaxcala say?').entities).not.toContain(
      'auto-donato-ruiz-cha-vez',
    );
  });

  it("sets that person's own words against the other side's", async () => {
    const a = await engine.ask(
      'Did Professor Leal and the visitor from Oaxaca agree on whether Díaz wept at Icamole?',
      { userId: 'a' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('with rage');
    expect(a.text).toContain('slander');
  });
});
