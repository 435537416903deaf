import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

/** An article about Operation Intercept, whose reason is given in a sentence that does not name it. */
const INTERCEPT = `---
id: wire-1969-operation-intercept
title: Operation Intercept slows the border to a crawl
outlet: Example Wire
published: 1969-09-23
url: https://example.org/intercept
language: en
---
Operation Intercept, the search of every car crossing from Mexico, entered its second week on Monday.
Officials said Operation Intercept would go on until Mexico agreed to act.
The aim was to push Mexico into destroying the marijuana crop in the fields of Sinaloa.
Lines at San Ysidro stretched for miles while Operation Intercept agents searched trunks.
`;

/** Another article that happens to share a word of the question in one sentence. */
const OTHER = `---
id: wire-2010-juarez-police
title: Federal police take over in Juarez
outlet: Example Wire
published: 2010-04-09
url: https://example.org/juarez
language: en
---
Federal police took over patrols in Juarez on Thursday.
The aim was to push the cartels out of the city center.
The army will stay at the edge of town.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const tools = createPipelineTools(runtime.knowledgeData, runtime.nlp);
  kb = buildKnowledge(
    [
      parseSource(new TextEncoder().encode(INTERCEPT), 'intercept.md'),
      parseSource(new TextEncoder().encode(OTHER), 'other.md'),
    ],
    tools,
  );
});

describe('sentences ranked with their article', () => {
  it('ranks the sentence of the article the question is about above an equal one of another article', () => {
    const index = new KnowledgeIndex(kb);
    const terms = new Map(['operation', 'intercept', 'aim', 'push'].map((w) => [w, 1]));
    const ranked = rankSentences(index, terms).map((r) => r.sentence.text);
    const own = ranked.indexOf(
      'The aim was to push Mexico into destroying the marijuana crop in the fields of Sinaloa.',
    );
    const other = ranked.indexOf('The aim was to push the cartels out of the city center.');
    expect(own).toBeGreaterThanOrEqual(0);
    expect(own).toBeLessThan(other);
  });

  it('leaves the ranking within one article to the sentences themselves', () => {
    const index = new KnowledgeIndex(kb);
    const terms = new Map(['federal', 'police', 'patrol'].map((w) => [w, 1]));
    expect(rankSentences(index, terms)[0]?.sentence.text).toBe(
      'Federal police took over patrols in Juarez on Thursday.',
    );
  });
});
