import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource, readSourceDir } from '../../src/knowledge/sources.ts';
import { REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: sanysidro-2018-port-closed
title: Port of entry closed for five hours
outlet: Example Examiner
published: 2018-11-26
url: https://example.org/port
language: en
---
Officials closed the port of entry at San Ysidro for five hours on Sunday after migrants rushed the fence.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    parseSource(new TextEncoder().encode(ARTICLE), 'port.md'),
  ];
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

describe('a question word the coverage uses as written', () => {
  it('stays that word when the tagger lemmatises it into another ("san" is not "sane")', async () => {
    expect(engine.read('how long was san ysidro closed').content).toContain('san');
    const a = await engine.ask('how long was san ysidro closed', { userId: 'a' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('five hours');
  });
});
