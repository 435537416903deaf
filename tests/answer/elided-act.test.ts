import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { elidesAct } from '../../src/answer/elided-act.ts';
import { articlesAlone } from './setup.ts';

/** A talk-show answer whose sentence leaves its verb phrase to the sentence before. */
const TRANSCRIPT = `---
id: example-1990-salado-prisoners-transcript
title: The Salado prisoners
outlet: Example Radio
published: 1990-04-10
url: https://example.org/salado-prisoners
language: en
---
HOST: What became of the men taken at Salado Creek?

HISTORIAN: The general's orders were to shoot any prisoners taken in arms. Colonel Ampudia didn't. He marched the eight prisoners to the jail at Monterrey, and two of them later wrote about it.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'transcript.md': TRANSCRIPT }));
});

describe('a sentence that leaves its verb phrase out', () => {
  it('answers whether someone did the act the sentence before names', async () => {
    const a = await engine.ask('Did Ampudia shoot the prisoners he took at Salado Creek?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Colonel Ampudia didn't.");
  });
});

describe('elidesAct', () => {
  it('reads a subject and an auxiliary alone as a left-out verb phrase', () => {
    expect(elidesAct({ text: "Urrea didn't." })).toBe(true);
    expect(elidesAct({ text: 'Most of them would not.' })).toBe(true);
  });
  it('does not read a sentence with its own verb phrase so', () => {
    expect(elidesAct({ text: 'He sent those six to the jail in Matamoros.' })).toBe(false);
  });
});
