/**
 * The people sentences have opened with by name so far ("Flores brought a copy…"), in reading order. Of two
 * people sharing a surname, neither introduced at the head of a sentence, a bare surname later is the one a
 * sentence opened with since, not the one named inside that sentence ("…a soldier named Juan José Flores").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { ArticlePerson } from './discovered-person.ts';
import { onlyPunctuationOrConjunctions } from './mention-order.ts';

export class SentenceLeaders {
  readonly #led = new Set<string>();

  /** Notes `id` when its mention at token `start` opens the sentence that starts at token `from`. */
  note(analysis: Analysis, from: number, start: number, id: string): void {
    if (onlyPunctuationOrConjunctions(analysis, from, start)) this.#led.add(id);
  }

  /** The one of `sharing` (people met who share a name) a sentence has opened with, when only one has. */
  onlyLeader(sharing: readonly ArticlePerson[]): ArticlePerson | null {
    const led = sharing.filter((p) => this.#led.has(p.id) && !p.kind);
    return led.length === 1 ? (led[0] ?? null) : null;
  }
}
