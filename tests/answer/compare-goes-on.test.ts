import { beforeAll, describe, expect, it } from 'vitest';
import { quotationGoingOn } from '../../src/answer/compare-lead-in.ts';
import { sentenceEvidence } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: prairieledger-1921-colonel-dies-at-post
title: "Col. Whitley dies suddenly at Fort Bliss"
outlet: Prairie Ledger (Emporia, Kansas)
published: 1921-03-02
url: https://www.prairieledger.example/1921/03/02/col-whitley-dies
language: en
---
EL PASO, Texas, March 1 — Col. Amos Whitley, who commanded the cavalry patrols on the border for three years, died suddenly last night at Fort Bliss.

"He was cheerful all through dinner and talked of going hunting on Sunday," said Capt. Roy Ames, one of his aides, who was with him.

Maj. Lewis Hart, the post surgeon, told the reporters that nothing could have been done. "It was over in a few minutes," Maj. Hart said. "The colonel had been told by his own doctor last winter to rest, and he never rested."

The colonel was 56 years old.
`;

let engine: AnswerEngine;
let index: KnowledgeIndex;
beforeAll(async () => {
  const built = await articlesAlone({ 'whitley.md': ARTICLE });
  engine = built.engine;
  index = new KnowledgeIndex(built.kb);
});

describe('quotationGoingOn', () => {
  it("gives the words a shown sentence's quotation goes on with, though the next quotation is listed with it", () => {
    const shown = index.sentences.find((s) => s.text.startsWith('"It was over in a few minutes,"'));
    expect(shown).toBeDefined();
    const more = quotationGoingOn(index, sentenceEvidence(shown!));
    expect(more?.text).toContain('told by his own doctor');
  });
});

describe("comparing what two people said of a third's health", () => {
  it("shows the words a side's quotation goes on with in the next sentence", async () => {
    const a = await engine.ask(
      "Capt. Ames and Maj. Hart give different pictures of Whitley's health before he died. What does each say?",
      { userId: 'goes-on-1' },
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('cheerful all through dinner');
    expect(a.text).toContain('told by his own doctor');
  });
});
