/**
 * "How many people died in the attack?" → "how many of those were police?": "of those" is a share of what the
 * last answer counted, so the question leans on the conversation and keeps its subject.
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
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-many-of-those-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'toll.md': TOLL }));
}, 120_000);

describe('"how many of those…" after a count', () => {
  it('is a follow-up on what the last answer counted', async () => {
    const user = fresh();
    const toll = await engine.ask('How many people died in the attack on Villa Nueva?', user);
    expect(toll.text).toContain('23');
    const police = await engine.ask('how many of those were police?', user);
    expect(police.intent).toBe('followup');
    expect(police.text).toContain('four state police officers');
  });
});
