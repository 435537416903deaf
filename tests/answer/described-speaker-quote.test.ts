/** A quote question about someone described, not named: their words, never a sentence of nobody's words. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: bayoucourier-1982-marker-ceremony
title: Crowd marks 150 years since the Brazoria cannon fight
outlet: Example Bayou Courier
published: 1982-06-27
url: https://example.org/marker-ceremony
language: en
---
Crowd marks 150 years since the Brazoria cannon fight
About forty people gathered at the granite marker on Saturday morning for a short ceremony.
The ceremony footage was recorded by the county museum for its archive.
Eleven-year-old Peter Lindqvist of Angleton came with his grandfather.
"I didn't know there was a battle here. I thought this was just where you go fishing," Lindqvist said.
Marguerite Dubois, a retired postmistress, has lived near the marker for fifty years.
"Nobody used to come out here at all," Dubois said.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `described-speaker-quote-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ceremony.md': ARTICLE }));
}, 120_000);

describe('a quote question about someone described by what they are', () => {
  it('answers "what did the kid at the ceremony say" with the words of the one its age makes a child', async () => {
    const a = await engine.ask('what did the kid at the marker ceremony say', fresh());
    expect(a.answered).toBe(true);
    expect(a.text).toContain('where you go fishing');
    expect(a.text).not.toContain('About forty people gathered');
  });

  it("declines rather than show a sentence of nobody's words when no one quoted is what it asks", async () => {
    const a = await engine.ask('what did the boy at the marker ceremony say', fresh());
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('About forty people gathered');
  });
});
