/**
 * "Which came first, A or B?" with a side named by a thing and what it did ("the wagons arriving in
 * Presidio"): that side is dated where the thing itself acts, not where it only rides along with another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { actsIn } from '../../src/answer/side-subject.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: bigbend-1916-store-raid-wagons
title: Raiders strike a river store; wagons bring the wounded to Presidio
outlet: Example Big Bend Courier
published: 1916-05-13
url: https://example.org/store-raid-wagons
language: en
---
The raid on the river store took place on Monday, about 20 miles below Presidio.
A courier rode to Ojinaga on Tuesday and came into Presidio with the wagons.
The wagons were brought into Presidio on Thursday night, and a crowd met them at the plaza.
The county judge asked the Army for a patrol along the river.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'store-raid.md': ARTICLE }));
});

describe('which came first, a side named by a thing and what it did', () => {
  it('dates the wagons arriving by the sentence where the wagons are brought in, not the courier riding', async () => {
    const q = 'Which came first, the raid on the river store or the wagons arriving in Presidio?';
    const a = await engine.ask(q, { userId: q });
    expect(a.text).toContain('Thursday night');
    expect(a.text).not.toContain('courier');
  });

  it('tells a thing acting from a thing after a preposition', () => {
    const tokens = (t: string) => runtime.questionNlp.analyse(t).tokens;
    expect(actsIn(tokens('The wagons were brought into Presidio on Thursday night.'), 'wagon')).toBe(true);
    expect(actsIn(tokens('A courier came into Presidio with the wagons.'), 'wagon')).toBe(false);
  });
});
