import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const ARTICLE = `---
id: courts-2001-sensor-court-martial
title: Army sergeant convicted of selling sensor sites to smugglers
outlet: Example Courts Reporter
published: 2001-03-23
url: https://example.org/sensor-court-martial
language: en
---
Army sergeant convicted of selling sensor sites to smugglers
The Huachuca sergeant in the sensor leak case was convicted on Thursday of taking $18,500 from a smuggling ring.
The sergeant, Gerald Vickery, 41, was sentenced to eight years in prison.
His lawyer said he would appeal.
Related coverage:
· Huachuca sergeant charged in sensor leak case (Sept. 2000)
· Marines end observation posts after Redford shooting (July 1997)
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'sensor.md')],
    createPipelineTools(runtime.knowledgeData, runtime.nlp),
  );
});

describe('other stories listed under the report', () => {
  it('keeps the headlines listed under "Related coverage" as related, not as the report', () => {
    const kinds = kb.sentences.map((s) => [s.kind, s.text]);
    expect(kinds).toContainEqual(['related', '· Huachuca sergeant charged in sensor leak case (Sept. 2000)']);
    expect(kinds).toContainEqual([
      'report',
      'The sergeant, Gerald Vickery, 41, was sentenced to eight years in prison.',
    ]);
  });

  it("ranks the report's own sentence above a related headline that has the same words", () => {
    const index = new KnowledgeIndex(kb);
    const terms = new Map(['huachuca', 'sergeant', 'sensor', 'leak', 'case'].map((w) => [w, 1]));
    const ranked = rankSentences(index, terms).map((r) => r.sentence.kind);
    expect(ranked.indexOf('report')).toBeLessThan(ranked.indexOf('related'));
  });
});
