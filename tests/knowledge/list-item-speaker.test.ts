/** A list item's bullet, which is layout, not a word of the name of the speaker the item opens with. */
import { beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  ({ kb } = await articlesAlone({ 'klxx-2023-union-strike-live.md': ARTICLE }));
});

describe("a list item's bullet", () => {
  it('is no part of the name of the speaker the item opens with', () => {
    const quote = kb.quotes.find((q) => q.text === 'heard gunshots');
    expect(quote?.speakerName).not.toMatch(/•/);
    expect(quote?.speakerName.toLowerCase()).toBe("mexico's defense ministry");
  });
});
