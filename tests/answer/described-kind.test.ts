import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { personKindsOf } from '../../src/answer/person-kinds.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** A fishing guide described by what he does, a trucker by the kind of driver he is. */
const ARTICLE = `---
id: zapata-2010-lake-guides-losses
title: Lake guides count their losses after the shooting
outlet: Example Border Wire
published: 2010-10-14
url: https://example.org/lake-guides-losses
language: en
---
Fishing on the reservoir has all but stopped since the shooting.
"The bass don't know there's a border," said Ernesto Salinas Jr., who has guided anglers on the lake for 22 years.
Salinas said three groups had canceled trips for October, costing him about $4,500.
"It's a bad year," said Rogelio Benavides Jr., a driver from Reynosa who hauls auto parts for a plant in San Juan.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a person asked about by a noun for people the lexicon does not list', () => {
  it('finds "the bass guide" in the one the article says has guided anglers', () => {
    expect(engine.read('How much has the bass guide lost from clients backing out?').entities).toContain(
      'auto-ernesto-salinas-jr',
    );
  });

  it('answers the sum that person lost from the sentence about them', async () => {
    const a = await engine.ask('How much has the bass guide lost from clients backing out?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('$4,500');
  });

  it('finds no one for a person noun no description says in any form', () => {
    expect(
      engine.read('How much has the bass surgeon lost from clients backing out?').entities,
    ).not.toContain('auto-ernesto-salinas-jr');
  });
});

describe('personKindsOf', () => {
  let kindsOf: ReturnType<typeof personKindsOf>;

  beforeAll(async () => {
    kindsOf = personKindsOf((await shippedRuntime()).engineData.wordnet);
  });

  it('gives a person noun the kinds it is of ("rancher" is a farmer)', () => {
    expect(kindsOf('rancher')?.has('farmer')).toBe(true);
  });

  it('gives nothing for a noun that names no person', () => {
    expect(kindsOf('bridge')).toBeNull();
  });

  it('gives nothing without WordNet', () => {
    expect(personKindsOf(null)('rancher')).toBeNull();
  });
});
