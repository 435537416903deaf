import { beforeAll, describe, expect, it } from 'vitest';
import { quotationIntroduced } from '../../src/answer/following.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { articlesAlone } from './setup.ts';

/**
 * A closing camp: a sentence brings in the people who fed it and reports what they said in other words; their
 * own words come in the next sentence of the paragraph, where the question's words are not.
 */
const REPORT = `---
id: riverbend-2021-shelter-camp-closes-live
title: "Live: the last families leave the river camp"
outlet: Example Riverbend Radio
published: 2021-04-09
url: https://example.org/river-camp-closes
language: en
---
The last families left the river camp at Riverbend on Friday morning, crossing the bridge in small groups with their bags.

Farmers who brought vegetables to the camp every Saturday told our reporter they had come to know the children by name. "We are going to miss the little ones running after the truck," one of them said as the tents came down.

The city said the lot would be cleaned by the end of the month.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  index = new KnowledgeIndex((await articlesAlone({ 'camp.md': REPORT })).kb);
});

const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start))!;

describe('the quotation a sentence brings in, right after it', () => {
  it('is the next sentence of the paragraph, giving the words of those it introduces', () => {
    expect(quotationIntroduced(index, sentence('Farmers who brought'))?.text).toContain(
      'miss the little ones',
    );
  });

  it('is nothing after a sentence followed by no quotation', () => {
    expect(quotationIntroduced(index, sentence('The last families'))).toBeNull();
  });
});
