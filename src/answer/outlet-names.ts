/**
 * The coverage's outlets as a question names them ("the Gazette", "the Heraldo story", "KSVN"): each outlet's
 * name (an article's own or the one that syndicated it), without "the", without what it adds in brackets, and
 * any word of it that is no English word and names no other outlet. Read from the articles' outlets, once per
 * knowledge; a question naming one is asked of that outlet's articles.
 */
import type { Source } from '../knowledge/schema.ts';
import { escapeRegExp } from './text.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P_NOT_WORD = /[^\p{L}\p{N}]+/u;

/** A way a question names an outlet, and the articles of that outlet. */
export interface OutletName {
  pattern: RegExp;
  sourceIds: string[];
}

/** The ways a question names each outlet of `sources`; `isEnglishWord` tells a word of the lexicon. */
export function outletNames(
  sources: Iterable<Source>,
  isEnglishWord: (word: string) => boolean,
): OutletName[] {
  const names: OutletName[] = [];
  const byOutlet = new Map<string, string[]>();
  for (const s of sources) {
    for (const name of [s.outlet, s.syndicatedBy]) {
      if (!name) continue;
      const list = byOutlet.get(name) ?? [];
      list.push(s.id);
      byOutlet.set(name, list);
    }
  }
  // A word of one outlet's name that is no English word names it alone ("the Heraldo story" for "El
  // Heraldo Fronterizo (English Edition)", "KSVN"); a name is also found without what it adds in brackets.
  const outletsOfWord = new Map<string, number>();
  for (const name of byOutlet.keys())
    for (const w of new Set(name.toLowerCase().split(P_NOT_WORD)))
      outletsOfWord.set(w, (outletsOfWord.get(w) ?? 0) + 1);
  for (const [name, sourceIds] of byOutlet) {
    const core = name.replace(/^the\s+/i, '');
    const bare = core.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    const distinctive = [...new Set(bare.toLowerCase().split(P_NOT_WORD))].filter(
      (w) => w.length >= 4 && outletsOfWord.get(w) === 1 && !isEnglishWord(w),
    );
    for (const form of new Set([core, bare, ...distinctive]))
      names.push({ pattern: new RegExp(`\\b${escapeRegExp(form)}\\b`, 'i'), sourceIds });
  }
  return names;
}

/** The articles of the outlets `text` names, each once. */
export function outletsNamed(names: readonly OutletName[], text: string): string[] {
  return [...new Set(names.filter((o) => o.pattern.test(text)).flatMap((o) => o.sourceIds))];
}
