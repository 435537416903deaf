/** Comparisons of two people joined by "and" who share the rest of the question, each asked on their own. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `coordinated-${++user}` });

beforeAll(async () => {
  engine = await fixtureEngine(await shippedRuntime(), 'articles-11');
});

describe('a comparison of two people described by what they are', () => {
  it("shows each one's own words on the topic ('the UACJ researcher and the maquiladora guy')", async () => {
    const a = await engine.ask(
      'what did the UACJ researcher and the maquiladora guy each say about the ten thousand soldiers?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Side by side — Adriana Mireles Fonseca and Héctor Valles Pardo');
    expect(a.text).toContain('a few soldiers per kilometer');
    expect(a.text).toContain('Mexico paid a low price');
  });

  it('reads a person named by an acronym the coverage spells out, without making its words the topic', async () => {
    const a = await engine.ask('what did the UACJ researcher say about the 10k troops?', fresh());
    expect(a.text).toContain('— **Adriana Mireles Fonseca**');
    expect(a.text).toContain('Ten thousand sounds enormous');
  });
});
