/** A part of a two-part message that found nothing is asked again beside the other part's answer. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { besideAnswers } from '../../src/answer/part-beside.ts';
import type { Answer } from '../../src/answer/types.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await shippedRuntime();
});

const answer = (answered: boolean, confidence: number, sourceId: string, sentenceIds: string[]): Answer =>
  ({
    answered,
    confidence,
    citations: answered ? [{ sourceId }] : [],
    sentenceIds,
  }) as unknown as Answer;

describe('besideAnswers', () => {
  it('sends a part that found nothing to the article and sentences of the part answered with confidence', () => {
    const [first, second] = besideAnswers([answer(false, 0, '', []), answer(true, 1, 'resaca', ['s7'])]);
    expect(first?.sources).toEqual(['resaca']);
    expect([...(first?.sentences ?? [])]).toEqual(['s7']);
    expect(second).toBeNull();
  });

  it('asks nothing again beside an answer shown with little confidence', () => {
    expect(besideAnswers([answer(false, 0, '', []), answer(true, 0.52, 'wire', ['s1'])])).toEqual([
      null,
      null,
    ]);
  });
});

describe('a two-part message whose answers sit side by side in one report', () => {
  it('answers the first part from the sentence beside the second part’s answer (new-articles-42 dev a42-017)', async () => {
    const engine = await fixtureEngine(runtime, 'articles-42');
    const a = await engine.ask(
      'How many men did Taylor take into the fight at the Resaca de la Palma, and how many did the enemy have?',
      { userId: 'part-beside-1' },
    );
    const [first, second] = a.text.split('\n\n');
    expect(first).toContain('seventeen hundred');
    expect(second).toContain('four thousand');
  });
});
