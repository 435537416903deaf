/**
 * A follow-up with words of its own ("did he take questions from reporters?") is answered by those words
 * about the person it points back to, not by any short sentence that names the person ('"Yes," he said.' in
 * another article).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-7');
});

describe('a follow-up with words of its own', () => {
  it('answers its words about the person it points back to, not a short sentence naming him elsewhere', async () => {
    const user = { userId: 'followup-own-words-1' };
    await engine.ask("yo who's the defense secretary in that heraldo guardia nacional story", user);
    const said = await engine.ask('what did he say the army would do', user);
    expect(said.text).toContain('comply with the mandate');
    const next = await engine.ask('did he take questions from reporters?', user);
    expect(next.answered).toBe(true);
    expect(next.text).toContain('The general did not take questions.');
    expect(next.text).not.toContain('"Yes," he said.');
  });
});
