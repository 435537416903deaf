import { describe, expect, it } from 'vitest';
import { MAX_PARTS, planQuestion } from '../../src/answer/parts.ts';
import { joinAnswers } from '../../src/answer/join.ts';
import type { Answer } from '../../src/answer/types.ts';

describe('planQuestion', () => {
  it('keeps a short question whole', () => {
    expect(planQuestion('how many troops did mexico send?')).toEqual({
      parts: ['how many troops did mexico send?'],
      context: null,
    });
  });

  it('keeps a short lead naming what is compared before a colon in the question ("2018 vs 2025: how…")', () => {
    expect(planQuestion('2018 vs 2025: how did the US military presence change?')).toEqual({
      parts: ['2018 vs 2025: how did the US military presence change?'],
      context: null,
    });
    expect(planQuestion('quick question: how many troops did mexico send?').context).toBe('quick question');
  });

  it('joins a question asked twice of two people into one comparison ("what did she say and what did he say")', () => {
    expect(planQuestion('What did she say and what did he say?').parts).toEqual([
      'What did she and he each say?',
    ]);
    expect(
      planQuestion('what did the mayor say, and what did the colonel say about the fence?').parts,
    ).toEqual(['what did the mayor and the colonel each say about the fence?']);
    expect(
      planQuestion('What did Javier Loera say and what did Mariana Loera say about the army?').parts,
    ).toEqual(['What did Javier Loera and Mariana Loera each say about the army?']);
    expect(planQuestion('who led it and when did it end?').parts).toEqual(['who led it', 'when did it end?']);
  });

  it('joins one figure asked of two givers into one question ("…according to A, and how many according to B?")', () => {
    expect(
      planQuestion(
        'How many men did he have at Laredo according to the correspondent, and how many according to his brother Refugio?',
      ).parts,
    ).toEqual([
      'How many men did he have at Laredo according to the correspondent versus his brother Refugio?',
    ]);
    // A first question naming no giver, or asking another figure, stays two questions.
    expect(
      planQuestion('How many men did he have, and how many according to his brother?').parts,
    ).toHaveLength(2);
    expect(
      planQuestion('How much did it cost according to the city, and how many according to the state?').parts,
    ).toHaveLength(2);
  });

  it('joins a figure question whose second giver follows alone ("…according to A, and according to B?")', () => {
    expect(
      planQuestion(
        'How long did the shooting last according to the engineer, and according to the retired teacher?',
      ).parts,
    ).toEqual(['How long did the shooting last according to the engineer versus the retired teacher?']);
    // A question asking no figure is left as it is.
    expect(
      planQuestion('What happened at the ford according to the captain, and according to the herder?').parts,
    ).toEqual(['What happened at the ford according to the captain, and according to the herder?']);
  });

  it('splits a sentence where a second question clause begins', () => {
    expect(planQuestion('Who is the defence minister and did he say troops detain migrants?').parts).toEqual([
      'Who is the defence minister',
      'did he say troops detain migrants?',
    ]);
  });

  it('splits before a question word that follows a preposition ("and by when")', () => {
    expect(
      planQuestion(
        'How many Guard troops did Bush plan to send, and by when should the Border Patrol add more agents?',
      ).parts,
    ).toEqual([
      'How many Guard troops did Bush plan to send',
      'by when should the Border Patrol add more agents?',
    ]);
  });

  it('splits a question listed after a comma with no "and" ("Who announced this, when was it, and…")', () => {
    expect(
      planQuestion('Who actually announced this, when was it, and does the army get the border crossings?')
        .parts,
    ).toEqual(['Who actually announced this', 'when was it', 'does the army get the border crossings?']);
  });

  it('keeps a clause after a comma that only says when ("…, when he visited") with its question', () => {
    expect(planQuestion('What did Obama say about the troops, when he visited Texas?').parts).toHaveLength(1);
    expect(
      planQuestion('ok different thing, what did sheinbaum say about working together?').parts,
    ).toHaveLength(1);
  });

  it('reads a question that opens by setting the scene question first ("When…, how…?")', () => {
    expect(planQuestion('When the Pentagon moved the money in 2020, how did it justify that?').parts).toEqual(
      ['how did it justify that, When the Pentagon moved the money in 2020?'],
    );
  });

  it('does not split "the difference between X and what…" at the "and" that joins the two compared', () => {
    const q =
      "what's the difference between what Trump said Mexico agreed to and what AMLO said his troops would do?";
    expect(planQuestion(q).parts).toEqual([q]);
  });

  it('does not split an alternative offered with "or"', () => {
    expect(planQuestion('was it the army or was that the Guard?').parts).toHaveLength(1);
  });

  it('does not split off a fragment too short to be a question', () => {
    expect(planQuestion('who said it and when?').parts).toHaveLength(1);
  });

  it('keeps the question sentences of a long message and passes the rest on as context', () => {
    const plan = planQuestion(
      'My uncle keeps saying the army was sent to arrest migrants in 2018. I told him that is not what I read. How many troops were requested?',
    );
    expect(plan.parts).toEqual(['How many troops were requested?']);
    expect(plan.context).toContain('My uncle keeps saying');
  });

  it(`answers at most ${MAX_PARTS} parts and keeps the rest as context`, () => {
    const plan = planQuestion(
      'who sent troops and when did they go and why did they go and how many went there in all?',
    );
    expect(plan.parts).toHaveLength(MAX_PARTS);
    expect(plan.context).toContain('how many went there');
  });

  it('keeps a long question whole across an initialism or an initial ("the U.S. general", "George W. Bush")', () => {
    const question =
      "How does the Mexican finance official's description of the soldiers' role at customs compare with what the U.S. general said about the Marines' role at San Ysidro?";
    expect(planQuestion(question).parts).toEqual([question]);
    expect(
      planQuestion(
        'My uncle keeps saying the army was sent to the border. He is wrong I think. How many troops were requested by George W. Bush in all those years?',
      ).parts,
    ).toEqual(['How many troops were requested by George W. Bush in all those years?']);
  });
});

describe('joinAnswers', () => {
  const answer = (text: string, ids: string[]): Answer => ({
    intent: 'what',
    answeredAs: 'what',
    answered: true,
    confidence: 1,
    direct: null,
    text,
    evidence: ids.map((id) => ({
      kind: 'sentence',
      id,
      sourceId: 's',
      text: id,
      speaker: null,
      context: null,
      social: false,
    })),
    citations: [],
    quoteIds: [],
    sentenceIds: ids,
    suggestions: [],
  });

  it('shows evidence once: a later part that repeats it points back, in the question’s language', () => {
    const first = answer('**19 February**\n> Trump designated the cartels.\n-# Herald, 4 May 2025', ['a']);
    const second = answer('> Trump designated the cartels.\n-# Herald, 4 May 2025', ['a']);
    const joined = joinAnswers(['when did he', 'what did it do'], [first, second]);
    expect(joined.text.match(/Trump designated the cartels/g)).toHaveLength(1);
    expect(joined.text).toContain('(the evidence above answers this too)');
    expect(joined.evidence.map((e) => e.id)).toEqual(['a']);
    expect(joinAnswers(['¿cuándo?', '¿qué?'], [first, second], 'es').text).toContain(
      'la evidencia de arriba',
    );
  });

  it('keeps a later part’s own evidence and drops only what was shown', () => {
    const first = answer('> One.\n-# A', ['a']);
    const second = answer('> One.\n> Two.\n-# A', ['a', 'b']);
    const joined = joinAnswers(['q1', 'q2'], [first, second]);
    expect(joined.text.match(/> One\./g)).toHaveLength(1);
    expect(joined.text).toContain('> Two.');
    expect(joined.text).not.toContain('evidence above');
  });
});

describe('planQuestion, a question buried after the story in its own sentence', () => {
  it('asks only what follows the story in a long message ("…, so I\'m kind of confused, what did…?")', () => {
    const plan = planQuestion(
      'ok so my abuela always told us we are related to some Benavides from the revolution, and I found a transcript. ' +
        "I always thought all the Tejanos wanted independence, so I'm kind of confused, what did Plácido Benavides fight for?",
    );
    expect(plan.parts).toEqual(['what did Plácido Benavides fight for?']);
    expect(plan.context).toContain(
      "I always thought all the Tejanos wanted independence, so I'm kind of confused",
    );
  });

  it('does not answer the story told before a dash or a "but" as a question of its own', () => {
    const plan = planQuestion(
      "I live in Eagle Pass and my cousin keeps sending me stuff about that boss who got killed, and I can't keep track. " +
        'The Mexican army is always in the news down there, but was it actually the army that got him this time?',
    );
    expect(plan.parts).toEqual(['was it actually the army that got him this time?']);
  });

  it('keeps a short message whole, and a sentence that opens by asking', () => {
    expect(planQuestion('the texan guy from bastrop, why did he come down for it?').parts).toEqual([
      'the texan guy from bastrop, why did he come down for it?',
    ]);
    const asks =
      'My uncle served on the border in 2018 and keeps telling us stories about it at every dinner. ' +
      'What did the troops do there, and who sent them?';
    expect(planQuestion(asks).parts).toEqual(['What did the troops do there', 'who sent them?']);
  });
});
