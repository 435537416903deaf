import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: valley-2019-river-detentions
title: Troops detain migrants at the river
outlet: Example Valley News
published: 2019-06-25
url: https://example.org/river-detentions
language: en
---
Mexico has deployed some 15,000 troops to its northern border.
Donald Trump offered to send US troops into Mexico to fight the cartels, officials said.
The Pentagon also wanted to send special forces to work with Mexican troops.
About 2,000 US troops are already assisting at the border.
Mexican troops detained two women and a young girl near the river on Sunday, as migrants crossed north.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'river.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a count gives the figure of the asked thing and event, not a related one', () => {
  it('does not answer what someone offered with what another deployed', async () => {
    expect((await ask('how many soldiers did trump offer to send into mexico')).answered).toBe(false);
    expect((await ask('how many troops did mexico deploy to its northern border')).direct).toBe(
      'some 15,000 troops',
    );
  });

  it('does not answer a kind of troops the coverage tells apart with troops of another kind', async () => {
    expect((await ask('how many special forces did the pentagon want to send')).answered).toBe(false);
    expect((await ask('how many us troops are assisting at the border')).direct).toBe(
      'About 2,000 US troops',
    );
  });

  it('reads "how many migrants total" as a count of migrants', async () => {
    expect((await ask('how many migrants total did mexican troops detain')).answered).toBe(false);
    expect((await ask('how many women did mexican troops detain')).direct).toBe('two women');
  });
});
