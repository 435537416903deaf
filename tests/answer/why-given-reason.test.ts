import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { reasonsGiven, type ReasonWords } from '../../src/answer/given-reason.ts';
import { articlesAlone, shippedRuntime } from './setup.ts';

/** A post moved, the scene of the move told with "as" and "after", its reason told with "because". */
const ARTICLE = `---
id: riverwatch-1912-presidio-garrison-moved
title: "Garrison moved to the river at Presidio"
outlet: The River Watch (Marfa)
published: 1912-05-04
url: https://example.org/presidio-garrison-moved
language: en
---
The cavalry garrison of Presidio was moved down to the river crossing on Tuesday as the whole town watched from the bluff, and the troopers pitched their tents after dark.

Captain Hollis said the Army moved the troopers because rebel bands had been crossing at the ford every night.

The river was low for May, and the ford could be waded by a horse.
`;

let runtime: Runtime;
let engine: AnswerEngine;
let words: ReasonWords;

beforeAll(async () => {
  runtime = await shippedRuntime();
  ({ engine } = await articlesAlone({ 'riverwatch.md': ARTICLE }));
  const wordnet = runtime.engineData.wordnet;
  words = {
    connectives: new RegExp(`\\b(${runtime.engineData.intents.causalMarkers.join('|')})\\b`, 'gi'),
    namesEvent: (lemma) => wordnet?.nounKindWords(lemma, 12).has('event') ?? false,
  };
});

const reasons = (text: string, askedAct?: string) =>
  reasonsGiven(text, runtime.questionNlp.analyse(text).tokens, {
    ...words,
    ...(askedAct ? { askedAct: (l: string) => l === askedAct } : {}),
  }).map((at) => text.slice(at).split(' ')[0]);

describe('reasonsGiven', () => {
  it('does not take a comparing or timing "as" for a reason', () => {
    expect(reasons('They were put on the same legal list as the Islamic State.')).toEqual([]);
    expect(reasons('He went off at a gallop as soon as he saw the steeples.')).toEqual([]);
  });
  it('reads "since" as a reason only when it opens a clause outside a perfect', () => {
    expect(reasons('His family has run cattle there since 1938.')).toEqual([]);
    expect(reasons('She repeated a line she has used since the campaign.')).toEqual([]);
    expect(reasons('I think it the safer figure, since a great many carts went by night.')).toEqual([
      'since',
    ]);
  });
  it('reads "after" as a reason when it opens the event that led to the act, not a time', () => {
    expect(reasons('The troopers pitched their tents after dark.')).toEqual([]);
    expect(reasons("Soldiers take the streets after the police chief's murder.")).toEqual(['after']);
    expect(
      reasons('The Pentagon stopped ground missions after a Marine patrol shot and killed a young herder.'),
    ).toEqual(['after']);
  });
  it('reads "to" with a verb as a purpose after the asked act, not the "to" a verb takes', () => {
    expect(
      reasons(
        'The military created a small command in El Paso to help police fight drug smuggling.',
        'create',
      ),
    ).toEqual(['to']);
    expect(reasons('The Navy surged ships to the gulf to monitor the coast.', 'arrest')).toEqual([]);
    expect(reasons('He wanted to leave and was able to go.')).toEqual([]);
  });
});

describe('a why-question whose best-matching sentence only sets the scene with "as" and "after"', () => {
  it('answers with the sentence that gives the reason', async () => {
    const a = await engine.ask('Why was the garrison of Presidio moved to the river?', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('rebel bands');
  });
});
