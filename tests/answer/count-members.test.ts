import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource, readSourceDir } from '../../src/knowledge/sources.ts';
import { REPO_ROOT, SOURCES_DIR } from '../../src/paths.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: valley-2019-guard-withdrawal
title: Governor withdraws Guard from the Sonora line
outlet: Example Valley News
published: 2019-02-12
url: https://example.org/guard-withdrawal
language: en
---
The governor of Sonora ordered the state's Guard off the Sonora line on Monday.
About 360 Guard members are now assigned to the Sonora line mission.
About 75 active-duty service members fly helicopters over the Yuma desert.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const sources = [
    ...(await readSourceDir(SOURCES_DIR, REPO_ROOT)),
    parseSource(new TextEncoder().encode(ARTICLE), 'guard.md'),
  ];
  const kb = buildKnowledge(sources, createPipelineTools(runtime.knowledgeData, runtime.nlp));
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

describe('members of a military body counted as troops', () => {
  it('answers "how many guard troops" with the Guard members the coverage counts', async () => {
    const a = await engine.ask('how many guard troops are on the sonora line mission', {
      userId: 'a',
    });
    expect(a.direct).toBe('About 360 Guard members');
  });

  it('answers "how many troops" with the members of a body the knowledge knows as military', async () => {
    const a = await engine.ask('how many troops are on the sonora line mission', { userId: 'd' });
    expect(a.direct).toBe('About 360 Guard members');
  });

  it('answers "how many troops" with service members, a compound of the troops’ synonyms', async () => {
    const a = await engine.ask('how many troops fly helicopters over the yuma desert', { userId: 'b' });
    expect(a.direct).toBe('About 75 active-duty service members');
  });

  it('does not take members of a body the question does not name for troops it qualifies', async () => {
    const a = await engine.ask('how many marine troops are on the sonora line mission', { userId: 'c' });
    expect(a.direct).not.toBe('About 360 Guard members');
  });
});
