/**
 * An apposition whose role opens with an adverb of when it was held ("Jefferson Davis, then the secretary of
 * war,") describes the person as one without it does: he is found as a person with that role, and "Who is
 * Jefferson Davis?" is not answered with another name of his sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2005-camel-corps
title: The Army's camels at Camp Verde
outlet: Example Herald
published: 2005-04-02
url: https://example.org/camels
language: en
---
The Army's camels at Camp Verde
Jefferson Davis, then the secretary of war, persuaded Congress in 1855 to buy camels for the Army in Texas.

The animals landed at Indianola in 1856.
`;

let engine: AnswerEngine;
let kb: KnowledgeBase;

beforeAll(async () => {
  ({ engine, kb } = await articlesAlone({ 'camels.md': ARTICLE }));
}, 120_000);

describe('a role set off after a name with "then"', () => {
  it('makes the name a person described by the role', () => {
    const davis = kb.entities.find((e) => e.name === 'Jefferson Davis');
    expect(davis?.type).toBe('person');
  });

  it('answers "Who is Jefferson Davis?" with him and his role, not with Congress', async () => {
    const a = await engine.ask('Who is Jefferson Davis?', { userId: 'role-after-then-1' });
    expect(a.direct ?? '').not.toContain('Congress');
    expect(a.text).toContain('secretary of war');
  });
});
