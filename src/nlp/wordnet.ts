/**
 * A compact WordNet 3.1 table (`knowledge/wordnet.txt`, `npm run wordnet:build`): for each single English
 * word its first senses (most frequent first), and for each sense kept its words and the senses it leans on
 * (a noun's direct hypernym; the act a verb's is a way of doing; what a verb entails or causes). Word vectors say how related two words
 * are ("die" and "kill" 0.56, "quit" and "stop" 0.52); this says when they name the same thing
 * ("leatherneck" and "marine"), one is a kind of, or brings about, the other ("kill" causes "die"), or one is
 * formed from the other in another part of speech ("departure", "depart").
 *
 * It also says when two nouns or adjectives name opposites ("elderly", "young"), which word vectors
 * put close together since they are related.
 *
 * Format, one record a line: a header `wordnet <senses kept> <synsets> <words>`, then one line per synset
 * (`word word…|hypernym…|way…|entailed…|opposite…`, by synset line number from 0; the last field is absent
 * when empty), then one per word
 * (`word synset…`, then `|synset…` for the first senses of other words its own derive from or to, then for
 * a verb of two words `|synset…`, its later senses).
 */

/**
 * How a word relates to another in the table: it names the same thing (`same`), one is a direct kind of the
 * other (`kind`: "marine", "soldier"), one's act is a way of doing the other's (`way`: "march", "walk"), one
 * is an act the other entails or causes (`entailed`: "kill", "die"), or none (`null`).
 */
export type WordNetRelation = 'same' | 'kind' | 'way' | 'entailed' | null;

/** Words whose senses are kept once looked up, before the memory starts again. */
const MAX_REMEMBERED_WORDS = 50_000;
const BAR = 0x7c;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const ZERO = 0x30;

/** Space-separated numbers of `text` from `from` up to a bar or the line's end. */
function readNumbers(text: string, from: number): number[] {
  const out: number[] = [];
  let i = from;
  let c = text.charCodeAt(i);
  while (c !== BAR && c !== NEWLINE && i < text.length) {
    if (c === SPACE) {
      c = text.charCodeAt(++i);
      continue;
    }
    let n = 0;
    while (c >= ZERO && c <= ZERO + 9) {
      n = n * 10 + (c - ZERO);
      c = text.charCodeAt(++i);
    }
    out.push(n);
  }
  return out;
}

/** One synset's line, read: its words and the synsets it leans on. */
interface Synset {
  words: string[];
  kinds: number[];
  ways: number[];
  entailed: number[];
  /** First senses that name the opposite (antonyms of the synset or of its similar-to cluster, and their cluster). */
  opposites: number[];
}

/**
 * A word's line, read: its first senses, the first senses of other words its own are formed from or to, and
 * for a verb of two words its later senses.
 */
interface WordEntry {
  senses: number[];
  derived: number[];
  later: number[];
}

function sharesAny(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

export class WordNet {
  readonly #text: string;
  /** Where each line starts: synset `s` is line `s`, the `w`-th word (in sorted order) line `synsets + w`. */
  readonly #lines: Uint32Array;
  readonly #synsetCount: number;
  readonly #wordCount: number;
  /** Lines read so far (a question meets the same few words again and again). */
  readonly #synsets = new Map<number, Synset>();
  readonly #entries = new Map<string, WordEntry | null>();
  /** Relations found so far, by the first word then the second. */
  readonly #relations = new Map<string, Map<string, WordNetRelation>>();
  #relationCount = 0;

  /**
   * Keeps the table written by {@link encodeWordNet} and finds where its lines start; a line is read only
   * when a word of it is asked about. Reading every line at start-up took 0.2 s of the cold start;
   * finding the line starts takes a few milliseconds. Throws on a malformed header.
   */
  constructor(text: string) {
    const headerEnd = text.indexOf('\n');
    const header = /^wordnet (\d+) (\d+) (\d+)$/.exec(text.slice(0, Math.max(0, headerEnd)));
    if (!header) throw new Error('WordNet: the table has no header');
    this.#text = text;
    this.#synsetCount = Number(header[2]);
    this.#wordCount = Number(header[3]);
    const lineCount = this.#synsetCount + this.#wordCount;
    const lines = new Uint32Array(lineCount + 1);
    let at = headerEnd + 1;
    for (let l = 0; l < lineCount; l++) {
      lines[l] = at;
      const end = text.indexOf('\n', at);
      if (end < 0) throw new Error(`WordNet: the table ends at line ${l + 2} of ${lineCount + 1}`);
      at = end + 1;
    }
    lines[lineCount] = at;
    this.#lines = lines;
  }

  /** Number of words the table gives senses for. */
  get size(): number {
    return this.#wordCount;
  }

  #synset(s: number): Synset {
    const known = this.#synsets.get(s);
    if (known) return known;
    const text = this.#text;
    const start = this.#lines[s] ?? 0;
    const bar1 = text.indexOf('|', start);
    const bar2 = text.indexOf('|', bar1 + 1);
    const bar3 = text.indexOf('|', bar2 + 1);
    const lineEnd = text.indexOf('\n', bar3 + 1);
    const bar4 = text.indexOf('|', bar3 + 1);
    const words = text
      .slice(start, bar1)
      .split(' ')
      .filter((w) => w.length > 0);
    const synset = {
      words,
      kinds: readNumbers(text, bar1 + 1),
      ways: readNumbers(text, bar2 + 1),
      entailed: readNumbers(text, bar3 + 1),
      opposites: bar4 >= 0 && bar4 < lineEnd ? readNumbers(text, bar4 + 1) : [],
    };
    this.#synsets.set(s, synset);
    return synset;
  }

  /** The word of word line `w` (sorted order). */
  #wordAt(w: number): string {
    const start = this.#lines[this.#synsetCount + w] ?? 0;
    return this.#text.slice(start, this.#text.indexOf(' ', start));
  }

  /** A word's first senses (synset numbers). */
  #sensesOf(word: string): number[] | null {
    return this.#entryOf(word)?.senses ?? null;
  }

  /** A word's line, found by a binary search of the sorted word lines. */
  #entryOf(word: string): WordEntry | null {
    const known = this.#entries.get(word);
    if (known !== undefined) return known;
    let lo = 0;
    let hi = this.#wordCount - 1;
    let found: WordEntry | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.#wordAt(mid);
      if (at === word) {
        const start = this.#lines[this.#synsetCount + mid] ?? 0;
        const end = this.#lines[this.#synsetCount + mid + 1] ?? this.#text.length;
        const bar = this.#text.indexOf('|', start);
        const laterBar = bar >= 0 && bar < end ? this.#text.indexOf('|', bar + 1) : -1;
        found = {
          senses: readNumbers(this.#text, start + word.length + 1),
          derived: bar >= 0 && bar < end ? readNumbers(this.#text, bar + 1) : [],
          later: laterBar >= 0 && laterBar < end ? readNumbers(this.#text, laterBar + 1) : [],
        };
        break;
      }
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    // Words not in the table are asked too (any word of any question): the memory starts again past a bound.
    if (this.#entries.size >= MAX_REMEMBERED_WORDS) this.#entries.clear();
    this.#entries.set(word, found);
    return found;
  }

  /**
   * How `a` relates to `b`: the same thing when a synset is among the first senses of both; a kind, a way,
   * or an act entailed or caused, when a first sense of one leans directly on a first sense of the other; a
   * way or an act entailed when a later sense of a verb of two words does.
   */
  relation(a: string, b: string): WordNetRelation {
    if (a === b) return 'same';
    // A question's words are weighed against every word of its evidence: the same pairs again and again.
    let known = this.#relations.get(a);
    const remembered = known?.get(b);
    if (remembered !== undefined) return remembered;
    const found = this.#relate(a, b);
    // Any pair of words can be asked: the memory starts again past a bound.
    if (this.#relationCount >= MAX_REMEMBERED_WORDS) {
      this.#relations.clear();
      this.#relationCount = 0;
      known = undefined;
    }
    if (!known) {
      known = new Map();
      this.#relations.set(a, known);
    }
    known.set(b, found);
    this.#relationCount++;
    return found;
  }

  #relate(a: string, b: string): WordNetRelation {
    const ea = this.#entryOf(a);
    const eb = this.#entryOf(b);
    if (!ea || !eb) return null;
    const sa = ea.senses;
    const sb = eb.senses;
    if (sharesAny(sa, sb)) return 'same';
    const leans = (of: (s: Synset) => readonly number[], la: readonly number[], lb: readonly number[]) =>
      la.some((s) => sharesAny(of(this.#synset(s)), sb)) ||
      lb.some((s) => sharesAny(of(this.#synset(s)), sa));
    if (leans((s) => s.entailed, sa, sb)) return 'entailed';
    if (leans((s) => s.ways, sa, sb)) return 'way';
    if (leans((s) => s.kinds, sa, sb)) return 'kind';
    // "How many people turned out for the vigil?" — "some 3,000 … gathered": a later sense of a verb of two
    // words (its eighth, a way of gathering) leans on a first sense of the other word. Only as a way or an
    // entailment: a later sense never makes the two words the same thing.
    if (leans((s) => s.entailed, ea.later, eb.later)) return 'entailed';
    return leans((s) => s.ways, ea.later, eb.later) ? 'way' : null;
  }

  /**
   * True when a first sense of one word names the opposite of a first sense of the other (WordNet's
   * antonyms, taken across an adjective's similar-to cluster: "elderly" and "young", "first" and "last",
   * nouns and adjectives only: the table keeps no verb's), and no first sense of both is the same.
   */
  opposite(a: string, b: string): boolean {
    if (a === b) return false;
    const sa = this.#sensesOf(a);
    const sb = this.#sensesOf(b);
    if (!sa || !sb || sharesAny(sa, sb)) return false;
    return (
      sa.some((s) => sharesAny(this.#synset(s).opposites, sb)) ||
      sb.some((s) => sharesAny(this.#synset(s).opposites, sa))
    );
  }

  /**
   * True when WordNet forms a word of a first sense of one from a word of a first sense of the other, in
   * another part of speech or the same (its derivational link: "departure" and "depart" or "leave", "writer"
   * and "write"), and they are not the same word.
   */
  derived(a: string, b: string): boolean {
    if (a === b) return false;
    const ea = this.#entryOf(a);
    const eb = this.#entryOf(b);
    return !!ea && !!eb && (sharesAny(ea.derived, eb.senses) || sharesAny(eb.derived, ea.senses));
  }

  /**
   * The words of the senses the table links `word`'s first senses to by derivation ("navy" → "naval"),
   * each one {@link derived} confirms; empty for a word the table lacks.
   */
  derivedWords(word: string): string[] {
    const found = new Set<string>();
    for (const s of this.#entryOf(word)?.derived ?? [])
      for (const w of this.#synset(s).words) if (w !== word && this.derived(word, w)) found.add(w);
    return [...found];
  }

  /**
   * The words of every synset the first noun sense of `word` is a kind of, by at most `maxDepth` hypernym
   * steps, with the sense's own words ("cook" → cook, worker, person, organism…). A noun sense is the first
   * one with a hypernym: verbs lean on theirs as ways. Empty for a word with no noun sense in the table.
   * With `throughPhrases`, a synset the table keeps no word of (its words are all phrases: "customhouse" is a
   * "government building", a building) is no step.
   */
  nounKindWords(word: string, maxDepth: number, throughPhrases = false): Set<string> {
    const out = new Set<string>();
    const first = (this.#sensesOf(word) ?? []).find((s) => this.#synset(s).kinds.length > 0);
    if (first === undefined) return out;
    const seen = new Set<number>([first]);
    let frontier = [first];
    for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (let f = 0; f < frontier.length; f++) {
        const synset = this.#synset(frontier[f]!);
        for (const w of synset.words) out.add(w);
        const unwritten = throughPhrases && depth > 0 && synset.words.length === 0;
        for (const k of synset.kinds) if (!seen.has(k)) (seen.add(k), (unwritten ? frontier : next).push(k));
      }
      frontier = next;
    }
    return out;
  }

  /**
   * True when some noun sense of `word` the table keeps (not only the first) is, within `maxDepth` hypernym
   * steps, a kind of a synset with the word `kind`: "marker" is a mark (a sign, a communication) in its
   * second sense, "compact" and "law" a document in theirs, though their first senses are an object, a case
   * and a body of law.
   */
  someNounSenseIsKindOf(word: string, maxDepth: number, kind: string): boolean {
    for (const sense of this.#sensesOf(word) ?? []) {
      if (this.#synset(sense).kinds.length === 0) continue;
      const seen = new Set<number>([sense]);
      let frontier = [sense];
      for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
        const next: number[] = [];
        for (const s of frontier) {
          const synset = this.#synset(s);
          if (synset.words.includes(kind)) return true;
          for (const k of synset.kinds) if (!seen.has(k)) (seen.add(k), next.push(k));
        }
        frontier = next;
      }
    }
    return false;
  }

  /**
   * True when the first verb sense of `word` (its first sense that is a way of doing some act) is, within
   * `maxDepth` steps, a way of an act whose synset's words pass `test` ("shout" is a way of talking, "remark"
   * a way of noting, which is a way of saying). The sense itself is not tested: it is a way of nothing.
   */
  isWayOf(word: string, maxDepth: number, test: (words: readonly string[]) => boolean): boolean {
    const first = (this.#sensesOf(word) ?? []).find((s) => this.#synset(s).ways.length > 0);
    if (first === undefined) return false;
    const seen = new Set<number>([first]);
    let frontier = [first];
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const s of frontier)
        for (const w of this.#synset(s).ways) if (!seen.has(w)) (seen.add(w), next.push(w));
      if (next.some((s) => test(this.#synset(s).words))) return true;
      frontier = next;
    }
    return false;
  }

  /**
   * The words of `word`'s first sense that is a way of another act (has a "way of" link), `word` among them,
   * in WordNet's order of senses: "disclose" → break, disclose, discover, divulge, expose, reveal, uncover,
   * unwrap. Not always its first sense; empty when no sense of it is a way of anything.
   */
  firstWaySenseWords(word: string): readonly string[] {
    const first = (this.#sensesOf(word) ?? []).find((s) => this.#synset(s).ways.length > 0);
    return first === undefined ? [] : this.#synset(first).words;
  }

  /** The other words that name what `word` names in a first sense of both ("leatherneck" → "marine"). */
  synonymsOf(word: string): string[] {
    const found = new Set<string>();
    for (const s of this.#sensesOf(word) ?? [])
      for (const other of this.#synset(s).words) {
        if (other !== word && this.#sensesOf(other)?.includes(s)) found.add(other);
      }
    return [...found];
  }
}
