/**
 * Spanish names carry their grammar inside them: an article that opens a name ("El Paso Sector") and a
 * surname's particle before a surname of two words ("Jesús de León Tello") are the name's own words, so the
 * name is not cut at them and typed by the piece left over; and a surname that is a person's word before "and"
 * ("Maj. John S. Ford and Capt. W. G. Tobin", as "Ike and Billy Clanton") is someone's name, not the first
 * common word of a body's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const DIGEST = `---
id: xdigest-2005-border-emergency
title: "Border emergency declared"
outlet: X Digest
published: 2005-08-17
language: en
---
The governor declared an emergency in four border counties on Monday.

The El Paso Sector, which covers all of New Mexico, said in a statement that it "welcomes any resources the state can bring" and would coordinate with the new field office.

On Saturday afternoon, Jesús de León Tello, the state leader of the PAN, said: "What we know is that there is a security event."

The band was broken at Rio Grande City by the Texas Rangers under Maj. John S. Ford and Capt. W. G. Tobin.

Tobin said the town was quiet.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xdigest-2005-border-emergency.md': DIGEST })).kb;
}, 120_000);

describe('Spanish names read whole', () => {
  it('names the Border Patrol sector that speaks "El Paso Sector", not a person "Paso Sector"', () => {
    expect(kb.entities.some((e) => e.name === 'Paso Sector')).toBe(false);
    const sector = kb.entities.find((e) => e.name === 'El Paso Sector');
    expect(sector?.type).not.toBe('person');
    expect(kb.quotes.find((q) => q.text.startsWith('welcomes'))?.speakerName).toBe('El Paso Sector');
  });

  it('names the party leader by his whole name, particle and both surnames, as a person', () => {
    const leader = kb.entities.find((e) => e.name === 'Jesús de León Tello');
    expect(leader?.type).toBe('person');
    expect(kb.entities.some((e) => e.name === 'León Tello')).toBe(false);
  });

  it('names the captain after "Ford and" a person, not a body', () => {
    expect(kb.entities.find((e) => e.name === 'W. G. Tobin')?.type).toBe('person');
  });
});
