/**
 * "Who lost more men, A or B?" where one sentence answers both sides' questions: it answers the side it names,
 * and the other is counted where the article counts it by its own name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: plainsradio-2019-canyon-fight-transcript
title: The fight in Cañada Honda, 140 years on
outlet: Example Plains Radio
published: 2019-05-02
url: https://example.org/canyon-fight
language: en
---
In May 1879 Mexican troops under Col. Ramón Ortega caught a Comanche band in Cañada Honda.
By most accounts 41 Comanches were killed, most of them old men and boys.
Ortega lost about 9 men killed.
His soldiers buried their dead at the mouth of the canyon.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'canyon.md': ARTICLE }));
});

describe('which of two sides lost more, one sentence answering both', () => {
  it("gives each side's own figure and says which is larger", async () => {
    const a = await engine.ask("who lost more men that day, the comanches or ortega's soldiers?", {
      userId: 'u',
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('41');
    expect(a.text).toContain('about 9');
    expect(a.text).toMatch(/larger figure: comanches/i);
  });
});
