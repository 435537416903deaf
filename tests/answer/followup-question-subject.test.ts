import { beforeAll, describe, expect, it } from 'vitest';
import { questionSubject } from '../../src/answer/activity.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { withArticles } from './setup.ts';

/** Two kinds of soldiers: the ones already there are named as an entity, the ones asked about are not. */
const TWO_KINDS = `---
id: nogales-2024-reserve-soldiers
title: Army reserve soldiers ordered to Nogales
outlet: Example Tribune
published: 2024-04-02
url: https://example.org/nogales-reserve
language: en
---
The Pentagon approved a request on Tuesday for 300 reserve soldiers to go to the Nogales border crossing to help fight smuggling at the border.

About 400 National Guard soldiers are already fighting wildfires near the border under a state arrangement. They are mainly serving in a support role.

The reserve soldiers would mostly drive supply trucks and run field kitchens.

Federal law bars soldiers from arresting people unless Congress authorizes it.
`;

let engine: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  ({ engine, runtime } = await withArticles(TWO_KINDS));
});

describe('questionSubject', () => {
  const subject = (q: string) => {
    const found = questionSubject(runtime.questionNlp.analyse(q));
    return found ? [...found.heads] : null;
  };

  it('returns the subject of a why-question, whatever it asks of it', () => {
    expect(subject('why were the 2018 troops only gonna do support stuff')).toContain('troop');
    expect(subject('why did the marines leave the post')).toContain('marines');
  });

  it('returns null for a question with no auxiliary and subject after its question word', () => {
    expect(subject('who shot the smuggler?')).toBeNull();
    expect(subject('why?')).toBeNull();
    expect(subject('the soldiers were sent')).toBeNull();
  });
});

describe('a follow-up asking what "they" would do after a why-question', () => {
  it('answers with what the subject of the last question would do', async () => {
    await engine.ask('why were the reserve soldiers only going to do support work at nogales?', {
      userId: 'subject',
    });
    const a = await engine.ask('so what would they actually do', { userId: 'subject' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('supply trucks');
  });
});
