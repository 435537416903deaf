/**
 * "What time of day did it start?" after an answer about the attack on Fort Lancaster: "it" is that attack, so
 * the follow-up is answered from the conversation's article or not at all, never from another article's
 * attack ("The attack began at five in the morning" at Casas Grandes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { emptyConversation } from '../../src/answer/memory.ts';
import { pointsToLastThing } from '../../src/answer/thing-reference.ts';
import { QuestionReader } from '../../src/answer/understand.ts';
import { articlesAlone } from './setup.ts';

/** Sentences of the Guadalupe Weekly Pioneer's 1868 dispatch (tests/fixtures/articles-37). */
const LANCASTER = `---
id: pioneer-1868-fort-lancaster
title: The Attack on Fort Lancaster
outlet: Example Weekly Pioneer
published: 1868-01-11
url: https://example.org/fort-lancaster
language: en
---
THE ATTACK ON FORT LANCASTER.

The El Paso mail came in on Saturday evening, and it brings intelligence of a serious fight at Fort Lancaster on the afternoon of the 26th ult.

Fort Lancaster stands on Live Oak Creek about two miles above its mouth on the Pecos. It is now garrisoned by Company K of the Ninth Cavalry, under Capt. William Frohock.
`;

/** Sentences of the Semanario del Noroeste's 2011 centenary report (same folder). */
const CASAS_GRANDES = `---
id: semanario-2011-casas-grandes
title: Casas Grandes remembers the battle Madero lost
outlet: Example Semanario
published: 2011-03-06
url: https://example.org/casas-grandes
language: en
---
A century ago Francisco I. Madero led his rebels against the federal garrison of Casas Grandes.

The attack began at five in the morning. For about two hours the rebels pressed the garrison.
`;

let engine: AnswerEngine;
let reader: QuestionReader;
let user = 0;
const fresh = () => ({ userId: `points-to-thing-${++user}` });

beforeAll(async () => {
  const built = await articlesAlone({ 'lancaster.md': LANCASTER, 'casas.md': CASAS_GRANDES });
  engine = built.engine;
  reader = new QuestionReader(
    built.runtime.questionNlp,
    new KnowledgeIndex(built.kb),
    built.runtime.engineData,
  );
}, 120_000);

describe('a follow-up that points back with "it"', () => {
  it("does not answer from another article's attack when the conversation was about Fort Lancaster", async () => {
    const user = fresh();
    const first = await engine.ask('Who garrisoned Fort Lancaster?', user);
    expect(first.citations.map((c) => c.sourceId)).toContain('pioneer-1868-fort-lancaster');
    const a = await engine.ask('what time of day did it start?', user);
    expect(a.citations.map((c) => c.sourceId)).not.toContain('semanario-2011-casas-grandes');
    expect(a.text).not.toMatch(/five in the morning/);
  });

  it('still answers the same question from the article of an attack it began in', async () => {
    const user = fresh();
    const first = await engine.ask('Whose rebels attacked Casas Grandes?', user);
    expect(first.citations.map((c) => c.sourceId)).toContain('semanario-2011-casas-grandes');
    const a = await engine.ask('what time of day did it start?', user);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/five in the morning/);
  });
});

describe('pointsToLastThing', () => {
  const after = { ...emptyConversation(), lastSources: ['x'] };
  const read = (q: string) => reader.read(q, null, []);
  it('is true for "it", "was that", "that morning" and a closing "there" in a question naming nothing else', () => {
    expect(pointsToLastThing(read('what time of day did it start?'), true, after)).toBe(true);
    expect(pointsToLastThing(read('what year was that?'), true, after)).toBe(true);
    expect(pointsToLastThing(read('what happened that morning?'), true, after)).toBe(true);
    expect(pointsToLastThing(read('how many were there?'), true, after)).toBe(true);
  });

  it('is false when the question names a noun of its own beyond time and measure words', () => {
    expect(pointsToLastThing(read('How much did contractors say it cost per mile?'), true, after)).toBe(
      false,
    );
    expect(pointsToLastThing(read('What are the bollards filled with, is it concrete?'), true, after)).toBe(
      false,
    );
    expect(pointsToLastThing(read('how many troopers were there?'), true, after)).toBe(false);
  });

  it('is false for "there was", "it" after a preposition, a pronoun for a person, or no answer before', () => {
    expect(pointsToLastThing(read('was there a fight at the fort?'), true, after)).toBe(false);
    expect(pointsToLastThing(read('what was in it?'), true, after)).toBe(false);
    expect(pointsToLastThing(read('what did he do?'), true, after)).toBe(false);
    expect(pointsToLastThing(read('what year was that?'), false, after)).toBe(false);
  });
});

/** Two invented articles: Texas's Guard deployment and a wall section near Yuma. */
const LONE_STAR = `---
id: example-2021-lone-star
title: Texas sends Guard to the border
outlet: Example Tribune
published: 2021-09-10
url: https://example.org/lone-star
language: en
---
Texas Gov. Greg Abbott has sent 10,000 National Guard soldiers to the border under Operation Lone Star.

The operation has cost the state $4 billion so far, according to budget records.
`;
const YUMA = `---
id: example-2020-yuma-wall
title: A new wall section rises near Yuma
outlet: Example Sun
published: 2020-05-02
url: https://example.org/yuma-wall
language: en
---
A new section of border wall rose this spring in the desert east of Yuma.

The bollards stand 30 feet tall and are filled with concrete.
`;

describe('a follow-up with "it" that names its own subject', () => {
  let other: AnswerEngine;
  beforeAll(async () => {
    other = (await articlesAlone({ 'a.md': LONE_STAR, 'b.md': YUMA })).engine;
  }, 120_000);

  it('answers from the article about that subject, not only from the conversation’s', async () => {
    const user = fresh();
    await other.ask('How many soldiers did Abbott send to the border?', user);
    const a = await other.ask('What are the bollards filled with, is it concrete?', user);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toContain('example-2020-yuma-wall');
  });
});
