/**
 * A person's account is a document of theirs, as their letter or report is: words quoted in a sentence that
 * goes "By the Captain's account the column will number '…'" are the Captain's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const REESE = `---
id: xclarion-1846-captain-account
title: "The march upon Monterey"
outlet: X Clarion
published: 1846-09-24
language: en
---
The third letter, from Capt. Harmon Reese, who commands the Fairfield company, was written on the 26th ult.

By the Captain's account the moving column will number "about six thousand men, half of them regulars," and will go by way of Seralvo.
`;

let kb: KnowledgeBase;

beforeAll(async () => {
  kb = (await articlesAlone({ 'xclarion-1846-captain-account.md': REESE })).kb;
}, 120_000);

describe('ownsDocumentAt', () => {
  it('attributes words quoted after "by the Captain\'s account" to the captain', () => {
    expect(kb.quotes.find((q) => q.text.startsWith('about six thousand'))?.speakerName).toBe('Harmon Reese');
  });
});
