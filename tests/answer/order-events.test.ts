/**
 * "Which came first" with each side named by what someone did ("the Army clearing the soldiers' records"):
 * each side is asked when it happened as the clause it stands for, without the other side's words, and
 * the reply says which came first with the date of each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerPhrases } from '../../src/answer/compare-phrases.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import { eventAsQuestion } from '../../src/answer/side-event.ts';
import type { Runtime } from '../../src/answer/create.ts';
import { shippedRuntime, withArticles } from './setup.ts';

/** An obituary with a timeline: a record cleared one year, a payment voted the next. */
const STORY = `---
id: plainsherald-1981-ezra-whitlock-obituary
title: Ezra Whitlock, last of the Fort Quitman scouts, dies at 94
outlet: Example Plains Herald
published: 1981-02-11
url: https://example.org/whitlock-obituary
language: en
---
Ezra Whitlock, the last surviving scout of the company dismissed from Fort Quitman in 1911, died Monday at his home in Alpine. He was 94.

The scouts were dismissed without a hearing after a payroll went missing. Decades later a county historian, Lorna Keel, found the payroll receipts in a bank ledger. In March 1976 the Army reversed the dismissals and restored the scouts' good names.

Whitlock learned of it from a reporter. In November 1977 the Texas Legislature voted Whitlock a pension of $4,000.
`;

let runtime: Runtime;
let engine: AnswerEngine;

beforeAll(async () => {
  runtime = await shippedRuntime();
  ({ engine } = await withArticles(STORY));
});

describe('eventAsQuestion', () => {
  const asked = (side: string) =>
    eventAsQuestion(runtime.questionNlp.analyse(side), (t) => runtime.questionNlp.analyse(t));

  it('asks a side named by a noun phrase and an "-ing" verb when it happened', () => {
    expect(asked('the Army clearing the scouts’ records')).toBe(
      'when did the Army clear the scouts’ records',
    );
    expect(asked('the Matamoros camp forming')).toBe('when did the Matamoros camp form');
    expect(asked('the tent courts opening in Brownsville')).toBe(
      'when did the tent courts open in Brownsville',
    );
  });

  it('leaves a side named by a noun alone', () => {
    expect(asked('the killings at Porvenir')).toBeNull();
    expect(asked('the Guadalupe Canyon ambush')).toBeNull();
  });
});

describe('answerPhrases', () => {
  const dated = (date: string, direct: string, id: string): Draft => ({
    answeredAs: 'date',
    confidence: 0.9,
    direct,
    date,
    lead: null,
    evidence: [{ kind: 'sentence', id, sourceId: 's', text: id } as Draft['evidence'][number]],
    lines: [],
    focus: [],
  });

  it('says which came first with the date of each', () => {
    const draft = answerPhrases({ sides: ['the vote', 'the order'], order: true, offered: true }, (side) =>
      side === 'the vote' ? dated('1977-11', 'November 1977', 'a') : dated('1976-03', 'March 1976', 'b'),
    );
    expect(draft?.lead).toBe('First: the order (March 1976); then: the vote (November 1977).');
  });
});

describe('which came first, of two things someone did', () => {
  it('answers each side from its own sentence and sets them in order', async () => {
    const answer = await engine.ask(
      'Which came first, the Army restoring the Fort Quitman scouts’ good names or the Legislature voting Whitlock a pension?',
      { userId: 'order-events' },
    );
    expect(answer.text).toContain('March 1976');
    expect(answer.text).toContain('November 1977');
    expect(answer.text.indexOf('March 1976')).toBeLessThan(answer.text.indexOf('November 1977'));
  });
});
