/**
 * A transcript that prints a remark as a newspaper does inside the speaker's own turn ('ROSA GUERRA, CAFE
 * OWNER: "…," she said.'): with no one else named in the turn before the words, "she" is the speaker the
 * label names, not the last woman the story named; the words after that take their speaker from it go with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const NEWSCAST = `---
id: xtv-2011-bridge-reopens-transcript
title: "Transcript: the bridge reopens"
outlet: XTV 4 — Newscast transcripts
published: 2011-03-14
language: en
---
TOM REYES, ANCHOR: Good evening. The international bridge reopened to cars this afternoon after six weeks of repairs. Mayor Linda Ocampo cut a ribbon at noon. Our Ana Duarte is at the bridge. Ana?

ANA DUARTE, REPORTER: Tom, the line of cars was already a mile long by one o'clock. The mayor called it a good day for the whole valley.

ROSA GUERRA, CAFE OWNER: "We lost half our customers when it closed," she said. "Today they came back for breakfast."

REYES: Ana, thank you.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xtv-2011-bridge-reopens-transcript.md': NEWSCAST })).kb;
}, 120_000);

describe("a pronoun handing over words in the speaker's own turn", () => {
  it('is the speaker the label names when the turn named no one before', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('We lost half our customers'));
    expect(quote?.speakerName).toBe('Rosa Guerra');
  });

  it('takes the words after it along', () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('Today they came back'));
    expect(quote?.speakerName).toBe('Rosa Guerra');
  });
});
