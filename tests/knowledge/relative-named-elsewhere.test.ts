/**
 * A relative whose words a speaker recounts ("My husband came in at dark and said, '…'") is the person the
 * article names by that relation elsewhere ("Mrs. Cordelia Ashby, of Miami, whose husband, the late Sergeant
 * George W. Ashby, was stationed at Fort Apache"), not left as "Cordelia Ashby's husband".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1925-miner
title: Forty years since the outbreak
outlet: Example Miner
published: 1925-05-14
url: https://example.org/miner
language: en
---
We received a letter from Mrs. Cordelia Ashby, of Miami, whose husband, the late Sergeant George W. Ashby, was stationed at Fort Apache in 1885. Mrs. Ashby writes:

"I was a bride of four months and had come out to the post that spring from Kansas. My husband came in at dark and said, 'Cordie, the Chiricahuas are out, and you are not to leave this house.' He took his carbine and was gone nine weeks."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'miner.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('a relative the article names by the relation', () => {
  it('gives the words "my husband" said to the husband the article names', () => {
    expect(speakerOf('Cordie, the Chiricahuas are out')).toBe('George W. Ashby');
  });
});
