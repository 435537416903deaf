/**
 * What the pipeline takes for a person when an article names someone new: places and organisations stay out,
 * and a Spanish name is known by its first surname.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const NOT_PEOPLE = `---
id: example-2006-guard-arrives
title: Guard arrives at the border
outlet: Example Post
published: 2006-06-20
url: https://example.org/arrives
language: en
---
Janet Napolitano, the Democratic governor of Arizona, who declared a state of emergency along the state's border with Mexico last August, has asked Washington to send the Guard.

The Navy Ministry said its personnel would take over "security, inspection and administration" at the ports.

At Casa Peregrina, a shelter run by a coalition of churches, 300 people slept on cots.

Customs and Border Protection said in a statement that it "appreciates the support" of the Guard.

Arizona Republicans say it is not enough.

According to the Secretaría de la Defensa Nacional, the largest contingent, 1,949 troops, is assigned to the border.

The trucks reached Ciudad Acuña, Coahuila, on Tuesday. Acuña has one bridge. Acuña's mayor asked for more troops.

"We have never seen this many soldiers," said Tully Shahan, the county's top elected official.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(NOT_PEOPLE), 'not-people.md')],
    createPipelineTools(data),
  );
});

const discovered = () =>
  kb.entities
    .filter((e) => e.discovered)
    .map((e) => `${e.name} (${e.type})`)
    .sort();

describe('what is not a person', () => {
  const entity = (name: string) => kb.entities.find((e) => e.name === name);

  it('a noun spelt like a verb of saying ("the state\'s border") makes no unnamed speaker', () => {
    expect(discovered().some((n) => n.startsWith('a state of emergency'))).toBe(false);
  });

  it('a name after "the" that ends in a common noun is an organisation, known by its whole name', () => {
    expect(entity('Navy Ministry')).toMatchObject({ type: 'organisation', aliases: ['Navy Ministry'] });
    expect(kb.quotes.find((q) => q.text.includes('security, inspection'))?.speakerName).toBe('Navy Ministry');
  });

  it('a name after a preposition of place is a place, and keeps what the article says it is', () => {
    expect(entity('Casa Peregrina')).toMatchObject({
      type: 'place',
      description: 'a shelter run by a coalition of churches',
    });
  });

  it('the tail of "Customs and Border Protection" speaks as an organisation', () => {
    expect(entity('Border Protection')?.type).toBe('organisation');
  });

  it('a name before "say" in the plural is a group', () => {
    expect(entity('Arizona Republicans')?.type).toBe('group');
  });

  it('a name after "de la" is the tail of a Spanish name, not a person', () => {
    expect(entity('Defensa Nacional')?.type).not.toBe('person');
  });

  it('a dateline city before its state is not a person, however often the article comes back to it', () => {
    expect(discovered().filter((n) => n.includes('Acuña') && n.endsWith('(person)'))).toEqual([]);
  });

  it('the people stay people', () => {
    expect(entity('Janet Napolitano')?.type).toBe('person');
    expect(entity('Tully Shahan')).toMatchObject({ type: 'person', aliases: ['Tully Shahan', 'Shahan'] });
  });
});
