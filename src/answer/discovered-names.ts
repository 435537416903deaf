/**
 * The names and describing phrases of the people and bodies the articles introduced ("discovered"), as a
 * question writes them: looked up by their first word, the one the coverage speaks of most first.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { describingPhrases } from './describing-phrases.ts';

/** A discovered entity's name or describing phrase, in lower-case words. */
export interface DiscoveredName {
  words: string[];
  id: string;
}

/** The names and describing phrases of discovered entities, by their first word. Built once per index. */
export class DiscoveredNames {
  readonly #byFirstWord = new Map<string, DiscoveredName[]>();

  constructor(private readonly index: KnowledgeIndex) {
    for (const e of index.entities.values()) {
      if (!e.discovered) continue;
      const phrases = [
        ...e.aliases.map((a) => a.toLowerCase().split(/\s+/)),
        // "Ruiz-Ochoa" is read as "ruiz", "-", "ochoa", and typed as "ruiz ochoa" too.
        ...e.aliases
          .filter((a) => a.includes('-'))
          .flatMap((a) => [a.toLowerCase().split(/\s+|(?=-)|(?<=-)/), a.toLowerCase().split(/[\s-]+/)]),
        // "The El Paso County judge", "the Kinney County judge": what the article calls them names them too.
        ...describingPhrases(e),
      ];
      for (const words of phrases) {
        const list = this.#byFirstWord.get(words[0] ?? '') ?? [];
        list.push({ words, id: e.id });
        this.#byFirstWord.set(words[0] ?? '', list);
      }
    }
    // "Vickery", shared by a sergeant, his mother and his ex-wife: the one the coverage speaks of most comes
    // first (a stable sort, so otherwise the order stays the entities').
    const weight = (id: string) => {
      const e = index.entities.get(id);
      return e ? e.sentenceIds.length + e.quoteIds.length : 0;
    };
    for (const list of this.#byFirstWord.values()) list.sort((a, b) => weight(b.id) - weight(a.id));
  }

  /** The discovered names and phrases written from token `t` of a question on. */
  at(tokens: readonly Token[], t: number): DiscoveredName[] {
    return (this.#byFirstWord.get(tokens[t]?.normal ?? '') ?? []).filter((entry) =>
      entry.words.every((w, k) => tokens[t + k]?.normal === w),
    );
  }

  /** The other people the articles introduced by the very words of the name at `span` (its first `id`). */
  sameNamed(tokens: readonly Token[], span: { start: number; end: number }, id: string): string[] {
    const words = tokens.slice(span.start, span.end).map((t) => t.normal);
    return (this.#byFirstWord.get(words[0] ?? '') ?? [])
      .filter((e) => e.id !== id && e.words.join(' ') === words.join(' '))
      .map((e) => e.id)
      .filter((o, i, all) => all.indexOf(o) === i && this.index.entities.get(o)?.type === 'person');
  }
}
