import Keyv from 'keyv';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/engine.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: valley-2002-sabino-pass-raid
title: A historian on the 1902 Sabino Pass raid
outlet: Example Valley News
published: 2002-03-10
url: https://example.org/sabino-pass-raid
language: en
---
A historian on the 1902 Sabino Pass raid

Before dawn on March 4, 1902, riders crossed the river at Sabino Pass and burned the customs post. A few weeks earlier, in February, a party of smugglers was raided at Coyote Pass by the same riders.

Mr. Tomás Alvarez, the keeper of the post, was born in 1870 in Laredo and lived there all his life.

In June 1905 the Army rebuilt the customs post and paid for its new roof.

• Dec. 1907: Congress votes $5,000 for the keeper of the post.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'sabino.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
  engine = new AnswerEngine({ kb, nlp: runtime.questionNlp, data: runtime.engineData, store: new Keyv() });
});

const ask = (q: string) => engine.ask(q, { userId: q });

describe('when an event happened, and which of two came first', () => {
  it('gives the day the article tells for an event its headline names only by year', async () => {
    const a = await ask('When was the Sabino Pass raid?');
    expect(a.text).toContain('March 4, 1902');
    expect(a.text).not.toContain('in February');
  });

  it('reads each side of "which came first" without the other side’s words, and shows each date', async () => {
    const a = await ask(
      'Which came first, the Army rebuilding the customs post or Congress voting Alvarez the money?',
    );
    expect(a.text).toContain('In June 1905 the Army rebuilt');
    expect(a.text).not.toContain('born in 1870');
    expect(a.text).toMatch(
      /First: the Army rebuilding the customs post \(June 1905\); then: Congress .*\(December 1907\)/,
    );
  });
});
