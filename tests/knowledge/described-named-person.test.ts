/**
 * A named person called by a description of what they are between their own words: '"…," Mr. Scholl said.
 * … "…," the old soldier said. … "…," Mr. Scholl said' — the old soldier is Scholl, not someone new.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const OBITUARY = `---
id: xchronicle-1903-veteran-dead
title: "A veteran of Doniphan's march is dead"
outlet: X Chronicle
published: 1903-03-06
language: en
---
Reuben Franklin Scholl, one of the last men in the county who marched with Col. Doniphan into Mexico, died at his home on Saturday afternoon, aged 76 years.

Mr. Scholl told the story often, and gave it to the Chronicle at length in 1897. "The Colonel put the wagons in four columns, and we came down the road as if we meant to walk right into their batteries," Mr. Scholl said.

The charge carried the redoubts one after another, and a battery across the river was silenced.

"We lost one man killed that I knew of, and that was Maj. Owens," the old soldier said.

One part of his story Mr. Scholl would never let go. "I saw a cart-load of rawhide ropes and irons in their camp," he said.
`;

const STRANGER = `---
id: xchronicle-1903-reunion
title: "The reunion of the old regiment"
outlet: X Chronicle
published: 1903-06-06
language: en
---
Reuben Franklin Scholl spoke first at the reunion on Saturday. "The Colonel put the wagons in four columns," Mr. Scholl said.

An old soldier from Clay county stood up at the back of the hall. "We lost one man killed that I knew of," the old soldier said.

Mr. Scholl answered him. "I saw a cart-load of rawhide ropes in their camp," Mr. Scholl said.
`;

let obituary: KnowledgeBase;
let stranger: KnowledgeBase;

beforeAll(async () => {
  obituary = (await articlesAlone({ 'xchronicle-1903-veteran-dead.md': OBITUARY })).kb;
  stranger = (await articlesAlone({ 'xchronicle-1903-reunion.md': STRANGER })).kb;
}, 120_000);

const speaker = (kb: KnowledgeBase, start: string) =>
  kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('describedNamedPeople', () => {
  it('gives "the old soldier said" between Mr. Scholl\'s words to Scholl', () => {
    expect(speaker(obituary, 'We lost one man killed')).toBe('Reuben Franklin Scholl');
  });

  it('leaves the words to an old soldier the article introduced as someone new', () => {
    expect(speaker(stranger, 'We lost one man killed')).not.toBe('Reuben Franklin Scholl');
  });
});
