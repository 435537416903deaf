import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

/** A radio transcript whose answer turn says its subject only in the host's question before it. */
const TRANSCRIPT = `---
id: kxyz-2024-patrol-transcript
title: "Transcript: the Patrol at 100"
outlet: KXYZ Radio
published: 2024-05-28
url: https://example.org/patrol-transcript
language: en
---
OCHOA: This is the afternoon show, I'm Delfina Ochoa, and with me is Dr. Harlan Pruett, who teaches history.

PRUETT: Thank you, Delfina.

OCHOA: What were the smugglers bringing across the river in those first years?

PRUETT: Mostly liquor.

OCHOA: And how were the agents paid?

PRUETT: Badly, by any measure. The salary was $1,680 a year.

OCHOA: Dr. Pruett, thank you.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const tools = createPipelineTools(runtime.knowledgeData, runtime.nlp);
  kb = buildKnowledge([parseSource(new TextEncoder().encode(TRANSCRIPT), 'transcript.md')], tools);
});

describe('answers in transcripts', () => {
  it('finds a short answer turn by the words of the question turn it answers', () => {
    const index = new KnowledgeIndex(kb);
    const terms = new Map(['smuggler', 'bring', 'river'].map((w) => [w, 1]));
    const ranked = rankSentences(index, terms).map((r) => r.sentence.text);
    expect(ranked.some((t) => t.includes('Mostly liquor.'))).toBe(true);
  });
});
