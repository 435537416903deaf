/**
 * Words recounted inside a letter or a reminiscence, given to the one set off before "who" ("one of his
 * sergeants, who said to me, '…'") and to one of a group named by a bare plural ("There were women at that
 * post …, and they sat up with me. One of them said, '…'"), not to the writer or a group named earlier.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, createPipelineTools, loadKnowledgeData } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

const ARTICLE = `---
id: example-1847-journal
title: Letters from the Pacific
outlet: Example Journal
published: 1847-03-11
url: https://example.org/journal
language: en
---
Ezra Pool, mate of the ship Vandalia, wrote to his brother of the surrender of Capt. Archibald Gillespie's garrison at the Pueblo.

"I went ashore with the boat and spoke with one of his sergeants, who said to me, 'We were fifty men holding a town of fifteen hundred, and every one of them a horseman.' He said that before they marched out they spiked the guns," Mr. Pool writes.

Mrs. Cordelia Ashby wrote of the night the news came. "I remember the Sunday very well because I had made a cake for the ball players. There were women at that post who had been through the Cibicu business four years before, and they sat up with me. One of them said, 'The first night is the worst, and the worst is that there is nothing to do.' I have thought of that many times since."
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  const data = await loadKnowledgeData(KNOWLEDGE_DIR);
  kb = buildKnowledge(
    [parseSource(new TextEncoder().encode(ARTICLE), 'journal.md')],
    createPipelineTools(data),
  );
});

const speakerOf = (start: string) => kb.quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('words recounted inside a letter', () => {
  it('gives them to the sergeant set off before "who", not to the letter writer', () => {
    expect(speakerOf('We were fifty men')).toBe('one of his sergeants');
  });

  it('gives them to one of the women the writer just spoke of, not to the ball players', () => {
    expect(speakerOf('The first night is the worst')).toBe('one of the women');
  });
});
