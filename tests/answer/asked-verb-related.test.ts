/** A verb the coverage never uses is answered by evidence that says it in a word near in meaning, and only then. */
import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: valle-2021-guard-surge
title: Governor sends Guard to the border
outlet: Example Border Daily
published: 2021-03-02
url: https://example.org/guard-surge
language: en
---
Governor Ana Ruiz sent 500 National Guard troops to the border on Monday.
The deployment came in response to a surge in crossings near the river crossing at Valle Verde.
Local ranchers welcomed the troops.
The governor's office did not immediately comment on the deployment.
Deputies detained 40 men at the county jail in Valle Verde on Wednesday.
A convoy of Guard trucks went by the Ortega family's orchard on Tuesday.
Protesters pelted the Guard trucks with stones near the plaza on Thursday.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'valle.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a verb the coverage never uses', () => {
  it('answers what prompted the deployment with the evidence that says what it came in response to', async () => {
    const answer = await ask('what prompted the deployment?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('in response to a surge in crossings');
  });

  it('declines who replaced the governor when nothing in the evidence is near replacing', async () => {
    expect((await ask('who replaced the governor?')).answered).toBe(false);
  });

  it('declines why the governor resigned when only an adverb of the evidence is near resigning', async () => {
    expect((await ask('why did the governor resign?')).answered).toBe(false);
  });

  it('answers how many men got locked up with those detained: a phrasal verb means more than its verb', async () => {
    const answer = await ask('how many men got locked up at the county jail in valle verde?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Deputies detained 40 men');
  });

  it('answers why the ranchers were so relieved: a participle graded by "so" is a state, not an act to report', async () => {
    const answer = await ask('why were the local ranchers so relieved about the troops?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Local ranchers welcomed the troops');
  });

  it('answers what the trucks rumbled past with what they went by: a verb with "past" means more than its verb', async () => {
    const answer = await ask('what did the guard trucks rumble past on tuesday?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("the Ortega family's orchard");
  });

  it('answers what protesters tossed at the trucks with what they pelted them with: a verb with "at" means more than its verb', async () => {
    const answer = await ask('what did the protesters toss at the guard trucks near the plaza?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('pelted the Guard trucks with stones');
  });

  it('answers who sided with the troops: a verb with "with" means more than its verb, as a phrasal verb does', async () => {
    const answer = await ask('which local ranchers sided with the troops?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Local ranchers welcomed the troops');
  });
});
