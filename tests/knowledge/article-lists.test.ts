/**
 * An article's per-paragraph and per-sentence lists (a paragraph's sentences and entities, a sentence's
 * quotation spans, mentions and named mentions) are kept in lists of their own length (src/nlp/exact-size.ts):
 * what the annotator reads from them, and what its later passes add to them, is as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
}, 120_000);

const BODY = [
  'Maria Lopez, a rancher near Del Rio, said: "The soldiers came at night." She had not seen them before.',
  '"We were afraid," Lopez said. "We stayed inside," she added.',
  'ANNOUNCER: We go on.',
  'HOST BRANNIGAN: Yes. He said it.',
].join('\n\n');

describe("an article's sentences as the annotator leaves them", () => {
  it("gives each sentence the quotations that open in it, and no other sentence's", () => {
    const article = annotateText(tools, BODY);
    expect(article.sentences.map((s) => s.quoteSpans.length)).toEqual([1, 0, 1, 1, 0, 0, 0]);
    expect(article.quotes.map((q) => q.text)).toEqual([
      'The soldiers came at night.',
      'We were afraid',
      'We stayed inside',
    ]);
  });

  it('names the rancher in the sentences that name her, by name and by pronoun', () => {
    const article = annotateText(tools, BODY);
    const lopez = article.people.find((p) => p.name === 'Maria Lopez');
    expect(lopez).toBeDefined();
    const naming = article.sentences.filter((s) => s.mentions.some((m) => m.entityId === lopez?.id));
    expect(naming.map((s) => s.text.slice(0, 12))).toEqual([
      'Maria Lopez,',
      'She had not ',
      '"We were afr',
      '"We stayed i',
    ]);
    const first = article.sentences[0];
    const byName = first?.mentions.find((m) => m.entityId === lopez?.id && m.via !== 'pronoun');
    expect(byName && first?.named.at(byName.token)).toBe(byName);
  });

  it('quotes the rancher for each of her quotations, and no one for the lines of a two-line exchange', () => {
    const article = annotateText(tools, BODY);
    expect(article.quotes.map((q) => q.speakerName)).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
    expect(article.sentences.slice(4).every((s) => s.mentions.length === 0)).toBe(true);
  });

  it('keeps every quotation of a sentence of twenty, and every sentence of a paragraph of forty', () => {
    const quoted = annotateText(
      tools,
      Array.from({ length: 20 }, (_, i) => `"Word ${i}," `).join('') + 'Maria Lopez said.',
    );
    expect(quoted.sentences.map((s) => s.quoteSpans.length)).toEqual([20]);
    expect(quoted.quotes).toHaveLength(20);
    const long = annotateText(
      tools,
      Array.from({ length: 20 }, (_, i) => `Sgt. Tom Baker${i} spoke. "Go ${i}," he said.`).join(' '),
    );
    expect(long.sentences).toHaveLength(40);
    expect(long.quotes).toHaveLength(20);
  });
});
