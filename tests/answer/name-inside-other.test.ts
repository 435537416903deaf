/** A one-word name of someone that begins another name the question writes ("Operation Intercept"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-15');
});

describe('a name that begins another name', () => {
  it('reads "Operation Intercept" as its own name, not the "Operation" of Joint Operation Chihuahua', async () => {
    const a = await engine.ask('When did Operation Intercept start?', { userId: 'a' });
    expect(a.text).toContain('code-named Operation Intercept, began');
    expect(a.text).toContain('Sunday 21 September 1969');
    expect(a.text).not.toContain('Joint Operation Chihuahua');
  });
});
