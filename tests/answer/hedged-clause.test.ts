import { describe, expect, it } from 'vitest';
import { planQuestion } from '../../src/answer/parts.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';

const nlp = new Nlp([]);
const plan = (text: string) => planQuestion(text, (t) => nlp.analyse(t)).parts;

describe('planQuestion with a hedge before the second question word', () => {
  it('splits off a count asked "about how many" after a first question', () => {
    expect(plan('When did the parade start, and about how many soldiers marched in it?')).toEqual([
      'When did the parade start',
      'how many soldiers marched in it?',
    ]);
    expect(plan('Who paid for the fence and roughly how much did it cost?')).toEqual([
      'Who paid for the fence',
      'how much did it cost?',
    ]);
  });

  it('splits off a second question opened by an adverb ("and then when", "and also who")', () => {
    expect(plan('Where did the marines camp and then when did they go home?')).toEqual([
      'Where did the marines camp',
      'when did they go home?',
    ]);
    expect(plan('Who signed the order and also who carried it out?')).toEqual([
      'Who signed the order',
      'who carried it out?',
    ]);
  });

  it('splits off a "why" asked only "if so"', () => {
    expect(plan('Did the mayor protest, and, if so, why did she protest?')).toEqual([
      'Did the mayor protest',
      'why did she protest?',
    ]);
  });

  it('keeps one question about two topics whole ("about the war and about who built the wall")', () => {
    expect(plan('what did they say about the war and about the wall?')).toEqual([
      'what did they say about the war and about the wall?',
    ]);
    expect(plan('what did the senator say about the war and about who built the wall?')).toHaveLength(1);
  });

  it('keeps "about how" and "about when" opening a clause as a topic ("and about how Mexico would respond")', () => {
    expect(plan('What did Sheinbaum say about the tariffs and about how Mexico would respond?')).toHaveLength(
      1,
    );
    expect(plan('What did the mayor say about the flood and about when the dam was built?')).toHaveLength(1);
  });
});
