/**
 * What a follow-up carries over from the conversation, and what it leaves behind: the last question's year
 * does not hold a person the follow-up names for the first time; "more" after an explanation reads on; a
 * question of its own favours the article the conversation is about; "the call" is what a follow-up asks about;
 * "how many were there already?" asks for another figure than the last; "which was bigger?" sets the last figures
 * against each other; "what were they going to do?" asks the doings of the actor the last question asked about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** A story told in order: what the engineers built, what it was made of, who paid, what comes next. */
const ARTICLE = `---
id: laredo-2022-engineer-bridge
title: Army engineers finish a low-water crossing near Laredo
outlet: Example Gazette
published: 2022-03-09
url: https://example.org/laredo-crossing
language: en
---
Army engineers finished a low-water crossing for Border Patrol trucks east of Laredo on Tuesday.

The crossing is built from surplus steel culverts laid in a bed of crushed limestone.

Webb County paid for the limestone, and the Army supplied the culverts and the labor.

The county judge said a second crossing would follow in the fall.

Residents said the crossing had already cut their drive to the river road by half an hour.
`;

/** Two Guard deployments told alike: which one a question means is the one the conversation is about. */
const EL_PASO = `---
id: elpaso-2021-guard-towers
title: Texas Guard soldiers staff towers in El Paso
outlet: Example Herald
published: 2021-03-20
url: https://example.org/elpaso-towers
language: en
---
The Texas National Guard sent 300 soldiers to El Paso in March 2021.

The Guard soldiers repaired the border fence and staffed observation towers along the river every night.
`;
const YUMA = `---
id: yuma-2021-guard-towers
title: Arizona Guard soldiers staff towers in Yuma
outlet: Example Courier
published: 2021-03-22
url: https://example.org/yuma-towers
language: en
---
The Arizona National Guard sent 200 soldiers to Yuma in March 2021.

The soldiers repaired the border fence and staffed observation towers along the canal.
`;

let local: AnswerEngine;
let twin: AnswerEngine;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-carry-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
  ({ engine: local } = await withArticles(ARTICLE));
  ({ engine: twin } = await withArticles(EL_PASO, YUMA));
});

describe('a follow-up naming someone new', () => {
  it('is not held to the last question\'s year ("what about sheinbaum" after a 2019 question)', async () => {
    const who = fresh();
    await engine.ask("why did mexico's troops go north in 2019", who);
    const a = await engine.ask('what about sheinbaum, did she accept american troops', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Sheinbaum');
    expect(a.citations.map((c) => c.sourceId)).toContain('sheinbaum-2025-rejects-us-troops');
  });
});

describe('a follow-up naming its own speaker', () => {
  it('quotes the speaker it names, not the one the pronoun points back to ("what did trump say to her")', async () => {
    const who = fresh();
    await engine.ask('what did sheinbaum say about us troops', who);
    const a = await engine.ask('what did trump say to her', who);
    expect(a.text.split('\n')[0]).toMatch(/^Donald Trump in the coverage/);
  });
});

describe('"more" after an explanation', () => {
  it('reads on in the article the answer came from, with what the user has not seen', async () => {
    const who = fresh();
    const first = await local.ask('what did the army engineers finish near laredo', who);
    expect(first.text).toContain('low-water crossing');
    const more = await local.ask('more', who);
    expect(more.answered).toBe(true);
    expect(more.text).toContain('surplus steel culverts');
    const again = await local.ask('anything else', who);
    expect(again.text).toContain('half an hour');
    expect(again.text).not.toContain('surplus steel culverts');
  });
});

describe('a question of its own in a conversation', () => {
  it('favours the article the last answer came from, however many words it has', async () => {
    const who = fresh();
    const first = await twin.ask('how many soldiers did the arizona guard send to yuma', who);
    expect(first.citations.map((c) => c.sourceId)).toEqual(['yuma-2021-guard-towers']);
    const a = await twin.ask('what did the guard soldiers repair and staff along the border?', who);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.sourceId).toBe('yuma-2021-guard-towers');
  });
});

describe('a follow-up about "the call"', () => {
  it('reads the noun the stop list holds as its subject, when it has no other word', () => {
    expect(engine.read('what was the call about').content).toEqual(['call']);
    expect(engine.read('did trump threaten her with tariffs on that call').content).not.toContain('call');
  });

  it('is answered with the call, not a profile of the person in focus', async () => {
    const who = fresh();
    await engine.ask('when did sheinbaum turn down trump', who);
    const a = await engine.ask('what was the call about', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('tense phone call');
    expect(a.text).not.toContain('President of Mexico');
  });
});

describe('"and how many were there already?" after a count', () => {
  it('gives the figure of those already there, not the last answer again', async () => {
    const who = fresh();
    const first = await engine.ask('how many active-duty troops did homeland security ask for', who);
    expect(first.direct).toContain('1,000');
    const a = await engine.ask('ok and how many were there already?', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('About 2,000 National Guard troops are already');
    expect(a.text).not.toContain('between 800 and 1,000');
  });
});

describe('"which was bigger?" after figures', () => {
  it("names the larger figure the last answers gave, with both figures' evidence", async () => {
    const who = fresh();
    await engine.ask('how many troops did dhs ask for in 2018', who);
    await engine.ask('and how many troops did mexico send in 2019', who);
    const a = await engine.ask('so which was bigger?', who);
    expect(a.answered).toBe(true);
    expect(a.direct).toContain('15,000');
    expect(a.text).toContain('between 800 and 1,000');
  });

  it('names the smaller one for "which one was smaller?"', async () => {
    const who = fresh();
    await engine.ask("How did the US deployment in 2018 compare with Mexico's in 2019?", who);
    const a = await engine.ask('which one was smaller?', who);
    expect(a.direct).toContain('between 800 and 1,000');
  });
});

describe('"what were they going to do?" after a question about an actor', () => {
  it('is answered by what that actor does, even when the last answer showed it', async () => {
    const who = fresh();
    const first = await engine.ask('what kind of troops was the us sending in 2018', who);
    expect(first.text).toContain('logistical support');
    const a = await engine.ask('ok so what were they going to do', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('logistical support');
  });
});
