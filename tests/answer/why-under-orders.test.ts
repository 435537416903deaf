/**
 * "Why was the column sent?" is answered by what it was under orders to do: "left the fort … under orders to
 * arrest the medicine man" gives the reason, though the sentence says "left", not "sent".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { reasonsGiven, type ReasonWords } from '../../src/answer/given-reason.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
let words: ReasonWords;

beforeAll(async () => {
  runtime = await shippedRuntime();
  const wordnet = runtime.engineData.wordnet;
  words = {
    connectives: new RegExp(`\\b(${runtime.engineData.intents.causalMarkers.join('|')})\\b`, 'gi'),
    namesEvent: (lemma) => wordnet?.nounKindWords(lemma, 12).has('event') ?? false,
  };
});

const reasons = (text: string, askedAct: string) =>
  reasonsGiven(text, runtime.questionNlp.analyse(text).tokens, {
    ...words,
    askedAct: (l: string) => l === askedAct,
  }).map((at) => text.slice(at).split(' ')[0]);

describe('a reason given as what someone was under orders to do', () => {
  it('reads "under orders to arrest" as the reason, whatever the asked act', () => {
    expect(
      reasons(
        'Col. Reed left Fort Grant on May 2 with two troops of cavalry, under orders to arrest the chief.',
        'send',
      ),
    ).toEqual(['under']);
  });

  it('still takes no reason from a "to" a noun takes without "under"', () => {
    expect(reasons('The colonel left the fort with his plans to retire.', 'send')).toEqual([]);
  });
});
