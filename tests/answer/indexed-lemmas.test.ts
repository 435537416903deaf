/** A question's word that the coverage uses only in another form ("killed") retrieves the sentences indexed under its lemma. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1882-creek-fight
title: Troops meet a raiding band at the creek
outlet: Example Valley Herald
published: 1882-05-02
url: https://example.org/creek-fight
language: en
---
Troops meet a raiding band at the creek
Mexican infantry under Col. Lorenzo García met the band in the dry creek bed at dawn on Friday.
The fight lasted most of the morning, and the soldiers held the mouth of the creek.
Seventy-eight Apaches were killed, most of them women and children, officers said.
The colonel reported that 33 prisoners were taken to Chihuahua.
The town council praised the troops at its meeting on Monday.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await articlesAlone({ 'creek.md': ARTICLE }));
}, 120_000);

describe('retrieval words the coverage writes in another form', () => {
  it('answers "what was the death toll" from the sentence saying how many "were killed"', async () => {
    const answer = await engine.ask('What was the death toll among the band?', {
      userId: 'indexed-lemmas-1',
    });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Seventy-eight Apaches were killed');
  });

  it('retrieves by "kill" when the word nearest in meaning the coverage writes is "killed"', () => {
    const read = engine.read('What was the death toll among the band?');
    expect(read.terms.get('killed')).toBeGreaterThan(0);
    expect(read.terms.get('kill')).toBe(read.terms.get('killed'));
  });

  it('reads irregular forms by the lemmatiser the knowledge was built with, and not "seeker" as "seek"', () => {
    const held = new Set(['run', 'man', 'kill', 'seek']);
    const lemmas = (w: string) => runtime.questionNlp.lemmasHeld(w, (l) => held.has(l));
    expect(lemmas('ran')).toEqual(['run']);
    expect(lemmas('men')).toEqual(['man']);
    expect(lemmas('killed')).toEqual(['kill']);
    expect(lemmas('seeker')).toEqual([]);
  });
});
