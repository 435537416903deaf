/**
 * A compact WordNet 3.1 table (`knowledge/wordnet.txt`, `npm run wordnet:build`): for each single English
 * word its first senses (most frequent first), and for each sense kept its words and the senses it leans on
 * (a noun's direct hypernym; the act a verb's is a way of doing; what a verb entails or causes). Word vectors say how related two words
 * are ("die" and "kill" 0.56, "quit" and "stop" 0.52); this says when they name the same thing
 * ("leatherneck" and "marine") or one is a kind of, or brings about, the other ("kill" causes "die").
 *
 * Format, one record a line: a header `wordnet <senses kept> <synsets> <words>`, then one line per synset
 * (`word word…|hypernym…|way…|entailed…`, by synset line number from 0), then one per word (`word synset…`).
 */

/**
 * How a word relates to another in the table: it names the same thing (`same`), one is a direct kind of the
 * other (`kind`: "marine", "soldier"), one's act is a way of doing the other's (`way`: "march", "walk"), one
 * is an act the other entails or causes (`entailed`: "kill", "die"), or none (`null`).
 */
export type WordNetRelation = 'same' | 'kind' | 'way' | 'entailed' | null;

/** Rows of numbers kept flat: row `i` is `values[starts[i]]` up to `values[starts[i + 1]]`. */
interface Rows {
  starts: Uint32Array;
  values: Uint32Array;
}

/** Reads lines of space-separated items, each turned into a number by `toNumber`, into flat rows. */
function readRows(parts: readonly string[], toNumber: (part: string) => number): Rows {
  const starts = new Uint32Array(parts.length + 1);
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part !== '') for (const x of part.split(' ')) values.push(toNumber(x));
    starts[i + 1] = values.length;
  }
  return { starts, values: Uint32Array.from(values) };
}

function row(rows: Rows, i: number): Uint32Array {
  return rows.values.subarray(rows.starts[i] ?? 0, rows.starts[i + 1] ?? 0);
}

function sharesAny(a: Uint32Array, b: Uint32Array): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

export class WordNet {
  /** Each word's number; `#words` holds them in order. */
  readonly #ids = new Map<string, number>();
  readonly #words: string[] = [];
  /** Per word number, its first senses (synset numbers); words only in synsets have none. */
  readonly #senses: Rows;
  /** Per synset, its words (word numbers) and the synsets it leans on. */
  readonly #members: Rows;
  readonly #kinds: Rows;
  readonly #ways: Rows;
  readonly #entailed: Rows;

  /** Reads a table written by {@link encodeWordNet}; throws on a malformed header. */
  constructor(text: string) {
    const lines = text.split('\n');
    const header = /^wordnet (\d+) (\d+) (\d+)$/.exec(lines[0] ?? '');
    if (!header) throw new Error('WordNet: the table has no header');
    const synsetCount = Number(header[2]);
    const wordCount = Number(header[3]);
    const wordLines = lines.slice(1 + synsetCount, 1 + synsetCount + wordCount);
    const senseParts: string[] = [];
    for (const line of wordLines) {
      const space = line.indexOf(' ');
      this.#ids.set(line.slice(0, space), this.#words.length);
      this.#words.push(line.slice(0, space));
      senseParts.push(line.slice(space + 1));
    }
    this.#senses = readRows(senseParts, Number);
    const synsetLines = lines.slice(1, 1 + synsetCount);
    const wordId = (w: string) => {
      let id = this.#ids.get(w);
      if (id === undefined) {
        id = this.#words.length;
        this.#ids.set(w, id);
        this.#words.push(w);
      }
      return id;
    };
    const fields = synsetLines.map((l) => l.split('|'));
    this.#members = readRows(
      fields.map((f) => f[0] ?? ''),
      wordId,
    );
    this.#kinds = readRows(
      fields.map((f) => f[1] ?? ''),
      Number,
    );
    this.#ways = readRows(
      fields.map((f) => f[2] ?? ''),
      Number,
    );
    this.#entailed = readRows(
      fields.map((f) => f[3] ?? ''),
      Number,
    );
  }

  /** Number of words the table gives senses for. */
  get size(): number {
    return this.#senses.starts.length - 1;
  }

  #sensesOf(word: string): Uint32Array | null {
    const id = this.#ids.get(word);
    if (id === undefined || id >= this.size) return null;
    return row(this.#senses, id);
  }

  /**
   * How `a` relates to `b`: the same thing when a synset is among the first senses of both; a kind, a way,
   * or an act entailed or caused, when a first sense of one leans directly on a first sense of the other.
   */
  relation(a: string, b: string): WordNetRelation {
    if (a === b) return 'same';
    const sa = this.#sensesOf(a);
    const sb = this.#sensesOf(b);
    if (!sa || !sb) return null;
    if (sharesAny(sa, sb)) return 'same';
    const leans = (rows: Rows) =>
      [...sa].some((s) => sharesAny(row(rows, s), sb)) || [...sb].some((s) => sharesAny(row(rows, s), sa));
    if (leans(this.#entailed)) return 'entailed';
    if (leans(this.#ways)) return 'way';
    return leans(this.#kinds) ? 'kind' : null;
  }

  /** The other words that name what `word` names in a first sense of both ("leatherneck" → "marine"). */
  synonymsOf(word: string): string[] {
    const found = new Set<string>();
    for (const s of this.#sensesOf(word) ?? [])
      for (const w of row(this.#members, s)) {
        const other = this.#words[w];
        if (other !== undefined && other !== word && this.#sensesOf(other)?.includes(s)) found.add(other);
      }
    return [...found];
  }
}

/** One synset as the build reads it: its words, and the ids of the synsets it leans on. */
export interface SynsetRecord {
  words: readonly string[];
  /** A noun's direct hypernyms (instance hypernyms too). */
  kinds: readonly string[];
  /** A verb's direct hypernyms: the acts it is a way of doing. */
  ways: readonly string[];
  /** Entailments and causes. */
  entailed: readonly string[];
}

/**
 * Writes the table {@link WordNet} reads: `senses` maps each word to its synset ids in sense order (already
 * cut to the senses kept), `synsets` holds at least those and the ones they lean on. Deterministic: synsets
 * are numbered in id order, words sorted.
 */
export function encodeWordNet(
  senses: ReadonlyMap<string, readonly string[]>,
  synsets: ReadonlyMap<string, SynsetRecord>,
  sensesKept: number,
): string {
  const ids = new Set<string>();
  for (const list of senses.values()) for (const id of list) ids.add(id);
  for (const id of [...ids]) {
    const s = synsets.get(id);
    for (const n of [...(s?.kinds ?? []), ...(s?.ways ?? []), ...(s?.entailed ?? [])])
      if (synsets.has(n)) ids.add(n);
  }
  const ordered = [...ids].filter((id) => synsets.has(id)).sort();
  const number = new Map(ordered.map((id, i) => [id, i]));
  const lines = [];
  for (const id of ordered) {
    const s = synsets.get(id);
    const numbers = (list: readonly string[]) =>
      list.flatMap((n) => {
        const i = number.get(n);
        return i === undefined ? [] : [i];
      });
    lines.push(
      [s?.words ?? [], numbers(s?.kinds ?? []), numbers(s?.ways ?? []), numbers(s?.entailed ?? [])]
        .map((f) => f.join(' '))
        .join('|'),
    );
  }
  const words = [...senses.keys()].sort();
  for (const w of words) {
    const list = (senses.get(w) ?? []).flatMap((id) => {
      const i = number.get(id);
      return i === undefined ? [] : [i];
    });
    if (list.length > 0) lines.push(`${w} ${list.join(' ')}`);
  }
  const wordLines = lines.length - ordered.length;
  return `wordnet ${sensesKept} ${ordered.length} ${wordLines}\n${lines.join('\n')}\n`;
}
