/**
 * A follow-up with nothing of its own ("what year was that?") asks about the last topic: its answer is measured
 * against the last question's words, and the date of the event just told is given.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: riverpost-1911-san-lucio-dispatch
title: Troopers reach San Lucio after the river raid
outlet: The River Post
published: 1911-09-14
url: https://example.org/san-lucio-dispatch
language: en
---
A band of about thirty armed men crossed the river before dawn on Tuesday and raided the store and the post office at San Lucio.

The commanding officer at Fort Tolliver, forty miles north, was ordered by wire from department headquarters to send a troop of cavalry to San Lucio at once, and the troop, under Capt. Wendell P. Marsh, rode in on Wednesday night.

Capt. Marsh said his orders were to guard the fords and turn back any armed band trying to cross.

The store's owner said the raiders took flour, coffee and two saddles.

Most of the old town of San Lucio was washed away by a flood in September 1907, and the store was rebuilt on the bluff after it.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('a follow-up with no words of its own', () => {
  it('answers "what year was that?" from the event just told', async () => {
    const user = { userId: 'carried-2' };
    const first = await engine.ask('What washed away the old town of San Lucio?', user);
    expect(first.text).toContain('flood in September 1907');
    const year = await engine.ask('what year was that?', user);
    expect(year.answered).toBe(true);
    expect(year.text).toContain('1907');
  });
});
