import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: desert-2025-troops-questions
title: Border troops, your questions answered
outlet: Example Desert Radio
published: 2025-04-23
url: https://example.org/troops-questions
language: en
---
Defense Secretary Pete Hegseth first visited the border in February.
On March 5, Hegseth returned with Vice President JD Vance to Eagle Pass, Texas, the scene of last year's standoff over Shelby Park.
"We will hold the line," said Maj. Gen. Carla Ruiz, who commands the troops in the sector.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'questions.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('what someone the coverage never quotes said on an occasion', () => {
  it('declines when the coverage reports the occasion but nothing said on it', async () => {
    const a = await ask('What did Hegseth tell reporters when he went to Eagle Pass with Vance?');
    expect(a.answered).toBe(false);
  });

  it('still reports what the coverage says of them on a topic', async () => {
    const a = await ask('What did Hegseth say about Eagle Pass?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Eagle Pass');
  });
});
