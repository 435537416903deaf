import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

/**
 * Paragraphs that set the scene in one sentence and tell the fact in the next, which does not point back to
 * the first ("Agents found…", not "They found…").
 */
const ARTICLE = `---
id: mesaledger-2019-militia-leader-arrest
title: Militia leader held on federal gun charge
outlet: Example Mesa Ledger
published: 2019-04-21
url: https://example.org/militia-leader-arrest
language: en
---
The leader of a border militia group was arrested on Saturday in Sunland Park on a federal weapons charge.

The complaint says the charge grows out of a November 2017 search of his house in Flora Vista. Agents found nine guns, among them a shotgun, rifles and handguns.

`;

describe('the sentence a fact goes on from in its paragraph', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await articlesAlone({ 'article.md': ARTICLE }));
  });

  it('shows the sentence before the answer when it says what the answer leaves out of the question', async () => {
    const a = await engine.ask('what about the guns they found at his house?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('nine guns');
    expect(a.text).toContain('November 2017');
  });

  it('shows the answer alone when it says every word of the question itself', async () => {
    const a = await engine.ask('What did the agents find?', { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('nine guns');
    expect(a.text).not.toContain('November 2017');
  });
});
