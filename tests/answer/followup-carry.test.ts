/**
 * What a follow-up carries over from the conversation, and what it leaves behind: the last question's year
 * does not hold a person the follow-up names for the first time; "more" after an explanation reads on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** A story told in order: what the engineers built, then what it was made of, then who paid. */
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

Residents said the crossing had already cut their drive to the river road by half an hour.
`;

let local: AnswerEngine;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-carry-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
  ({ engine: local } = await withArticles(ARTICLE));
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
