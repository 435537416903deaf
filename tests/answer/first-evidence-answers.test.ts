/**
 * A draft under the confidence bar is shown when its first sentence names everything the question names and
 * says most of its words (first-evidence-share.ts). Real text: the 1864 Laredo dispatches of
 * tests/fixtures/articles-33, whose follow-up (a33-003, dev) the names' weight put under the bar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-33');
}, 300_000);

describe('a sentence that says the question by itself, under the confidence bar', () => {
  it('answers how many men the Union major brought from the sentence naming him', async () => {
    const user = { userId: 'laredo' };
    await engine.ask('Who commanded the Confederate defenders at Laredo in March 1864?', user);
    await engine.ask('and who led the union column against him?', user);
    const a = await engine.ask('how many men did he bring?', user);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('about two hundred men');
  });
});
