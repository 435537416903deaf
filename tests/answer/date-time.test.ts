import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource, readSourceDir } from '../../src/knowledge/sources.ts';
import { REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: gazette-2018-otay-closure-live
title: "Live updates: Otay Mesa crossing shut as crowd rushes the fence"
outlet: Example Gazette
published: 2018-11-26
url: https://example.org/otay-live
language: en
---
The Otay Mesa crossing was closed for six hours on Sunday after a crowd rushed the fence.

On Monday, the port director defended the decision.

11:30 a.m. — Officers close the Otay Mesa crossing to all traffic.

2:15 p.m. — Officers fire pepper balls at the crowd near the Otay Mesa fence.

5:40 p.m. — Truck lanes at Otay Mesa resume processing.

How we got here:

Nov. 19 (Monday): Customs officers at Otay Mesa install concrete barriers across the pedestrian lanes.

Nov. 22 (Thursday): The Marines string razor wire along the Otay Mesa fence.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    parseSource(new TextEncoder().encode(ARTICLE), 'otay.md'),
  ];
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

describe('times of day', () => {
  it('answers "what time" with the clock time of a live blog entry and its day', async () => {
    const a = await engine.ask('what time did officers close the otay mesa crossing', { userId: 'a' });
    expect(a.direct).toBe('11:30 a.m., Sunday 25 November 2018');
  });

  it('dates a timeline entry by the date heading its line, not by the weekday in brackets', async () => {
    const a = await engine.ask('when did customs officers install concrete barriers at otay mesa', {
      userId: 'c',
    });
    expect(a.direct).toBe('Monday 19 November 2018');
  });

  it('answers when something started again with the entry that says it resumed', async () => {
    const a = await engine.ask('when did the otay mesa truck lanes start processing again', { userId: 'b' });
    expect(a.text).toContain('5:40 p.m.');
  });
});
