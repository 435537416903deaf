/**
 * A follow-up's pronoun for someone an article never gives a gender, and the words of someone a follow-up
 * points back to when the article reports them rather than quoting them to that person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { unGenderedPerson } from '../../src/answer/ungendered-person.ts';
import { fixtureEngine, shippedRuntime, withArticles } from './setup.ts';

/** A flier named with no title, pronoun or gendered noun, flying for a general. */
const FLIER = `---
id: bisbee-1929-flier-bombs
title: Rebel flier's bombs fall on border town
outlet: Example Territorial Wire
published: 1929-04-02
url: https://example.org/flier-bombs
language: en
---
Homemade bombs fell on the border town of Naco for the second time in three days on Monday.

The aviator, identified by rebel officers as Walter Keane, an American soldier of fortune flying a biplane for the forces of Gen. Ramón Villaseñor, came over from the south shortly after dawn.

Two residents were slightly hurt by flying glass and were treated at the Army dressing station.
`;

/** A rancher whose complaint is reported and quoted in sentences after the one that introduces him. */
const RANCH = `---
id: kinney-2021-ranch-trespass
title: Ranchers sign trespass agreements as Guard patrols expand
outlet: Example Tribune
published: 2021-07-23
url: https://example.org/ranch-trespass
language: en
---
Orlan Pruett, who raises goats on about 4,000 acres west of Del Rio, has signed one of the trespass agreements.

He said groups of 15 or 20 people crossed his pastures on some nights this spring.

"I've had water tanks drained and gates left open twice since March," Pruett said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-pointed-person-${++user}` });

beforeAll(async () => {
  ({ engine } = await withArticles(FLIER, RANCH));
});

const indexOf = (people: Record<string, 'person' | 'place'>): KnowledgeIndex =>
  ({
    entities: new Map(Object.entries(people).map(([id, type]) => [id, { id, type }])),
  }) as unknown as KnowledgeIndex;

describe('unGenderedPerson', () => {
  it('returns the latest person in focus whose gender is not known', () => {
    const index = indexOf({ naco: 'place', keane: 'person', villasenor: 'person' });
    const gender = (id: string) => (id === 'villasenor' ? 'male' : null);
    expect(unGenderedPerson(index, ['naco', 'villasenor', 'keane'], gender)).toBe('keane');
  });

  it('returns null when every person in focus has a gender, so "she" never falls to a man', () => {
    const index = indexOf({ keane: 'person', villasenor: 'person' });
    expect(unGenderedPerson(index, ['keane', 'villasenor'], () => 'male')).toBeNull();
  });
});

describe('he or she for a person the coverage gives no gender', () => {
  it('points to the person the last answer named ("who was he flying for" after the flier)', async () => {
    const who = fresh();
    const first = await engine.ask('who was the pilot dropping bombs on Naco?', who);
    expect(first.text).toContain('Walter Keane');
    const a = await engine.ask('who was he flying for', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Villaseñor');
    expect(a.text).not.toContain('flying glass');
  });
});

describe('what someone pointed back to said', () => {
  it('is answered from the report when no quotation attributed to them answers ("what did he say had happened on his land")', async () => {
    const ranchers = await fixtureEngine(await shippedRuntime(), 'articles-2');
    const who = fresh();
    await ranchers.ask('Who is Dale Hutto?', who);
    const a = await ranchers.ask('what did he say had happened on his land', who);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/water lines cut|20 or 30 people/);
  });

  it('is not asked of the report when the question names the speaker itself', async () => {
    const a = await engine.ask('what did Ramón Villaseñor say about the water tanks?', fresh());
    expect(a.text).not.toContain('water tanks drained');
  });
});
