/**
 * A sentence opening on the paper's own person ("Our correspondent writes that …") brings them in: the "he"
 * that hands over the words after it is theirs, not the last man named (who only carried the letters).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1846-courier
title: From the Army of the West
outlet: Example Courier
published: 1846-09-26
url: https://example.org/courier
language: en
---
Mr. Daniel Whitsett, who left Santa Fe on the 25th ult. with the Government express, rode into this place on Wednesday evening last. He brings a packet of letters for the families of this county.

"There was never a war so easy begun nor a country so easy taken," Mr. Whitsett told us.

Our correspondent writes that the army left Bent's Fort on the Arkansas in the first days of August and crossed the mountains by the Raton Pass. "Our horses are living on hope and the men on half a pound of flour," he writes. "The volunteers grumble, as volunteers will, but they march."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'courier.md')],
    createPipelineTools(data),
  );
});

describe("the paper's own person opening a sentence", () => {
  it('gives \'"…," he writes\' after "Our correspondent writes that …" to our correspondent, not Mr. Whitsett', () => {
    for (const words of ['living on hope', 'volunteers grumble']) {
      const q = kb.quotes.find((x) => x.text.includes(words));
      expect(q?.speakerName.toLowerCase()).toBe('our correspondent');
    }
  });

  it("keeps Mr. Whitsett's own words his", () => {
    expect(kb.quotes.find((x) => x.text.includes('never a war'))?.speakerName).toBe('Daniel Whitsett');
  });
});
