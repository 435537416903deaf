/**
 * Words recounted inside a speaker's quotation, given to the one the speaker says spoke them: someone beside
 * the speaker ("A young trooper by me, a boy from Tennessee …, kept asking, '…?' I told him …"), and the
 * subject of a clause another verb of saying reports ("He said Sieber read it over and said, '…'").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1929-prospector
title: Fifty years since the canyon fight
outlet: Example Prospector
published: 1929-09-18
url: https://example.org/prospector
language: en
---
Isaiah Greer, who served as a sergeant in Company A of the Ninth Cavalry, came up from Hillsboro for the reunion.

"Captain Beyer put us in on foot. A young trooper by me, a boy from Tennessee who had been with us six weeks, kept asking, 'Sergeant, where are they? Where are they?' I told him to shoot at the smoke and keep his head down," Greer said.

Judson P. Mayhall, a civilian packer at Fort Apache, remembered the telegram that never reached Gen. George Crook. Al Sieber, the chief of scouts, was at the post that week.

"The operator at San Carlos told me about it years afterward," Mr. Mayhall said. "He said Sieber read it over and handed it back and said, 'It's nothing but a tizwin drunk. Don't pay any attention to it.' So the captain didn't send it on."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'prospector.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('words recounted inside a quotation', () => {
  it('gives a question to the trooper beside the speaker, not to the speaker who answers it', () => {
    expect(speakerOf('Sergeant, where are they?')).toBe('a young trooper by me');
  });

  it('gives the words to the one a reported clause says said them, not to the one reporting it', () => {
    expect(speakerOf("It's nothing but a tizwin drunk")).toBe('Al Sieber');
  });
});
