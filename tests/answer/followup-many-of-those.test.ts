/**
 * "How many people died in the attack?" → "how many of those were police?": a count of part of what the last
 * answer counted never gives the whole total as its answer (review of fu21, whose reading of "many of those"
 * as a follow-up did: "23 dead" for the police among them, and lost "14 pupils" for "how many of those came
 * to class?").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const TOLL = `---
id: cronica-2019-villa-nueva-toll
title: Villa Nueva counts its dead
outlet: Example Crónica
published: 2019-12-04
url: https://example.org/villa-nueva
language: en
---
Villa Nueva counts its dead
The death toll of the attack on Villa Nueva stands at 23 dead: seventeen gunmen, four state police officers and two civilians.
A TOWN WITHOUT POLICE
The municipal police had ten officers before the attack.
Most of them resigned on Monday.
On Monday the schools were open, but half empty. María Elena Quiñones, who teaches fourth grade at the federal primary school, said only 14 of her 31 pupils came to class.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-many-of-those-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'toll.md': TOLL }));
}, 120_000);

describe('"how many of those…" after a count', () => {
  it('does not give the whole total as the count of a part of it', async () => {
    const user = fresh();
    const toll = await engine.ask('How many people died in the attack on Villa Nueva?', user);
    expect(toll.direct ?? '').toContain('23');
    const police = await engine.ask('how many of those were police?', user);
    expect(police.direct ?? '').not.toContain('23');
  });

  it('gives the part the article counts of the last answer\'s whole ("14 of her 31 pupils")', async () => {
    const user = fresh();
    const pupils = await engine.ask('How many pupils does Quiñones teach?', user);
    expect(pupils.direct ?? '').toContain('31');
    const came = await engine.ask('how many of those came to class?', user);
    expect(came.direct ?? '').toContain('14');
  });
});
