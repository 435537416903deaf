import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kmvr-2000-santa-teresa
title: Mexican soldiers cross near Santa Teresa
outlet: Example Radio
published: 2000-03-07
url: https://example.org/santa-teresa
language: en
---
Federal officials are asking the Mexican government for an explanation after a group of Mexican soldiers crossed the border west of El Paso and held two Border Patrol agents at gunpoint for about twenty minutes.

The soldiers drove back south once the agents' supervisor arrived. "It was an error of navigation in the desert," said Gen. Tomás Arellano Ruiz, the Mexican commander in Chihuahua.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(ARTICLE));
});

describe('"about what?" after an answer', () => {
  it('answers with the lede of the article the quotation came from', async () => {
    const first = await engine.ask('who said "an error of navigation"', { userId: 'a' });
    expect(first.answered).toBe(true);
    const a = await engine.ask('about what?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('held two Border Patrol agents at gunpoint');
  });

  it('leaves "what about the agents?" to be read as a question of its own', async () => {
    await engine.ask('who said "an error of navigation"', { userId: 'c' });
    const aboutWhat = await engine.ask('about what?', { userId: 'c' });
    await engine.ask('who said "an error of navigation"', { userId: 'b' });
    const a = await engine.ask('what about the agents?', { userId: 'b' });
    expect(a.intent).toBe('followup');
    // Not the reply to "about what?" (the lede and the sentence after it): an answer about the agents, if any.
    expect(a.text).not.toBe(aboutWhat.text);
    if (a.answered) expect(a.text).toContain('agents');
  });
});
