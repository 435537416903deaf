/**
 * A follow-up's draft read on in its story is measured again on what it now shows: the sentence that set the
 * scene did not say what was asked, the one read on from it does ("what did he buy for the shop?").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE, sentenceEvidence, type Context, type Draft } from '../../src/answer/handlers.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { emptyConversation } from '../../src/answer/memory.ts';
import { remeasured } from '../../src/answer/retry-drafts.ts';
import { QuestionReader } from '../../src/answer/understand.ts';
import { articlesAlone } from './setup.ts';

const OBITUARY = `---
id: courier-1977-willis-obituary
title: Dorsie Willis dies
outlet: Example Courier
published: 1977-08-27
url: https://example.org/willis
language: en
---
Mr. Willis received $25,000 from the Army in 1973.

A neighbor, Clarence Odom, said Mr. Willis never spent the money on himself. "He bought a new stand for the shop and sent the rest to a church in Texas," Mr. Odom said.
`;

let index: KnowledgeIndex;
let reader: QuestionReader;

beforeAll(async () => {
  const built = await articlesAlone({ 'willis.md': OBITUARY });
  index = new KnowledgeIndex(built.kb);
  reader = new QuestionReader(built.runtime.questionNlp, index, built.runtime.engineData);
}, 120_000);

const ctx = (): Context => ({
  index,
  reader,
  conversation: { ...emptyConversation(), lastSources: ['courier-1977-willis-obituary'] },
  followup: true,
  conversational: true,
  excludeShown: false,
});

/** A draft under the bar showing the sentences holding `texts`, in that order, with a headline. */
function draftOf(...texts: string[]): Draft {
  return {
    answeredAs: 'what',
    confidence: 0.3,
    direct: '$25,000',
    lead: null,
    evidence: texts.map((t) => sentenceEvidence(index.kb.sentences.find((s) => s.text.includes(t))!)),
    lines: [],
    focus: [],
  };
}

describe('remeasured', () => {
  it('gives a draft read on to the sentence saying the asked words their confidence, without its headline', () => {
    const u = reader.read('what did he buy for the shop?');
    const read = remeasured(draftOf('never spent the money', 'bought a new stand'), u, ctx());
    expect(read.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(read.direct).toBeNull();
  });

  it('leaves a draft whose sentences do not say the asked words under the bar', () => {
    const u = reader.read('what did he buy for the shop?');
    expect(remeasured(draftOf('never spent the money'), u, ctx()).confidence).toBeLessThan(MIN_CONFIDENCE);
  });
});
