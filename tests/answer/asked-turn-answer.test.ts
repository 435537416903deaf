/**
 * An interview's answer turn that leaves its topic to the question before it ("KESSLER: how much did the
 * county spend on the new bridge?" then "DURÁN: Roughly $2.3 million…") is found by the question's words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { askedTurnTerms } from '../../src/answer/asked-turn-terms.ts';
import { KnowledgeIndex } from '../../src/answer/knowledge-index.ts';
import { rankSentences } from '../../src/answer/retrieval.ts';
import { buildKnowledge, createPipelineTools } from '../../src/knowledge/build.ts';
import type { Sentence } from '../../src/knowledge/schema.ts';
import { parseSource } from '../../src/knowledge/sources.ts';
import { shippedRuntime } from './setup.ts';

const TRANSCRIPT = `---
id: kvly-1988-sierra-blanca-bridge-transcript
title: "The river bridge at Sierra Blanca — Valley Hour"
outlet: KVLY Valley Hour, public radio transcript
published: 1988-04-12
url: https://example.org/valley-hour/1988/sierra-blanca-bridge
language: en
---
KESSLER: Welcome to the Valley Hour. Tonight we remember the old Army camp at Sierra Blanca and the bridge that replaced it.

KESSLER: Mr. Durán, how much did the county spend on the new bridge?

DURÁN: Roughly $2.3 million over three years, most of it from a state grant.

KESSLER: Did the camp close before the bridge opened?

DURÁN: It did, in the spring.

KESSLER: Mr. Durán, thank you.
`;

let index: KnowledgeIndex;

beforeAll(async () => {
  const runtime = await shippedRuntime();
  const tools = createPipelineTools(runtime.knowledgeData, runtime.nlp);
  index = new KnowledgeIndex(
    buildKnowledge([parseSource(new TextEncoder().encode(TRANSCRIPT), 'bridge.md')], tools),
  );
});

/** "How much did the county spend on the new bridge?" */
const TERMS = new Map(['county', 'spend', 'new', 'bridge'].map((w) => [w, 1]));

describe('answer turns found by the question asked before them', () => {
  it('finds the guest’s answer naming only the sum when asked what the county spent on the bridge', () => {
    const ranked = rankSentences(index, TERMS).map((r) => r.sentence.text);
    expect(ranked).toContain('DURÁN: Roughly $2.3 million over three years, most of it from a state grant.');
  });

  it('lends the answer no names, titles or question word, and nothing after a yes-or-no question', () => {
    const s = (paragraph: number, text: string, lemmas: string[]) => turnSentence(paragraph, 1, text, lemmas);
    const terms = askedTurnTerms([
      s(1, 'KESSLER: Did the county pay for the bridge?', ['kessler', 'county', 'pay', 'bridge']),
      s(2, 'DURÁN: It did, in the end.', ['durán', 'end']),
      s(3, 'KESSLER: Mr. Durán, how long did the work take?', [
        'kessler',
        'mr.',
        'how',
        'long',
        'work',
        'take',
      ]),
      s(4, 'DURÁN: Three years.', ['durán', 'three', 'year']),
    ]);
    expect(terms[1]).toEqual([]);
    expect(terms[3]).toEqual(['long', 'work', 'take']);
  });

  it('finds a two-part answer’s part by the words it says, lending the turn only the words it does not say', () => {
    const s = turnSentence;
    const terms = askedTurnTerms([
      s(1, 1, 'CAMINO REAL: How many men ended up prisoners, and how big were the two armies?', [
        'camino',
        'real',
        'how',
        'man',
        'end',
        'prisoner',
        'how',
        'big',
        'army',
      ]),
      s(2, 1, 'HISTORIAN: Taylor brought about 6,000 men against the city.', [
        'historian',
        'taylor',
        'bring',
        'man',
        'city',
      ]),
      s(2, 2, 'About 80 of them ended up prisoners of war.', ['80', 'end', 'prisoner', 'war']),
      s(2, 3, 'The city was taken.', ['city', 'take']),
    ]);
    expect(terms[1]).toEqual(['big', 'army']);
    expect(terms[2]).toEqual(['big', 'army']);
    expect(terms[3]).toEqual([]);
  });
});

/** A report sentence of article `x` as the knowledge file holds it, for askedTurnTerms. */
function turnSentence(paragraph: number, position: number, text: string, lemmas: string[]): Sentence {
  return {
    id: `x#${paragraph}.${position}`,
    sourceId: 'x',
    paragraph,
    position,
    kind: 'report',
    socialPostId: null,
    text,
    lemmas,
    nerEntities: [],
    mentions: [],
  };
}
