/**
 * A place the coverage never names is read as the word the coverage uses for its people only where the
 * coverage uses that word of people: "Sonoran" in "the Sonoran Desert" is part of a name, so "the Sonora
 * governor" is not Arizona's governor who sent troops there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const DESERT = `---
id: ledger-2021-ducey-guard-desert
title: Ducey sends more Guard troops to the desert
outlet: Example Ledger
published: 2021-04-10
url: https://example.org/ducey-guard
language: en
---
Gov. Doug Ducey said on April 8 he would send 100 more Guard troops to the Sonoran Desert near Lukeville.

"The border is a federal job, but we will not stand by," the governor said.
`;

let desert: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `demonym-name-${++user}` });

beforeAll(async () => {
  ({ engine: desert } = await articlesAlone({ 'desert.md': DESERT }));
}, 120_000);

describe('a place read as the word for its people', () => {
  it('is not read so when the coverage uses that word only in a name ("the Sonoran Desert")', async () => {
    const who = await desert.ask('Who is the Sonora governor?', fresh());
    expect(who.direct ?? '').not.toMatch(/Ducey/);
    const count = await desert.ask('How many troops did the Sonora governor send?', fresh());
    expect(count.direct ?? '').not.toMatch(/100/);
  });
});
