import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

/**
 * A raid told in one paragraph: the sentence that sets it up says what a question asks about, the next one
 * gives the figure in words of its own. A later paragraph gives another figure after a sentence sharing one
 * word of the question.
 */
const ARTICLE = `---
id: cuevas-1875-ranger-raid-retold
title: When the state police rode into Mexico
outlet: Example Valley Historian
published: 2024-11-19
url: https://example.org/cuevas-raid
language: en
---
In November 1875 a company of Texas state police crossed the Rio Grande before dawn to raid the ranch at Las Cuevas, where stolen cattle were said to be held. Capt. Leander McNelly had about 30 riders with him.
The raid failed, and the company waited on the Mexican bank for a day before it rode back.
Cattle thieves kept working the river for years. Ranchers counted 200 head lost that winter.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const tools = createPipelineTools(runtime.knowledgeData, runtime.nlp);
  index = new KnowledgeIndex(
    buildKnowledge([parseSource(new TextEncoder().encode(ARTICLE), 'cuevas.md')], tools),
  );
});

/** "How big was the party of state police that crossed the river to raid the ranch at Las Cuevas?" */
const TERMS = new Map(
  ['big', 'party', 'state', 'police', 'cross', 'river', 'raid', 'ranch', 'las', 'cuevas'].map((w) => [w, 1]),
);

describe('a figure given in the sentence right after the one a how-many question matches', () => {
  it('is found when the figure is asked for, right after the sentence it goes on from', () => {
    const ranked = rankSentences(index, TERMS, { follow: 'figure' }).map((r) => r.sentence.text);
    expect(ranked[0]).toContain('raid the ranch at Las Cuevas');
    expect(ranked[1]).toBe('Capt. Leander McNelly had about 30 riders with him.');
  });

  it('is not found when no figure is asked for', () => {
    const ranked = rankSentences(index, TERMS).map((r) => r.sentence.text);
    expect(ranked).not.toContain('Capt. Leander McNelly had about 30 riders with him.');
  });

  it('is not passed a score by a sentence that matches the question only weakly', () => {
    const ranked = rankSentences(index, TERMS, { follow: 'figure' }).map((r) => r.sentence.text);
    expect(ranked).not.toContain('Ranchers counted 200 head lost that winter.');
  });
});
