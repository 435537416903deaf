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

const BAR = 0x7c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const ZERO = 0x30;

/** Rows filled one number at a time; {@link RowBuilder.end} closes a row. */
class RowBuilder {
  readonly #starts: Uint32Array;
  #values = new Uint32Array(1024);
  #length = 0;
  #row = 0;

  constructor(rowCount: number) {
    this.#starts = new Uint32Array(rowCount + 1);
  }

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Uint32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }

  end(): void {
    this.#starts[++this.#row] = this.#length;
  }

  rows(): Rows {
    return { starts: this.#starts, values: this.#values.slice(0, this.#length) };
  }
}

/** The word at `at.i`, up to a space, bar or line end; `at.i` moves past a space after it. */
function readWord(text: string, at: { i: number }): string {
  const start = at.i;
  let c = text.charCodeAt(at.i);
  while (c !== SPACE && c !== BAR && c !== NEWLINE && at.i < text.length) c = text.charCodeAt(++at.i);
  const word = text.slice(start, at.i);
  if (c === SPACE) at.i++;
  return word;
}

/** Space-separated numbers from `at.i` up to a bar or line end, as one row of `rows`. */
function readNumbers(text: string, at: { i: number }, rows: RowBuilder): void {
  let c = text.charCodeAt(at.i);
  if (c === SPACE) c = text.charCodeAt(++at.i);
  while (c !== BAR && c !== NEWLINE && at.i < text.length) {
    let n = 0;
    while (c >= ZERO && c <= ZERO + 9) {
      n = n * 10 + (c - ZERO);
      c = text.charCodeAt(++at.i);
    }
    rows.push(n);
    if (c === SPACE) c = text.charCodeAt(++at.i);
  }
  rows.end();
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

  /**
   * Reads a table written by {@link encodeWordNet} in one pass over its characters (a split per line and
   * field took three times as long); throws on a malformed header.
   */
  constructor(text: string) {
    const headerEnd = text.indexOf('\n');
    const header = /^wordnet (\d+) (\d+) (\d+)$/.exec(text.slice(0, headerEnd));
    if (!header) throw new Error('WordNet: the table has no header');
    const synsetCount = Number(header[2]);
    const wordCount = Number(header[3]);
    const at = { i: headerEnd + 1 };
    const members = new RowBuilder(synsetCount);
    const kinds = new RowBuilder(synsetCount);
    const ways = new RowBuilder(synsetCount);
    const entailed = new RowBuilder(synsetCount);
    const memberWords: string[] = [];
    const memberStarts: number[] = [];
    for (let s = 0; s < synsetCount; s++) {
      memberStarts.push(memberWords.length);
      while (text.charCodeAt(at.i) !== BAR) memberWords.push(readWord(text, at));
      at.i++;
      for (const rows of [kinds, ways]) {
        readNumbers(text, at, rows);
        at.i++;
      }
      readNumbers(text, at, entailed);
      at.i++;
    }
    memberStarts.push(memberWords.length);
    const senses = new RowBuilder(wordCount);
    for (let w = 0; w < wordCount; w++) {
      const word = readWord(text, at);
      this.#ids.set(word, w);
      this.#words.push(word);
      readNumbers(text, at, senses);
      at.i++;
    }
    for (let s = 0; s < synsetCount; s++) {
      for (let k = memberStarts[s] ?? 0; k < (memberStarts[s + 1] ?? 0); k++) {
        const word = memberWords[k] ?? '';
        let id = this.#ids.get(word);
        if (id === undefined) {
          id = this.#words.length;
          this.#ids.set(word, id);
          this.#words.push(word);
        }
        members.push(id);
      }
      members.end();
    }
    this.#senses = senses.rows();
    this.#members = members.rows();
    this.#kinds = kinds.rows();
    this.#ways = ways.rows();
    this.#entailed = entailed.rows();
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
