/** A figure's article whose headline names the place asked about is of that place. */
import { describe, expect, it } from 'vitest';
import { draftOfAskedPlace } from '../../src/answer/asked-place.ts';
import type { Draft } from '../../src/answer/handlers.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';

/** An article of `count` plain sentences, one to a paragraph, naming no place; `title` is its headline. */
function article(title: string, count: number) {
  const sentences = Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `s${i}`,
        sourceId: 'a',
        paragraph: i,
        text: `Sentence ${i}.`,
        mentions: [],
      }) as unknown as Sentence,
  );
  const at = new Map(sentences.map((s, i) => [s.id, i]));
  return {
    sentences,
    sentenceIndex: at,
    articleStart: sentences.map(() => 0),
    sources: new Map([['a', { id: 'a', title }]]),
    sentence: (id: string) => sentences[at.get(id) ?? -1] ?? null,
    neighbour: (id: string, k: number) => sentences[(at.get(id) ?? -99) + k] ?? null,
    evidenceSentenceIds: (e: { id: string }) => [e.id],
  } as unknown as Parameters<typeof draftOfAskedPlace>[2];
}

const figureIn = (id: string) =>
  ({ answeredAs: 'count', evidence: [{ kind: 'sentence', id, sourceId: 'a' }] }) as unknown as Draft;
const resaca = [{ entityId: null, words: ['resaca', 'de', 'la', 'palma'] }];

describe('draftOfAskedPlace', () => {
  it('keeps a figure far into an article whose headline names the place asked', () => {
    const index = article('Arista Routed at the Resaca de la Palma', 12);
    expect(draftOfAskedPlace(figureIn('s10'), resaca, index)).toBe(true);
  });

  it('declines a figure far into an article that names the place asked nowhere near it', () => {
    const index = article('Second Victory on the Rio Grande', 12);
    expect(draftOfAskedPlace(figureIn('s10'), resaca, index)).toBe(false);
  });
});
