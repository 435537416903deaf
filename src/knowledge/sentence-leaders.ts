/**
 * The people sentences have opened with by name so far ("Flores brought a copy…"), in reading order. Of two
 * people sharing a surname, neither introduced at the head of a sentence, a bare surname later is the one a
 * sentence opened with since, not the one named inside that sentence ("…a soldier named Juan José Flores").
 * Of two introduced at the head of sentences ("Wendell Oakes, 81, … handed 23 letters" and later "Lyle Oakes
 * was 24."), a bare surname is the one the latest sentence was about: opened with, or named as the speaker
 * right after its quotation ('"…," Wendell Oakes said').
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { onlyPunctuationOrConjunctions } from './mention-order.ts';

export class SentenceLeaders {
  readonly #led = new Set<string>();
  /**
   * When a sentence was last about each id (opened with it, or it spoke the sentence's quotation), as a count
   * of such sentences: a map, as an article may name tens of thousands of people.
   */
  readonly #about = new Map<string, number>();
  #sentencesAbout = 0;

  /** Notes `id` when its mention at token `start` opens the sentence that starts at token `from`. */
  note(analysis: Analysis, from: number, start: number, id: string): void {
    const opens = onlyPunctuationOrConjunctions(analysis, from, start);
    if (opens) this.#led.add(id);
    if (opens || speaksQuotationBefore(analysis, from, start)) this.#about.set(id, ++this.#sentencesAbout);
  }

  /** The one of `sharing` the latest sentence about any of them was about, or `null` when none was. */
  latestLeader(sharing: readonly ArticlePerson[]): ArticlePerson | null {
    let best: ArticlePerson | null = null;
    let bestAt = -1;
    for (const p of sharing) {
      const at = p.kind ? -1 : (this.#about.get(p.id) ?? -1);
      if (at > bestAt) [best, bestAt] = [p, at];
    }
    return best;
  }

  /** The one of `sharing` (people met who share a name) a sentence has opened with, when only one has. */
  onlyLeader(sharing: readonly ArticlePerson[]): ArticlePerson | null {
    const led = sharing.filter((p) => this.#led.has(p.id) && !p.kind);
    return led.length === 1 ? (led[0] ?? null) : null;
  }
}

/** Quotation marks opening or closing a quotation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * True when the sentence starting at token `from` opens with a quotation that closes (after its comma) right
 * before token `start`: '"They sat in a shoebox," Oakes said' names its speaker there.
 */
function speaksQuotationBefore(analysis: Analysis, from: number, start: number): boolean {
  const { tokens } = analysis;
  return (
    start - from >= 3 &&
    QUOTE_MARKS.has(tokens[from]?.value ?? '') &&
    QUOTE_MARKS.has(tokens[start - 1]?.value ?? '')
  );
}
