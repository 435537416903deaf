/**
 * "And what did Mexico say about it?" in a follow-up: a country speaks through its government's bodies and
 * officials, whose words in the conversation's article answer ("the Mexican Defense Ministry … called the
 * crossing 'an involuntary error'"), not its other speakers'.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { holdsWord } from '../../src/answer/country-speech.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-13');
});

describe('a follow-up asking what a country said', () => {
  it("shows the words of the country's government the article quotes, not a reporter's", async () => {
    const user = { userId: 'followup-country-speech-1' };
    await engine.ask('What happened near Santa Teresa on March 2, 2000?', user);
    await engine.ask('how long did they hold the agents', user);
    const said = await engine.ask('and what did mexico say about it', user);
    expect(said.answered).toBe(true);
    expect(said.text).toContain('involuntary error');
    expect(said.text).toContain('the Mexican Defense Ministry');
    expect(said.text).not.toContain('Ray Montoya');
  });
});

describe('a speaker placed in a country by the words of their name', () => {
  it('finds the country as a whole word after an occurrence inside a longer word', () => {
    expect(holdsWord('a Mexicano rights group and the Mexican consulate', ['Mexican'])).toBe(true);
    expect(holdsWord('the Mexican Defense Ministry', ['Mexican'])).toBe(true);
  });

  it('does not take the country inside a longer word', () => {
    expect(holdsWord('New Mexicans for peace', ['Mexican'])).toBe(false);
    expect(holdsWord('Mexicanos Unidos', ['Mexican'])).toBe(false);
  });
});
