import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource, readSourceDir } from '../../src/knowledge/sources.ts';
import { REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: presidio-1999-settlement
title: Family of goat herder settles with the government
outlet: Example Courier
published: 1999-02-03
url: https://example.org/settlement
language: en
---
The federal government paid the family of a teenager killed by Marines $1.9 million on Tuesday.
Congress set aside $300 million for the soldiers on the border the same year.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    parseSource(new TextEncoder().encode(ARTICLE), 'settlement.md'),
  ];
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

describe('"how much" asked of a verb', () => {
  it('answers with the sum the evidence says was paid, though the verb takes a person', async () => {
    const a = await engine.ask('how much did the government pay the family', { userId: 'a' });
    expect(a.direct).toBe('$1.9 million');
  });

  it('does not answer with a sum the evidence gives for another verb', async () => {
    const a = await engine.ask('how much did congress lend the family', { userId: 'b' });
    expect(a.direct).toBeNull();
    expect(a.text).not.toContain('$300 million');
  });
});
