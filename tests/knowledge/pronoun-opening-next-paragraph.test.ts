/**
 * "Chihuahua Gov. Maru Campos wrote on Twitter that … ¶ '…,' she wrote": the one named last before a new
 * paragraph, whose first name says no gender, is whom the pronoun of that paragraph's first sentence takes up,
 * not a woman quoted further back. Only when that one was the subject of a verb of saying or writing (not
 * "County Judge Chuck Salinas approved the permit", not "run by Xóchitl Tena"), and not when the first name says
 * the other gender ("Derek Ames").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const JUAREZ = `---
id: xtv-2022-juarez-night
title: "A night of fires in Juárez"
outlet: X TV
published: 2022-08-12
language: en
---
Rosaura Quiñónez, 44, who lives two blocks from the restaurant, said her son had come home minutes before.

"They were giving away pizzas, there was music," Quiñónez said. "He came in the door, and then we heard it."

Chihuahua Gov. Maru Campos wrote on Twitter on Thursday night that federal and state forces had been deployed.

"I deeply regret the loss of human lives in this atrocity against Ciudad Juárez," she wrote.

Brianna Coombs said the bridge was open by morning. Derek Ames said it stayed shut until noon.

"Nobody asks the people who cross every day what they saw," she said.

"We never asked for this, and nobody asked us," said Maria Ortega, who farms near the river.

County Judge Chuck Salinas approved the permit for the new camp on Tuesday.

"Nobody from Austin has come out here to look at it," she said.

"We can walk across it now, the river is so low," said Miguel Herrera, a rancher.

The water district is run by Xóchitl Tena, an engineer.

"Nobody wants to hear about the water until it is gone," he said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xtv-2022-juarez-night.md': JUAREZ })).kb;
}, 120_000);

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('a pronoun opening the paragraph after a newly named person', () => {
  it('gives the governor her words, not the resident quoted before her', () => {
    expect(speakerOf('I deeply regret')).toBe('Maru Campos');
    expect(speakerOf('They were giving away pizzas')).toBe('Rosaura Quiñónez');
  });

  it('does not give "she" to a man named last', () => {
    expect(speakerOf('Nobody asks the people')).toBe('Brianna Coombs');
  });

  it('does not give the words to one named last who did not speak', () => {
    expect(speakerOf('Nobody from Austin')).toBe('Maria Ortega');
    expect(speakerOf('Nobody wants to hear about the water')).toBe('Miguel Herrera');
  });
});
