/**
 * A group's size asked ("how big was her task force?"): a figure of some of its members ("Two soldiers in her
 * task force have been isolated") is a part of it, and gives way to the figure of the whole. Real text: the
 * Harbor Line News Service's 2020 report on the border troops and the pandemic (tests/fixtures/articles-6,
 * dev question a6b-006).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countsRelative } from '../../src/answer/relative-figure.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: harborline-2020-border-troops-pandemic
title: Border troops change routines as the virus spreads
outlet: Harbor Line News Service
published: 2020-04-01
url: https://example.org/border-troops-pandemic
language: en
---
EL PASO, Texas — Soldiers watching the border from camera trucks now ride alone.

"We're running the same mission with half the people in each truck," said Col. Teresa Aldana, who commands a task force of about 700 soldiers working out of Fort Bliss. "It's slower, and it's the right call."

Crews now drive to camera sites in separate vehicles, and soldiers have their temperatures taken before every shift, Aldana said. Two soldiers in her task force have been isolated after developing symptoms, though neither had tested positive as of Wednesday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'harborline-2020-border-troops-pandemic.md': ARTICLE }));
}, 300_000);

describe('a figure of members of a group, asked the size of the group', () => {
  it("answers how big Aldana's task force was with its 700 soldiers, not the two isolated", async () => {
    const a = await engine.ask("How big was Aldana's task force?", { userId: 'size' });
    expect(a.direct).toContain('700');
  });

  it('reads "two soldiers in her task force" as a part of the task force, "700 soldiers" as none', () => {
    const part = { text: 'Two soldiers in her task force have been isolated.' };
    expect(countsRelative({ text: 'Two', counts: 'soldiers' }, part)).toBe(true);
    const whole = { text: 'He commands a task force of about 700 soldiers working out of Fort Bliss.' };
    expect(countsRelative({ text: 'about 700', counts: 'soldiers' }, whole)).toBe(false);
    const place = {
      text: 'The fighting lasted about three hours in the streets between the wharf and the barracks.',
    };
    expect(countsRelative({ text: 'about three', counts: 'hours' }, place)).toBe(false);
  });
});
