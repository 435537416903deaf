/**
 * Words a person "is quoted in" someone's letter as saying are that person's: the letter's writer only wrote
 * them down. Words quoted out of a letter with no one else named are still the writer's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const CAMARGO = `---
id: xclarion-1846-camargo-merchant
title: "The town of Camargo"
outlet: X Clarion
published: 1846-09-24
language: en
---
The third letter, from Capt. Harmon Reese, who commands the Fairfield company, was written on the 26th ult.

Don Rafael Cantú, a merchant of the plaza who sells the volunteers their eggs, is quoted in the Captain's letter: "The river took our houses in June, and your army took the rest of the town in July."

Of the march he says more in Capt. Reese's letter: "We are to stay and guard the depot and the sick."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xclarion-1846-camargo-merchant.md': CAMARGO })).kb;
}, 120_000);

const speaker = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe('authorsOfQuotedDocuments', () => {
  it('attributes words a person is quoted in a letter as saying to that person, not the letter writer', () => {
    expect(speaker('The river took our houses')).toBe('Rafael Cantú');
  });

  it("still attributes words quoted out of someone's letter to its writer", () => {
    expect(speaker('We are to stay')).toBe('Harmon Reese');
  });
});
