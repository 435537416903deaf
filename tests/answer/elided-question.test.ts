import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { withQuestionAskedAgain } from '../../src/answer/elided-question.ts';
import { joinedParallel } from '../../src/answer/parallel-question.ts';
import { planQuestion } from '../../src/answer/parts.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;
const spelled = (text: string) => withQuestionAskedAgain(text, (t) => runtime.questionNlp.analyse(t));

beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('withQuestionAskedAgain', () => {
  it('spells out a question asked again of someone else ("…? And McCain?")', () => {
    expect(spelled('What did Brewer say about the troops? And McCain?')).toBe(
      'What did Brewer say about the troops and what did McCain say about the troops?',
    );
  });

  it("swaps the year with the subject ('…in 2006? and obama in 2010?')", () => {
    const text = spelled('how many troops did bush send in 2006? and obama in 2010?');
    expect(planQuestion(text).parts).toEqual([
      'how many troops did bush send in 2006',
      'how many troops did obama send in 2010?',
    ]);
  });

  it('asks a thing named after a question about a named subject as another topic, not another subject', () => {
    expect(spelled('What did Trump say about the wall? And the troops?')).toBe(
      'What did Trump say about the wall? And the troops?',
    );
    expect(spelled('What did the mayor say about the wire? And the colonel?')).toBe(
      'What did the mayor say about the wire and what did the colonel say about the wire?',
    );
  });

  it('leaves a second question of its own, or a word of surprise, as it is', () => {
    expect(spelled('Who sent the troops? And why?')).toBe('Who sent the troops? And why?');
    expect(spelled('What did the mayor say? Really?')).toBe('What did the mayor say? Really?');
    expect(spelled('Who sent the troops? How many were there?')).toBe(
      'Who sent the troops? How many were there?',
    );
  });
});

describe('joinedParallel', () => {
  it('asks of both what the second clause leaves out after the verb ("…, and what did Gen. Trevilla say?")', () => {
    expect(
      joinedParallel('What did García Harfuch say about the Sinaloa labs,', 'what did Gen. Trevilla say?'),
    ).toBe('What did García Harfuch and Gen. Trevilla each say about the Sinaloa labs');
  });

  it('keeps two questions with different verbs apart', () => {
    expect(joinedParallel('what did trump say about the troops', 'what did he do?')).toBeNull();
    expect(planQuestion('When did the Guard arrive in Texas and when did it leave?').parts).toEqual([
      'When did the Guard arrive in Texas',
      'when did it leave?',
    ]);
  });
});
