/**
 * Finds a word's position in a list kept as newline-separated UTF-8 bytes (the word-vector table's words),
 * without turning the list into strings: an open-addressing hash table of positions over the bytes. Built
 * in a few milliseconds at start, where a `Map` of the table's 100,000 words took about 100 ms of the cold
 * start (splitting the text into strings, then inserting them), and a few megabytes less heap.
 */

const NEWLINE = 0x0a;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const EMPTY = -1;
/** Slots per word, at least: the table stays at most half full, so a look-up probes about one slot. */
const SLOTS_PER_WORD = 2;
/** The largest code unit a word's UTF-16 and UTF-8 forms share byte for byte. */
const LAST_ASCII = 0x7f;

/** Positions of `words`' words by their text: `get` answers as a `Map` from each word to its position would. */
/** One encoder for every look-up of a word with a letter outside ASCII. */
const UTF8 = new TextEncoder();

export class WordIndex {
  /** The words' bytes, word `i` at `[starts[i], starts[i + 1] - 1)`. */
  readonly #bytes: Uint8Array;
  readonly #starts: Uint32Array;
  /** Word positions by hash slot, {@link EMPTY} where none. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** Number of words. */
  readonly size: number;

  /**
   * `words` is the words' UTF-8 text joined by newlines (`"the\nof\nto"`); an empty `words` holds one empty
   * word, as `"".split("\n")` does. A word written twice is found at its later position.
   */
  constructor(words: Uint8Array) {
    this.#bytes = words;
    let count = 1;
    for (let i = 0; i < words.length; i++) if (words[i] === NEWLINE) count++;
    this.size = count;
    const starts = new Uint32Array(count + 1);
    let w = 1;
    for (let i = 0; i < words.length; i++) if (words[i] === NEWLINE) starts[w++] = i + 1;
    starts[count] = words.length + 1;
    this.#starts = starts;
    let slotCount = 1;
    while (slotCount < count * SLOTS_PER_WORD) slotCount *= 2;
    this.#mask = slotCount - 1;
    this.#slots = new Int32Array(slotCount).fill(EMPTY);
    for (let i = 0; i < count; i++) this.#insert(i);
  }

  /** The position of `word` in the list (its last, when written twice), or `undefined` when it is not there. */
  get(word: string): number | undefined {
    let ascii = true;
    let hash = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c > LAST_ASCII) {
        ascii = false;
        break;
      }
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    if (!ascii) return this.#getBytes(UTF8.encode(word));
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const i = this.#slots[slot] ?? EMPTY;
      if (i === EMPTY) return undefined;
      if (this.#equalsAscii(i, word)) return i;
    }
  }

  /** Whether the list has `word`. */
  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  #getBytes(word: Uint8Array): number | undefined {
    const hash = hashBytes(word, 0, word.length);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const i = this.#slots[slot] ?? EMPTY;
      if (i === EMPTY) return undefined;
      if (this.#equalsBytes(i, word, 0, word.length)) return i;
    }
  }

  #insert(i: number): void {
    const start = this.#starts[i] ?? 0;
    const end = (this.#starts[i + 1] ?? 1) - 1;
    for (let slot = hashBytes(this.#bytes, start, end) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const held = this.#slots[slot] ?? EMPTY;
      if (held === EMPTY || this.#equalsBytes(held, this.#bytes, start, end)) {
        this.#slots[slot] = i;
        return;
      }
    }
  }

  #equalsAscii(i: number, word: string): boolean {
    const start = this.#starts[i] ?? 0;
    const end = (this.#starts[i + 1] ?? 1) - 1;
    if (end - start !== word.length) return false;
    const bytes = this.#bytes;
    for (let k = 0; k < word.length; k++) if (bytes[start + k] !== word.charCodeAt(k)) return false;
    return true;
  }

  #equalsBytes(i: number, other: Uint8Array, from: number, to: number): boolean {
    const start = this.#starts[i] ?? 0;
    const end = (this.#starts[i + 1] ?? 1) - 1;
    if (end - start !== to - from) return false;
    const bytes = this.#bytes;
    for (let k = 0; k < to - from; k++) if (bytes[start + k] !== other[from + k]) return false;
    return true;
  }
}

/** FNV-1a of `bytes[from, to)`: for an ASCII word, the same hash {@link WordIndex.get} computes from its text. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ (bytes[k] ?? 0), FNV_PRIME);
  return hash;
}
