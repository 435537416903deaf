import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import { checkAnswer, type EvalItem } from '../../src/eval/evaluate.ts';

const citation = {
  sourceId: 'senate-vote',
  outlet: 'El Heraldo',
  title: 'Senate approves the Guardia Nacional 127 to 0',
  published: '2019-02-21',
  url: null,
};

function answer(text: string): Answer {
  return {
    intent: 'count',
    answeredAs: 'count',
    answered: true,
    confidence: 1,
    direct: null,
    text,
    evidence: [],
    citations: [citation],
    quoteIds: [],
    sentenceIds: [],
    suggestions: [],
  };
}

function item(q: string): EvalItem {
  return { id: 'x', q, intent: 'count', expect: { all: [['127']] } };
}

describe('the evaluation checker', () => {
  it('does not count an answer right when only a cited link holds the expected words', () => {
    const shown = answer(
      'The Senate approved the reform on Thursday.\n-# El Heraldo, 21 Feb 2019 <https://example.org/senado-127-a-0>',
    );
    expect(checkAnswer(item('What was the vote count in the Senate?'), shown)).toEqual([
      'missing one of ["127"]',
    ]);
  });

  it('does not count an answer right when only the cited article’s headline holds the expected words', () => {
    const shown = answer('The Senate approved the reform on Thursday.');
    expect(checkAnswer(item('What was the vote count in the Senate?'), shown)).toEqual([
      'missing one of ["127"]',
    ]);
  });

  it('does not count an answer right when only its source line holds the expected words', () => {
    const who: EvalItem = {
      id: 'm',
      q: 'Who led the dragoon charge?',
      intent: 'who',
      expect: { all: [['May']] },
    };
    const shown = answer(
      '> The Resaca de la Palma lies across the road from Point Isabel.\n-# The Falls Register — News From the Rio Grande, 28 May 1846 <https://example.org/resaca>',
    );
    expect(checkAnswer(who, shown)).toEqual(['missing one of ["May"]']);
    const vote = answer(
      'The Senate approved the reform.\n-# El Heraldo — Senate approves the Guardia Nacional 127 to 0, 21 Feb 2019',
    );
    expect(checkAnswer(item('What was the vote count in the Senate?'), vote)).toEqual([
      'missing one of ["127"]',
    ]);
  });

  it('counts the date of a cited article for a question asking when', () => {
    const when: EvalItem = {
      id: 'w',
      q: 'When did El Heraldo report the vote?',
      intent: 'date',
      expect: { all: [['February 21, 2019']] },
    };
    const shown = answer(
      'The Senate approved the reform.\n-# El Heraldo, 21 Feb 2019 <https://example.org/senado>',
    );
    expect(checkAnswer(when, shown)).toEqual([]);
  });

  it('counts the headline when the question asks what the headline said', () => {
    const shown = answer('The Senate approved the reform on Thursday.');
    expect(checkAnswer(item('What did the headline say the vote was?'), shown)).toEqual([]);
  });

  it('counts the outlet of a cited article, which answers "who reported it"', () => {
    const shown = answer('The Senate approved the reform on Thursday.');
    const who: EvalItem = {
      id: 'y',
      q: 'Who reported the vote?',
      intent: 'who',
      expect: { all: [['Heraldo']] },
    };
    expect(checkAnswer(who, shown)).toEqual([]);
  });
  it('reads a month written short ("Aug. 18") as the same date the engine writes in full', () => {
    const when: EvalItem = {
      id: 'd',
      q: 'When did it start?',
      intent: 'date',
      expect: { all: [['Aug. 18']] },
    };
    expect(checkAnswer(when, answer('It started on Wednesday 18 August 1976.'))).toEqual([]);
    expect(checkAnswer(when, answer('It started on Wednesday 18 July 1976.'))).toEqual([
      'missing one of ["Aug. 18"]',
    ]);
  });

  it('finds a day the article writes without its month ("the 20th") in the resolved headline date only', () => {
    const when: EvalItem = {
      id: 'e',
      q: 'When did they march?',
      intent: 'date',
      expect: { all: [['the 20th']] },
    };
    const dated = (direct: string, text: string): Answer => ({ ...answer(text), direct });
    expect(checkAnswer(when, dated('Tuesday 20 September 1842', 'They marched.'))).toEqual([]);
    expect(checkAnswer(when, dated('Tuesday 2 September 1842', 'They marched.'))).toEqual([
      'missing one of ["the 20th"]',
    ]);
    // Another day of the 20th in the evidence is not the resolved date.
    expect(
      checkAnswer(when, dated('Monday 19 September 1842', 'They marched after the rains of 20 June.')),
    ).toEqual(['missing one of ["the 20th"]']);
  });
});
