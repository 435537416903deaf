/**
 * A general Spanish–English dictionary with every sense it gives a word, for the Spanish reader: the table
 * `knowledge/spanish-english.txt` that `npm run spanish:build` writes from Apertium's English–Spanish pair
 * (see `src/cli/spanish-dictionary-build.ts`). The hand lexicon (`knowledge/spanish.json`) knows the words
 * earlier questions used; this table knows the rest of the language, several senses a word ("carpa": carp,
 * tent), and the reader keeps the sense the coverage uses (see `spanish-sense.ts`).
 *
 * The table is one line a lemma and part of speech: `lemma<TAB>pos<TAB>sense|sense…`, the lemma folded (lower
 * case, no accents), the part of speech `n` (noun), `v` (verb), `a` (adjective) or `r` (adverb); a line
 * opening with `#` is a comment.
 */
import { foldWord } from './pipeline.ts';

/** The parts of speech of the table. */
export type DictionaryPos = 'n' | 'v' | 'a' | 'r';
const PARTS: ReadonlySet<string> = new Set(['n', 'v', 'a', 'r']);

/** What a Spanish lemma may mean in English, by part of speech. */
export class SpanishDictionary {
  readonly #senses = new Map<string, Map<DictionaryPos, string[]>>();

  /** Reads the table's text; lines of another shape are skipped. */
  constructor(text: string) {
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [lemma, pos, senses] = line.split('\t');
      if (lemma === undefined || pos === undefined || senses === undefined || !PARTS.has(pos)) continue;
      const folded = foldWord(lemma);
      const byPos = this.#senses.get(folded) ?? new Map<DictionaryPos, string[]>();
      const list = byPos.get(pos as DictionaryPos) ?? [];
      for (const sense of senses.split('|')) if (sense !== '' && !list.includes(sense)) list.push(sense);
      byPos.set(pos as DictionaryPos, list);
      this.#senses.set(folded, byPos);
    }
  }

  /** How many lemmas the table holds. */
  get size(): number {
    return this.#senses.size;
  }

  /**
   * The English senses of `lemma` (folded) written as the lexicon writes them ("tent|carp"): of the parts of
   * speech `parts` when given, else of all, nouns first; `undefined` when the table has none.
   */
  senses(lemma: string, parts: readonly DictionaryPos[] = ['n', 'v', 'a', 'r']): string | undefined {
    const byPos = this.#senses.get(lemma);
    if (byPos === undefined) return undefined;
    const all = parts.flatMap((p) => byPos.get(p) ?? []);
    const unique = all.filter((s, i) => all.indexOf(s) === i);
    return unique.length === 0 ? undefined : unique.join('|');
  }
}
