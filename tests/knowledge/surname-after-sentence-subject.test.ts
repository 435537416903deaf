/**
 * Two people of one surname, neither introduced at the head of a sentence: a bare surname goes to the one a
 * sentence has since opened with ("Flores brought a copy…"), not to the one named later inside that
 * sentence ("…a soldier named Juan José Flores").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const RECORD = `---
id: xgaceta-2026-service-record
title: "A name in a service record"
outlet: X Gaceta
published: 2026-03-06
language: en
---
About a hundred people filled the Casa de la Cultura on Thursday night to remember the battle.

For many in the hall, the most moving part was the story of Eusebio Flores Treviño, 78, a retired steelworker from Altos Hornos. Flores brought a copy of a service record found in 2019 in the state archive: that of a soldier named Juan José Flores, of the presidial company of Monclova, who returned wounded to Coahuila in 1836.

"Now I have the paper. He was real," Flores said.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xgaceta-2026-service-record.md': RECORD })).kb;
}, 120_000);

describe('a surname two people share', () => {
  it('is the one a sentence opened with since, not the one named inside it', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('Now I have the paper'));
    expect(quote?.speakerName).toBe('Eusebio Flores Treviño');
  });
});
