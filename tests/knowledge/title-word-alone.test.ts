/**
 * "Deputy Sheriff W. T. Pruett … '…,' the deputy said": a person noun of a title before its head names the
 * one holder of that title when the article met no one who holds it as a head, and never when it did.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { articlesAlone } from '../answer/setup.ts';

const head = (id: string) => `---
id: ${id}
title: Example
outlet: Example Gazette
published: 1883-03-31
url: https://example.org/${id}
language: en
---
`;

const ALONE = `${head('example-1883-deputy')}The bodies were brought in on Friday.

Deputy Sheriff W. T. Pruett, of Grant County, who went out on Thursday with a party of citizens, brought in the bodies. He told us the trail led off to the southwest. "We followed it as far as we dared with eleven men," the deputy said.
`;

const HELD = `${head('example-1883-deputies')}The bodies were brought in on Friday.

Deputy Sheriff W. T. Pruett, of Grant County, went out on Thursday. A deputy at the jail, who would not give his name, saw the party go. "They will not come back before Sunday," the deputy said.
`;

let alone: KnowledgeBase;
let held: KnowledgeBase;

beforeAll(async () => {
  ({ kb: alone } = await articlesAlone({ 'deputy.md': ALONE }));
  ({ kb: held } = await articlesAlone({ 'deputies.md': HELD }));
}, 120_000);

describe('a word of a title before its head, said alone', () => {
  it('credits "the deputy said" to the Deputy Sheriff the article named', () => {
    const quote = alone.quotes.find((q) => q.text.includes('as far as we dared'));
    expect(quote?.speakerName).toBe('W. T. Pruett');
  });

  it('leaves "the deputy said" to a deputy the article described as one', () => {
    const quote = held.quotes.find((q) => q.text.includes('before Sunday'));
    expect(quote?.speakerName).not.toBe('W. T. Pruett');
  });
});
