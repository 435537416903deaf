/** A "how many" question asking an act the coverage says by one it causes or entails ("killed", "died"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { saysTheRest } from '../../src/answer/entailed-count-act.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-1903-maple-creek-ranch-raid
title: Raiders strike Maple Creek ranch
outlet: Example Valley Herald
published: 1903-06-14
url: https://example.org/maple-creek-raid
language: en
---
Raiders strike Maple Creek ranch
Raiders struck the Maple Creek ranch at dawn on Friday, ranchers said.
Twelve men rode out, the men of the band.
Four men died in the fight at the corral, among them the band's leader, a rancher from the far side of the river.
The sheriff said thirty men joined the posse that followed the band south.
The posse rode for three days without catching the band.
Ranchers said the band crossed the river near a ford.
Two days later the band struck a store at Candelaria, where no one was hurt.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `count-entailed-act-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'raid.md': ARTICLE }));
}, 120_000);

describe('a count asked by an act the article says in a verb it causes or entails', () => {
  it('answers "how many were killed" with the figure of those who died', async () => {
    const a = await engine.ask('How many men were killed?', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Four men died');
  });

  it('does not give those who died for another place the article names', async () => {
    const a = await engine.ask("How many of the band's men were killed at Candelaria?", fresh());
    expect(a.text).not.toContain('Four men died');
  });

  it('does not give those who died for an act neither causes nor entails ("wounded")', async () => {
    const a = await engine.ask('How many men were wounded?', fresh());
    expect(a.text).not.toContain('Four men died');
  });
});

describe('a linked act stands in only where the rest of the question is said', () => {
  it('holds when the sentence covers every other word and name asked, or nothing else is asked', () => {
    expect(saysTheRest({ content: ['man', 'kill'], entities: [] }, 'kill', () => 1)).toBe(true);
    expect(saysTheRest({ content: ['kill'], entities: [] }, 'kill', () => 0)).toBe(true);
  });

  it('fails when a place or name asked is not said ("died at Rio Grande City" of another fight)', () => {
    const asked = { content: ['man', 'die', 'city'], entities: ['rio-grande'] };
    expect(saysTheRest(asked, 'die', () => 0.67)).toBe(false);
  });
});
