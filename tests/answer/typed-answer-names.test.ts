import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

const DEPLOYMENT = `---
id: valley-2019-northern-deployment
title: Mexico sends troops north
outlet: Example Valley News
published: 2019-06-25
url: https://example.org/northern-deployment
language: en
---
Mexico has deployed some 15,000 troops to its northern border.
The soldiers set up checkpoints on the highways leading north.
`;

const TOWN = `---
id: valley-2019-ojinaga-market
title: Market day in a river town
outlet: Example Valley News
published: 2019-07-02
url: https://example.org/ojinaga-market
language: en
---
Residents of Ojinaga crowded the market on Saturday morning.
Vendors said business had been slow since the spring.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [DEPLOYMENT, TOWN].map((text, i) => parseSource(new TextEncoder().encode(text), `${i}.md`)),
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a date or figure comes from an article that says the place the question names', () => {
  it('declines when the only article that says the place gives no figure', async () => {
    const answer = await ask('how many troops has mexico deployed to ojinaga?');
    expect(answer.answered).toBe(false);
  });

  it('still answers a question that names no place', async () => {
    const answer = await ask('how many troops did mexico send to its northern border?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('15,000');
  });

  it('takes the figure from the article about the town asked of (new-articles-13 dev)', async () => {
    const fixture = await fixtureEngine(await shippedRuntime(), 'articles-13');
    const answer = await fixture.ask('how many soldiers did the army send to naco lol', { userId: 'naco' });
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('600');
    expect(answer.citations.map((c) => c.sourceId)).toContain('sonoranwire-1929-naco-bombs-fall-arizona');
  }, 60_000);
});
