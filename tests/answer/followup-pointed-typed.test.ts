/**
 * "Who commanded the station?" — "When did he leave?": a follow-up pointing back to someone and asking a date
 * (or a figure) is answered by one said of them in the conversation's article, not by the date of the sentence
 * beside the last answer, which tells what someone else did.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1868-eagle-springs-attack
title: The attack on Eagle Springs
outlet: Example Frontier Weekly
published: 1868-01-11
url: https://example.org/eagle-springs-attack
language: en
---
The attack on Eagle Springs
Capt. Walter Brennan commanded the stage station at Eagle Springs when it was attacked at dawn.
The station had been attacked once before, on Nov. 2, when the raiders left with the mules.
The station stands on the road from San Antonio to El Paso, in country with little water and less grass.
The mail coach from the east was held at the last station until an escort came.
The fight lasted until noon, when the raiders drew off toward the mountains.
Brennan left for Fort Davis on Dec. 29 with the wounded.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `pointed-typed-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'eagle-springs.md': ARTICLE }));
}, 120_000);

describe('a follow-up asking a date of someone it points back to', () => {
  it('answers when he left from the date said of him, not the raiders leaving beside the last answer', async () => {
    const options = fresh();
    await engine.ask('Who commanded the station at Eagle Springs when it was attacked?', options);
    const a = await engine.ask('when did he leave?', options);
    expect(a.answered).toBe(true);
    expect(a.direct ?? '').toMatch(/29 December/);
    expect(a.evidence.map((e) => e.text).join(' ')).not.toMatch(/Nov\. 2/);
  });
});
