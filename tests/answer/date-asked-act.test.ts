import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { datedActTest, phrasalActs, tellsOtherThing } from '../../src/answer/dated-act.ts';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { shippedRuntime } from './setup.ts';

/** Two dates in the sentence that says the asked act, and a sentence with more of the question's names. */
const ARTICLE = `---
id: fortdavis-1880-camp-surrounded
title: Mexican forces end the campaign
outlet: Example Frontier Courier
published: 1880-10-30
url: https://example.org/camp-surrounded
language: en
---
A courier from the Rio Grande brought word on Monday that Mexican forces under Col. Joaquín Terrazas surrounded his camp at the three rocky hills called Tres Castillos, in Chihuahua, on the evening of Oct. 14, and fought until the following morning.
"It is finished, and it was finished by the Mexican forces," said a lieutenant of the Tenth Cavalry, who rode in from the river camps on Tuesday.
The body of Victorio was carried to the city of Chihuahua.
`;

const nlp = new Nlp([]);
const stem = (w: string) => nlp.stem(w);
const plainLens = { synonymsOf: () => [] };
const sentence = {
  text: 'A courier brought word on Monday that Mexican forces surrounded his camp on the evening of Oct. 14.',
  lemmas: ['courier', 'bring', 'word', 'monday', 'mexican', 'force', 'surround', 'camp', 'evening', 'oct'],
};

describe('datedActTest', () => {
  it('gives the date in the clause that says the asked act, not the date of the news of it', () => {
    const test = datedActTest(['surround'], plainLens, stem);
    expect(test?.(sentence, 'Oct. 14')).toBe('dates-act');
    expect(test?.(sentence, 'Monday')).toBe('says-act');
  });

  it('does not date an act by a day said in the next sentence of a quotation read as one', () => {
    const quoted = {
      text: 'The men of Mier attacked the Texans in the streets. We pray today for all the dead.',
      lemmas: ['man', 'mier', 'attack', 'texan', 'street', 'pray', 'today', 'dead'],
    };
    const test = datedActTest(['attack'], plainLens, stem);
    expect(test?.(quoted, 'today')).toBe('no-act');
  });

  it('still reads an abbreviated title or month as no sentence end', () => {
    const titled = {
      text: 'On Sept. 21, 1846, Gen. Taylor attacked Monterrey.',
      lemmas: ['sept', '21', '1846', 'gen', 'taylor', 'attack', 'monterrey'],
    };
    expect(datedActTest(['attack'], plainLens, stem)?.(titled, 'Sept. 21, 1846')).toBe('dates-act');
  });

  it('tells a sentence that does not say the asked act', () => {
    const test = datedActTest(['surrender'], plainLens, stem);
    expect(test?.(sentence, 'Oct. 14')).toBe('no-act');
  });

  it('reads the act said by a synonym', () => {
    const lens = { synonymsOf: (l: string) => (l === 'encircle' ? ['surround'] : []) };
    expect(datedActTest(['encircle'], lens, stem)?.(sentence, 'Oct. 14')).toBe('dates-act');
  });

  it('tests nothing when the question asks no act', () => {
    expect(datedActTest([], plainLens, stem)).toBeNull();
  });

  it('finds a form of the act its stem does not tell by its lemma ("broke" for "break")', () => {
    const revolt = {
      text: 'Officials said on Friday that the revolt broke out on March 3.',
      lemmas: ['official', 'say', 'friday', 'revolt', 'break', 'march'],
    };
    const lookup = { acts: [], tokensOf: (text: string) => nlp.analyse(text).tokens };
    const test = datedActTest(['break'], plainLens, stem, lookup);
    expect(test?.(revolt, 'March 3')).toBe('dates-act');
    expect(test?.(revolt, 'Friday')).toBe('says-act');
  });

  it('reads a light verb and its particle as the act ("take over")', () => {
    const acts = phrasalActs(nlp.analyse('wen did texas take over shelby park').tokens);
    expect(acts).toEqual([{ verb: 'take', particle: 'over' }]);
    const entry = {
      text: 'Jan. 10 (Wednesday): The Texas Military Department and the Department of Public Safety take over the city park.',
      lemmas: [
        'jan',
        '10',
        'wednesday',
        'texas',
        'military',
        'department',
        'public',
        'safety',
        'city',
        'park',
      ],
    };
    const lookup = { acts, tokensOf: (text: string) => nlp.analyse(text).tokens };
    expect(datedActTest([], plainLens, stem, lookup)?.(entry, 'Jan. 10 (Wednesday)')).toBe('dates-act');
  });

  it('reads no phrasal act where the particle is a preposition of place', () => {
    expect(phrasalActs(nlp.analyse('when did the troops go to the border').tokens)).toEqual([]);
  });
});

describe('tellsOtherThing', () => {
  const seized = {
    text: 'Enrique Camarena Salazar, an agent of the Drug Enforcement Administration, was seized by armed men on Feb. 7 outside the U.S. consulate in Guadalajara.',
    lemmas: [
      'enrique',
      'camarena',
      'salazar',
      'agent',
      'drug',
      'enforcement',
      'administration',
      'seize',
      'arm',
      'man',
      'feb',
      '7',
      'consulate',
      'guadalajara',
    ],
  };
  const noOtherWords = { saidOtherwise: () => 0 };

  it('tells a date sentence that says none of the other words asked ("body" of "when was the body found")', () => {
    expect(tellsOtherThing(['body'], seized, stem, noOtherWords)).toBe(true);
  });

  it('does not fire when the sentence says another word asked, in any form ("agents")', () => {
    expect(tellsOtherThing(['body', 'agents'], seized, stem, noOtherWords)).toBe(false);
  });

  it('does not fire when the sentence says another word asked in other words', () => {
    const lens = { saidOtherwise: (w: string) => (w === 'kidnapper' ? 0.9 : 0) };
    expect(tellsOtherThing(['kidnapper'], seized, stem, lens)).toBe(false);
  });

  it('does not fire when the question has no words beside its act', () => {
    expect(tellsOtherThing([], seized, stem, noOtherWords)).toBe(false);
  });
});

describe('a date answers with the date of the act the question asks about', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    const runtime = await shippedRuntime();
    engine = new AnswerEngine({
      kb: buildKnowledge(
        [parseSource(new TextEncoder().encode(ARTICLE), 'article.md')],
        createPipelineTools(runtime.knowledgeData, runtime.nlp),
      ),
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
  });

  it('dates the surrounding of the camp by the day it happened', async () => {
    const a = await engine.ask('When did the Mexican forces surround his camp?', { userId: 'a' });
    expect(a.direct).toContain('14 October 1880');
  });

  it('declines a date of another act when no sentence says the act asked nor its other words', async () => {
    const a = await engine.ask('When was the body of Victorio found?', { userId: 'c' });
    expect(a.answered).toBe(false);
  });

  it('still gives a date of a sentence that says another word asked, when none says the act', async () => {
    const a = await engine.ask('When was the lieutenant found?', { userId: 'd' });
    expect(a.answered).toBe(true);
  });

  it('still dates the news by the day it came', async () => {
    const a = await engine.ask('When did the courier bring word from the Rio Grande?', { userId: 'b' });
    expect(a.direct).toContain('October 1880');
    expect(a.direct).not.toContain('14 October');
  });
});
