import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

// As in new-articles-4: the figure is of one city, and the article names another state well past its opening.
const TRUCE = `---
id: valley-2025-guard-reaches-city
title: First of 10,000 soldiers reach Juárez as truce begins
outlet: Example Valley News
published: 2025-02-05
url: https://example.org/guard-reaches-city
language: en
---
The first of 10,000 soldiers reached Juárez on Wednesday as a tariff truce began.

Officials said the deployment would run for thirty days.

The soldiers set up checkpoints on the highways leading north.

Trucks waited for hours at the bridges as inspections slowed.

Business owners said the delays cost them sales.

The mayor said the city welcomed the help.

Residents watched the convoys pass on the main avenue.

Some shops closed early on the first day.

The federal government did not say how long the troops would stay.

Other units were posted along the river in Tamaulipas and Coahuila, officials said, without giving numbers.
`;

const FERRY = `---
id: valley-2025-ferry-soldiers
title: Soldiers guard the ferry landing
outlet: Example Valley News
published: 2025-03-01
url: https://example.org/ferry-soldiers
language: en
---
OJINAGA, Chihuahua — Soldiers arrived at the river crossing on Saturday.

Vendors said business had been slow since the spring.

About 300 soldiers were in the first group, flown in by helicopter.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [TRUCE, FERRY].map((text, i) => parseSource(new TextEncoder().encode(text), `${i}.md`)),
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('a figure is of the place the question sends the act to', () => {
  it('declines a figure of another place than the one asked, named elsewhere in its article', async () => {
    const answer = await ask('how many soldiers went to tamaulipas?');
    expect(answer.answered).toBe(false);
  });

  it('answers with a figure whose article opens with the place in its dateline', async () => {
    const answer = await ask('how many soldiers were in the first group flown to ojinaga?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('300');
  });

  it('declines the Tamaulipas count from the Juárez headline (new-articles-4 dev a4-022)', async () => {
    const fixture = await fixtureEngine(await shippedRuntime(), 'articles-4');
    const answer = await fixture.ask('how many guardia nacional troops went to tamaulipas?', { userId: 't' });
    expect(answer.answered).toBe(false);
  });
});
