import { beforeAll, describe, expect, it } from 'vitest';
import { bestArticle, withArticleReach, type ArticleWords } from '../../src/answer/article-reach.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

/** Two articles by source position, each a BM25 score per term and a vocabulary. */
function articles(
  scores: ReadonlyArray<Readonly<Record<string, number>>>,
  vocabularies: ReadonlyArray<readonly string[]>,
  synonyms: Readonly<Record<string, readonly string[]>> = {},
): ArticleWords {
  return {
    sourceBm25: {
      withScores: <T>(
        terms: ReadonlyMap<string, number>,
        visit: (score: Float64Array, touched: Int32Array, count: number) => T,
      ): T => {
        const score = new Float64Array(scores.length);
        const touched = new Int32Array(scores.length);
        let count = 0;
        scores.forEach((s, i) => {
          for (const [t, w] of terms) score[i] = (score[i] ?? 0) + (s[t] ?? 0) * w;
          if ((score[i] ?? 0) > 0) touched[count++] = i;
        });
        return visit(score, touched, count);
      },
    },
    wordsOf: (position) => {
      const words = vocabularies[position] ?? [];
      return { has: (l) => words.includes(l), words };
    },
    synonymsOf: (word) => synonyms[word] ?? [],
    dataSynonymsOf: () => [],
    actsIn: () => [],
    derivedIn: () => [],
    kindsIn: () => [],
  };
}

describe('withArticleReach', () => {
  const words = articles(
    [{ brownsville: 3, lawmaker: 2 }, { brownsville: 1 }],
    [
      ['brownsville', 'lawmaker', 'charge', 'ranger', 'force'],
      ['brownsville', 'accusation'],
    ],
    { accusation: ['charge'] },
  );
  const terms = new Map([
    ['accusation', 1],
    ['brownsville', 1],
    ['lawmaker', 1],
    ['police', 1],
  ]);

  it("retrieves the best article's own words for the question's words it never uses", () => {
    const reached = withArticleReach(terms, ['accusation', 'brownsville', 'lawmaker', 'police'], words);
    expect(reached.get('charge')).toBeCloseTo(0.5);
    expect(reached.has('ranger')).toBe(false);
    expect(reached.get('accusation')).toBe(1);
  });

  it("retrieves at half a synonym's weight the article's acts WordNet links to an asked act", () => {
    const acting = { ...words, actsIn: (w: string) => (w === 'murder' ? ['kill'] : []) };
    const reached = withArticleReach(
      new Map([
        ['brownsville', 1],
        ['murder', 1],
      ]),
      ['murder'],
      acting,
    );
    expect(reached.get('kill')).toBeCloseTo(0.25);
  });

  it("retrieves at a synonym's weight the article's words WordNet forms from an asked one", () => {
    const forming = { ...words, derivedIn: (w: string) => (w === 'departure' ? ['depart'] : []) };
    const reached = withArticleReach(
      new Map([
        ['brownsville', 1],
        ['departure', 1],
      ]),
      ['departure'],
      forming,
    );
    expect(reached.get('depart')).toBeCloseTo(0.5);
  });

  it("retrieves at half a synonym's weight the article's kinds of an asked thing ('the lawman' it calls 'the Ranger')", () => {
    const kinded = { ...words, kindsIn: (w: string) => (w === 'lawman' ? ['ranger'] : []) };
    const reached = withArticleReach(
      new Map([
        ['brownsville', 1],
        ['lawman', 1],
      ]),
      ['lawman'],
      kinded,
    );
    expect(reached.get('ranger')).toBeCloseTo(0.25);
  });

  it('reaches into no article when none leads the others clearly', () => {
    const even = articles([{ brownsville: 2 }, { brownsville: 2 }], [['charge'], ['charge']], {
      accusation: ['charge'],
    });
    expect(bestArticle(terms, even)).toBeNull();
    expect(withArticleReach(terms, ['accusation'], even).has('charge')).toBe(false);
  });
});

describe('a count asked in other words than its article', () => {
  let engine: AnswerEngine;

  beforeAll(async () => {
    engine = await fixtureEngine(await shippedRuntime(), 'articles-21');
  }, 300_000);

  it("is answered from the article's own words for the asked ones ('accusations' the article calls 'charges')", async () => {
    const answer = await engine.ask(
      'How many separate accusations did the Brownsville rep make against the lawmen of the state?',
      {
        userId: 'article-reach',
      },
    );
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('19 charges');
  });
});
