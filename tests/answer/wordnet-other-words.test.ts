import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

const ARTICLE = `---
id: kdsn-1999-foot-patrols-ended
title: Army ends armed foot patrols on the border
outlet: Example 11 News
published: 1999-03-02
url: https://example.org/foot-patrols
language: en
---
The Army stopped sending armed soldiers on foot patrols along the border in 1997 after a Marine patrol shot a teenage goat herder near Redford.
In a raid on the camp in 1880, 78 Apaches were killed by the cavalry.
`;

let engine: AnswerEngine;
let vectorsOnly: AnswerEngine;

beforeAll(async () => {
  const { kb, runtime, engine: e } = await withArticles(ARTICLE);
  engine = e;
  vectorsOnly = new AnswerEngine({
    kb,
    nlp: runtime.questionNlp,
    data: { ...runtime.engineData, wordnet: null },
    store: new Keyv(),
  });
});

describe('a question word WordNet says the evidence puts in other words', () => {
  it('is answered when the evidence names the same act ("quit" sending: "stopped" sending)', async () => {
    const q = 'Why did the Army quit sending armed soldiers on foot patrols along the border?';
    const a = await engine.ask(q, { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('goat herder');
    expect((await vectorsOnly.ask(q, { userId: 'a' })).answered).toBe(false);
  });

  it('is answered when the evidence names the act that causes it ("died": "were killed")', async () => {
    const q = 'How many Apaches died in the raid on the camp in 1880?';
    const a = await engine.ask(q, { userId: 'b' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('78');
    expect((await vectorsOnly.ask(q, { userId: 'b' })).text).not.toContain('78');
  });

  it('is not answered by an act WordNet does not link to the one said ("were born": "were killed")', async () => {
    const a = await engine.ask('How many Apaches were born in the camp in 1880?', { userId: 'c' });
    expect(a.text).not.toContain('78');
  });
});
