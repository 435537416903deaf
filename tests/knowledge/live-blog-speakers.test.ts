/**
 * A live blog's speakers read as its writer means them: words wink-nlp respells in its normal form ("vice" →
 * "vise"), offices named with a title word before them ("vice president"), and a list item's bullet, which is
 * layout, not a word of the name of the speaker the item opens with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const ARTICLE = `---
id: klxx-2023-union-strike-live
title: "LIVE: Union rejects the port deal"
outlet: KLXX News
published: 2023-03-01
language: en
---
Dock workers walked off the job at the port of Laredo on Tuesday, union officials said.

• Mexico's defense ministry said Tuesday night that the soldiers "heard gunshots" near the docks.

Maria Kowalski, vice president of the union, said the workers "will not accept this deal."
`;

let kb: KnowledgeBase;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ kb, engine } = await articlesAlone({ 'klxx-2023-union-strike-live.md': ARTICLE }));
});

describe('an office wink respells ("vice" → "vise")', () => {
  it('describes a person as the "vice president of the union" the article calls her', () => {
    const person = kb.entities.find((e) => e.name === 'Maria Kowalski');
    expect(person?.description).toBe('vice president of the union');
  });

  it("attributes a vice president's words to her, not to the president the entity data knows", () => {
    const quote = kb.quotes.find((q) => q.text.startsWith('will not accept'));
    expect(quote?.speakerName).toBe('Maria Kowalski');
  });

  it('reads a question\'s "vice president" as another office than the president\'s', () => {
    const read = engine.read('What did the vice president of the union say?');
    expect(read.entities).not.toContain('andres-manuel-lopez-obrador');
  });
});

describe("a list item's bullet", () => {
  it('is no part of the name of the speaker the item opens with', () => {
    const quote = kb.quotes.find((q) => q.text === 'heard gunshots');
    expect(quote?.speakerName).not.toMatch(/•/);
    expect(quote?.speakerName.toLowerCase()).toBe("mexico's defense ministry");
  });
});
