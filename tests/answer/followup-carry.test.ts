/**
 * What a follow-up carries over from the conversation, and what it leaves behind: the last question's year
 * does not hold a person the follow-up names for the first time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `followup-carry-${++user}` });

beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
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
