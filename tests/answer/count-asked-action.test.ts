import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { countedAction } from '../../src/answer/asked-action.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';
import type { Runtime } from '../../src/answer/create.ts';

const ARTICLE = `---
id: laredo-2005-police-suspended
title: Federal forces take over city police
outlet: Example Border Daily
published: 2005-06-14
url: https://example.org/police-suspended
language: en
---
Federal agents took over security in the city on Monday.
Under the plan, the municipal force of roughly 700 officers has been suspended while federal investigators check each officer's background and bank accounts.
Prosecutors have charged 120 migrants caught inside the restricted zone since April.
A curfew the mayor tried last year failed within weeks, and a smuggler arrested then was deported to Guatemala.
`;

/** The figure ranked first for the question's words counts one act; a figure further down, the asked one. */
const CHECKPOINT = `---
id: nogales-2019-checkpoint-migrants
title: Checkpoint south of Nogales stops hundreds of migrants
outlet: Example Border Daily
published: 2019-08-02
url: https://example.org/checkpoint-migrants
language: en
---
Soldiers at the new checkpoint south of Nogales stopped 300 migrants traveling north in buses and trucks this week.
Immigration agents later deported 40 of the migrants to Guatemala.
A Mexican Army truck with 12 soldiers in it drove north across the line on Tuesday.
`;

let engine: AnswerEngine;
let checkpoint: AnswerEngine;
let runtime: Runtime;

beforeAll(async () => {
  runtime = await shippedRuntime();
  const on = (article: string) =>
    new AnswerEngine({
      kb: buildKnowledge(
        [parseSource(new TextEncoder().encode(article), 'article.md')],
        createPipelineTools(runtime.knowledgeData, runtime.nlp),
      ),
      nlp: runtime.questionNlp,
      data: runtime.engineData,
      store: new Keyv(),
    });
  engine = on(ARTICLE);
  checkpoint = on(CHECKPOINT);
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a count answers only with a figure of the act the question asks about', () => {
  it('does not answer how many of the officers failed the checks with how many were suspended', async () => {
    expect(
      (await ask('How many of the suspended police officers failed the background checks?')).answered,
    ).toBe(false);
    expect((await ask('How many police officers were suspended?')).answered).toBe(true);
  });

  it('does not answer how many migrants were deported with how many were charged', async () => {
    expect((await ask('how many migrants have prosecutors deported from the zone')).answered).toBe(false);
    expect((await ask('how many migrants have prosecutors charged')).answered).toBe(true);
  });
});

describe('a count of an act answers with a figure further down that says it', () => {
  it('answers how many migrants were deported at the checkpoint with those deported, not those stopped', async () => {
    const answer = await checkpoint.ask(
      'how many migrants were deported at the new checkpoint south of Nogales?',
      {
        userId: 'deported',
      },
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('deported 40 of the migrants');
    expect(answer.text).not.toContain('300');
  });
});

describe('a count of an act said in a verb near in meaning', () => {
  it('answers how many soldiers came in the truck with those it says drove north in it', async () => {
    const answer = await checkpoint.ask('how many soldiers came in the army truck?', { userId: 'came' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('12 soldiers');
  });
});

describe('countedAction', () => {
  const read = (q: string) => ({ analysis: runtime.questionNlp.analyse(q) });
  const speech = new Set(['say', 'tell']);

  it('finds the verb said of the counted things, not one in a later clause', () => {
    expect(
      countedAction(read('how many troops were on the border before Newsom pulled them'), speech),
    ).toBeNull();
    expect(countedAction(read('how many migrants has the army detained in the zone'), speech)?.lemma).toBe(
      'detain',
    );
  });

  it('asks no act of a plan, a wish or words said', () => {
    expect(countedAction(read('how many troops were supposed to be home by Christmas'), speech)).toBeNull();
    expect(countedAction(read('how many troops did DHS want on the border'), speech)).toBeNull();
    expect(countedAction(read('how many miles did the judge say the deputies cover'), speech)).toBeNull();
  });

  it('reads a name the possessive follows as an owner, not as the act asked', () => {
    expect(
      countedAction(read("How many prisoners did Ford's men capture at Las Rucias?"), speech)?.lemma,
    ).toBe('capture');
  });
});
