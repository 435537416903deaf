/**
 * A title ending "of the Interior" or "of the Navy" before a person's name: the "the" belongs to the office,
 * and a name with a middle initial is a person's even when its last word is an English word ("Lane",
 * "Baker"), so the secretary goes on speaking under "he".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const COMMISSION = `---
id: xobserver-1916-commission-meets
title: "Commission meets"
outlet: X Observer
published: 1916-09-07
language: en
---
The three Americans, Secretary of the Interior Franklin K. Lane, who is chairman of the American side, Judge George Gray, of Delaware, and Dr. John R. Mott, of New York, arrived on Tuesday.

Secretary Lane, when he came out to the veranda before dinner, would add little to it. "We are here to listen as well as to talk," he said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xobserver-1916-commission-meets.md': COMMISSION })).kb;
}, 120_000);

describe('a title ending in "of the" and a body before a name', () => {
  it('reads "Secretary of the Interior Franklin K. Lane" as a person, not a body', () => {
    expect(kb.entities.find((e) => e.name === 'Franklin K. Lane')?.type).toBe('person');
  });

  it('gives "he said" after "Secretary Lane, when he came out" to Lane, not the last man named', () => {
    expect(kb.quotes.find((q) => q.text.startsWith('We are here'))?.speakerName).toBe('Franklin K. Lane');
  });
});
