import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { quotationReportedIn, sayingLemmas } from '../../src/answer/said-content.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { withArticles } from './setup.ts';

/** An advocate reports a mother's question in two quotations; a shopkeeper speaks twice of the bridge. */
const STORY = `---
id: fronteralaw-2020-ruling-summary
title: Court turns away the family of a boy shot across the line
outlet: Example Frontera Law Review
published: 2020-02-26
url: https://example.org/ruling-summary
language: en
---
The Supreme Court ruled on Tuesday that the family of a 15-year-old boy shot from the U.S. side of the border could not sue the agent who fired.

Leticia Carbajal, who runs a human-rights clinic in Ciudad Juárez and has known the family since 2010, said Sergio's mother heard the news by phone. "She asked me one thing," Carbajal said. "She asked, 'Then where do I go?' I did not have an answer."

Hilda Morales, who sells candy near the bridge, said the crossing was quiet on Tuesday. "Nobody came to buy," Morales said. "The bridge was empty all afternoon."
`;

const SPEECH_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'write']);

let runtime: Runtime;
let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine, runtime } = await withArticles(STORY));
});

describe('quotationReportedIn', () => {
  const quoteWith = (index: KnowledgeIndex, words: string) => {
    const q = index.quotes.find((x) => x.text.includes(words));
    if (!q) throw new Error(`no quotation with ${words}`);
    return q;
  };

  it("follows a quotation that reports an asking to the speaker's next words", () => {
    const index = new KnowledgeIndex(kb);
    const q = quotationReportedIn(index, quoteWith(index, 'She asked me one thing'), SPEECH_VERBS);
    expect(q?.text).toContain('Then where do I go');
  });

  it('gives nothing for a quotation that reports no saying', () => {
    const index = new KnowledgeIndex(kb);
    expect(quotationReportedIn(index, quoteWith(index, 'Nobody came to buy'), SPEECH_VERBS)).toBeNull();
  });

  it('reads "what question did…" as asking words said', () => {
    const tokens = runtime.questionNlp.analyse(
      'What question did the grieving mother put to the advocate?',
    ).tokens;
    expect(sayingLemmas(tokens, SPEECH_VERBS)).toContain('question');
  });

  it('answers what the mother asked with the words the advocate reports', async () => {
    const a = await engine.ask('What question did the grieving mother put to the Juárez advocate?', {
      userId: 'a',
    });
    expect(a.text).toContain('Then where do I go');
  });
});
