/**
 * BM25 ranking over documents given as term lists (sentences' and quotes' lemmas, whole articles' terms): the
 * postings are built once, with each document's length normalisation folded into its weights, so a query
 * costs only the postings of its terms. The knowledge index (knowledge-index.ts) builds one per kind of
 * document.
 */

const BM25_K1 = 1.2;
const BM25_B = 0.75;

interface Postings {
  docs: Int32Array;
  /** Precomputed `tf·(k1+1) / (tf + k1·(1 − b + b·len/avg))` for each document: the query only scales it. */
  weights: Float32Array;
}

/** A BM25 index over documents given as term lists. */
export class Bm25 {
  readonly #postings = new Map<string, Postings>();
  /** Reused by {@link withScores} (answering is synchronous); always all zeros between calls. */
  readonly #scratch: Float64Array;
  readonly #touched: Int32Array;
  /** Per document, the best of one question word's variants so far ({@link withScores}); zeros between. */
  readonly #best: Float64Array;
  readonly #bestTouched: Int32Array;
  readonly size: number;

  constructor(docs: ReadonlyArray<readonly string[]>) {
    this.size = docs.length;
    this.#scratch = new Float64Array(docs.length);
    this.#touched = new Int32Array(docs.length);
    this.#best = new Float64Array(docs.length);
    this.#bestTouched = new Int32Array(docs.length);
    let total = 0;
    for (const terms of docs) total += terms.length;
    const avgLength = docs.length > 0 ? total / docs.length : 1;
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    docs.forEach((terms, d) => {
      const lengthNorm = BM25_K1 * (1 - BM25_B + (BM25_B * terms.length) / avgLength);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, tf] of counts) {
        let p = building.get(t);
        if (!p) building.set(t, (p = { docs: [], weights: [] }));
        p.docs.push(d);
        p.weights.push((tf * (BM25_K1 + 1)) / (tf + lengthNorm));
      }
    });
    for (const [t, p] of building)
      this.#postings.set(t, { docs: Int32Array.from(p.docs), weights: Float32Array.from(p.weights) });
  }

  /** Inverse document frequency of `term`; 0 for a term no document has. */
  idf(term: string): number {
    const df = this.#postings.get(term)?.docs.length ?? 0;
    if (df === 0) return 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.#postings.has(term);
  }

  /**
   * Scores the query into a dense array and hands it to `read` with the list of documents it touched; the
   * array is cleared afterwards, so `read` must not keep it. Cost follows the postings, not the corpus. With
   * `variantOf` (a term → the question word it stands for), the terms of one question word count once in a
   * document, at the best of them: a sentence saying a word and its synonym says the word once.
   */
  withScores<T>(
    query: ReadonlyMap<string, number>,
    read: (score: Float64Array, touched: Int32Array, count: number) => T,
    variantOf?: ReadonlyMap<string, string>,
  ): T {
    const scratch = this.#scratch;
    const touched = this.#touched;
    let count = 0;
    const groups = new Map<string, Array<[string, number]>>();
    for (const [term, weight] of query) {
      const key = variantOf?.get(term) ?? term;
      const group = groups.get(key);
      if (group) group.push([term, weight]);
      else groups.set(key, [[term, weight]]);
    }
    const best = this.#best;
    const bestTouched = this.#bestTouched;
    for (const group of groups.values()) {
      let reached = 0;
      const single = group.length === 1;
      for (const [term, weight] of group) {
        const p = this.#postings.get(term);
        if (!p || weight <= 0) continue;
        const idf = this.idf(term) * weight;
        const docs = p.docs;
        const weights = p.weights;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i] as number;
          const value = idf * (weights[i] as number);
          if (single) {
            if (scratch[d] === 0) touched[count++] = d;
            scratch[d] = (scratch[d] as number) + value;
          } else {
            if (best[d] === 0) bestTouched[reached++] = d;
            if (value > (best[d] as number)) best[d] = value;
          }
        }
      }
      for (let k = 0; k < reached; k++) {
        const d = bestTouched[k] ?? 0;
        if (scratch[d] === 0) touched[count++] = d;
        scratch[d] = (scratch[d] as number) + (best[d] as number);
        best[d] = 0;
      }
    }
    try {
      return read(scratch, touched, count);
    } finally {
      for (let k = 0; k < count; k++) scratch[touched[k] ?? 0] = 0;
    }
  }
}
