/**
 * One person under all the names an article gives them: "J. P. Mayhall" of a caption and headline is the
 * "Judson P. Mayhall" of the text, who keeps an initial; "Professor Herminia Leal de Zambrano, who taught…" keeps
 * her married surname after its particle, and "Señor Peña y Peña" both his surnames. Their quotations go to the
 * fuller name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const PACKER = `---
id: xminer-1925-old-packer
title: "An old packer remembers"
outlet: X Miner
published: 1925-05-14
language: en
---
[Image: A pack train on a mountain trail. Caption: The man on the gray horse is said to be J. P. Mayhall.]

J. P. Mayhall, Who Packed for the Army at Fort Apache, Tells of the Outbreak.

Judson P. Mayhall, who has lived on Hackney Avenue since 1903, was then twenty-six years old and a civilian packer at Fort Apache.

"We had the mules packed by midnight," Mr. Mayhall said. "Nobody slept."
`;

const CHRONICLER = `---
id: xtribuno-1976-village-centennial
title: "The village remembers its battle"
outlet: X Tribuno
published: 1976-05-21
language: en
---
The village marked on Thursday the hundredth anniversary of the battle.

The municipal chronicler, Professor Herminia Leal de Zambrano, who taught history for thirty-one years at the normal school in Monterrey, gave the main address.

"The figures change with the author," Professor Leal said. "History is fair in that way."
`;

const TREATY = `---
id: xcourier-1848-treaty-news
title: "News from Mexico"
outlet: X Courier
published: 1848-06-20
language: en
---
Señor Herrera took the oath on the 3d, and Señor Peña y Peña, who carried the treaty through, has returned to the Supreme Court.

"The republic has been saved," Peña said.
`;

let packer: KnowledgeBase;
let chronicler: KnowledgeBase;
let treaty: KnowledgeBase;

beforeAll(async () => {
  packer = (await articlesAlone({ 'xminer-1925-old-packer.md': PACKER })).kb;
  chronicler = (await articlesAlone({ 'xtribuno-1976-village-centennial.md': CHRONICLER })).kb;
  treaty = (await articlesAlone({ 'xcourier-1848-treaty-news.md': TREATY })).kb;
}, 120_000);

describe('a name written by initials beside a fuller name that keeps one initial', () => {
  it('gives the quotations to "Judson P. Mayhall", known also as "J. P. Mayhall"', () => {
    const quote = packer.quotes.find((q) => q.text.startsWith('We had the mules'));
    expect(quote?.speakerName).toBe('Judson P. Mayhall');
    const judson = packer.entities.find((e) => e.name === 'Judson P. Mayhall');
    expect(judson?.aliases).toContain('J. P. Mayhall');
    expect(packer.entities.map((e) => e.name)).not.toContain('J. P. Mayhall');
  });
});

describe('a titled Spanish name with a particle before a relative "who"', () => {
  it('keeps the surname after the particle and gives her quotations to the whole name', () => {
    const quote = chronicler.quotes.find((q) => q.text.startsWith('The figures change'));
    expect(quote?.speakerName).toBe('Herminia Leal de Zambrano');
  });
});

describe('a Spanish name whose two surnames are joined by "y"', () => {
  it('keeps both surnames and gives the quotation to the whole name', () => {
    const quote = treaty.quotes.find((q) => q.text.startsWith('The republic'));
    expect(quote?.speakerName).toBe('Peña y Peña');
  });
});
