/**
 * Mentions of a sentence in token order, looked up by binary search: the first at a token, the one whose words
 * hold another's, whether any overlaps some words. A one-sentence article naming someone thousands of times was
 * quadratic to read when each look-up scanned every mention of the sentence (1 MB of 'Don Rafael Cantú is
 * quoted in the Captain's letter: "x."' took 9.8 s, nearly all of it in such scans).
 */
import { lowerBound, type Analysis } from '../nlp/pipeline.ts';
import { exactSize } from '../nlp/exact-size.ts';
import type { EntityMention } from './schema.ts';
import { tokenAt } from './speakers.ts';

type Mention = EntityMention & { token: number };

/** The characters a mention's text spans in its analysis. */
export function charRange(analysis: Analysis, m: Mention): { start: number; end: number } {
  const start = tokenAt(analysis, m.token).start;
  return { start, end: start + m.text.length };
}

/**
 * An index of given mentions, which must come in token order (as a sentence's do, working.ts) and must not
 * change while it is used: it holds the list it is given.
 */
export class MentionIndex {
  /** The index of no mentions. */
  static readonly EMPTY = new MentionIndex(null, []);

  readonly #analysis: Analysis | null;
  readonly #mentions: readonly Mention[];
  /**
   * The farthest character any of the mentions up to each one reaches: the first mention reaching a point is
   * found by binary search, as no earlier one reaches it.
   */
  readonly #reach: number[];

  constructor(analysis: Analysis | null, mentions: readonly Mention[]) {
    this.#analysis = analysis;
    this.#mentions = mentions;
    const reaches: number[] = [];
    let reach = -Infinity;
    for (let k = 0; k < mentions.length; k++) {
      reach = Math.max(reach, this.#end(k));
      reaches.push(reach);
    }
    // Kept as long as the sentence: in a list of its own length (src/nlp/exact-size.ts).
    this.#reach = exactSize(reaches);
  }

  /** The first mention at token `t`, in the order given. */
  at(t: number): Mention | undefined {
    const m = this.#mentions;
    const k = lowerBound(0, m.length, (i) => (m[i]?.token ?? 0) < t);
    const found = m[k];
    return found?.token === t ? found : undefined;
  }

  /**
   * The first mention, in the order given, other than `inner` whose words hold `inner`'s and more and which
   * `keep` accepts.
   */
  holding(inner: Mention, keep: (m: Mention) => boolean): Mention | undefined {
    const { start, end } = this.#range(inner);
    const m = this.#mentions;
    const to = lowerBound(0, m.length, (i) => this.#start(i) <= start);
    for (let k = lowerBound(0, to, (i) => (this.#reach[i] ?? 0) < end); k < to; k++) {
      const o = m[k];
      if (!o || o === inner) continue;
      const oEnd = this.#end(k);
      if (oEnd >= end && oEnd - this.#start(k) > end - start && keep(o)) return o;
    }
    return undefined;
  }

  /** The first mention, in the order given, at a token in [from, to) which `keep` accepts. */
  firstIn(from: number, to: number, keep: (m: Mention) => boolean): Mention | undefined {
    const m = this.#mentions;
    for (let k = lowerBound(0, m.length, (i) => (m[i]?.token ?? 0) < from); k < m.length; k++) {
      const found = m[k];
      if (!found || found.token >= to) return undefined;
      if (keep(found)) return found;
    }
    return undefined;
  }

  /** True when a mention's words share a character with [start, end). */
  overlaps(start: number, end: number): boolean {
    const to = lowerBound(0, this.#mentions.length, (i) => this.#start(i) < end);
    return lowerBound(0, to, (i) => (this.#reach[i] ?? 0) <= start) < to;
  }

  #range(m: Mention): { start: number; end: number } {
    return this.#analysis ? charRange(this.#analysis, m) : { start: 0, end: m.text.length };
  }

  #start(k: number): number {
    const m = this.#mentions[k];
    return m ? this.#range(m).start : 0;
  }

  #end(k: number): number {
    const m = this.#mentions[k];
    return m ? this.#range(m).end : 0;
  }
}

/** The index of the mentions by name (not pronouns) among a sentence's `mentions`, which are in token order. */
export function namedMentions(analysis: Analysis, mentions: readonly Mention[]): MentionIndex {
  const named: Mention[] = [];
  for (const m of mentions) if (m.via !== 'pronoun') named.push(m);
  return named.length === 0 ? MentionIndex.EMPTY : new MentionIndex(analysis, exactSize(named));
}
