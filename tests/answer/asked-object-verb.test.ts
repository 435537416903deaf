import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * A ranch raid: the headline and a later sentence repeat the raiders and the ranch; only one sentence tells
 * what the raiders took, with a verb the stop list drops ("took").
 */
const ARTICLE = `---
id: example-1918-ranch-raid
title: Raiders hit the Alamo Creek ranch
outlet: Example Valley Courier
published: 1918-02-02
url: https://example.org/ranch-raid
language: en
---
RAIDERS HIT THE ALAMO CREEK RANCH AND WOUND A HERDER

A band of mounted men crossed the river on Thursday night and rode up the creek.

The herder, a young man named Elias Ortiz, was wounded in the arm and lay hidden in the brush while the raiders took eleven horses, two saddles and a sack of flour.

Cavalry from the camp at Ruidosa reached the ranch at daylight and followed the trail to the river.

On the question of who the raiders were, the ranch families are divided.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': ARTICLE }));
});

describe('a question asking what someone took, got or kept', () => {
  it('answers with the sentence that tells what was taken, not one that only repeats who and where', async () => {
    const a = await engine.ask('what did the raiders take from the ranch?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('eleven horses');
  });

  it('weighs the verb it asks the object of, though the stop list drops it', () => {
    expect(engine.read('what did the raiders take from the ranch?').terms.get('take')).toBe(1);
  });

  it('weighs in full a verb that usually frames a question when it asks the object of it ("what did they want")', () => {
    expect(engine.read('what did the raiders want from the ranch?').terms.get('want')).toBe(1);
  });

  it('weighs the verb after one leading into it by "to", not the leading one ("what did they try to take")', () => {
    const terms = engine.read('what did the raiders try to take from the ranch?').terms;
    expect(terms.get('take')).toBe(1);
    expect(terms.get('try') ?? 0).toBeLessThan(1);
  });

  it('does not weigh a verb that stands for any act ("what did the raiders do?")', () => {
    expect(engine.read('what did the raiders do at the ranch?').terms.has('do')).toBe(false);
  });
});
