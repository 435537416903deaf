/**
 * The places and names the sentences around a piece of evidence give it. A report names where something
 * happened once and goes on without repeating it ("…the latest hole in the border: a tunnel… to Otay Mesa."
 * then "Agents seized 1,762 pounds of cocaine."): a question naming the place is still answered by the later
 * sentence. Only names count (words the article writes capitalised inside a sentence that are no English word, and
 * place entities),
 * never what was done: the act a question asks must be in the evidence itself.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Sentences read on each side of each sentence of evidence for the names around it. Measured on the dev splits
 * (npm run eval 2026-12-01): 1, 2 and 3 each answer dev 835 → 836/983 with must-decline answered unchanged;
 * 2 is kept as the reach of a paragraph's sentences. Capitalised English words as names too ("Guard",
 * "Army") answered a dev must-decline ("when did obama's 2010 guard deployment end?").
 */
export const NAMES_REACH = 2;

/** A capitalised word inside a sentence (not its first word): part of a name. */
const CAPITALISED = /(?<=[\s(“"'‘-])\p{Lu}[\p{Ll}\p{M}’']+/gu;

/**
 * The capitalised words past a sentence's first that are among its own lemmas, lowercased without a
 * possessive ("Ysidro", "Neely's" → ysidro, neely), in the order written: what {@link namesAround} reads of a
 * sentence whatever the question, kept once found (a question reads some 5 sentences around each piece of
 * evidence, and the same sentences come up question after question).
 */
const capitalisedLemmas = new WeakMap<Sentence, readonly string[]>();

function capitalisedLemmasOf(s: Sentence): readonly string[] {
  const known = capitalisedLemmas.get(s);
  if (known) return known;
  const own = new Set(s.lemmas);
  const words: string[] = [];
  for (const m of s.text.matchAll(CAPITALISED)) {
    const word = m[0].toLowerCase().replace(/[’']s?$/, '');
    if (own.has(word)) words.push(word);
  }
  capitalisedLemmas.set(s, words);
  return words;
}

/**
 * The lemmas of the names (capitalised words past a sentence's first that are no English word: "Ysidro",
 * "Neely's", not "Guard") and the place entities of the sentences up to {@link NAMES_REACH} on each side of `sentences`, in their sources.
 */
export function namesAround(
  index: KnowledgeIndex,
  sentences: ReadonlyArray<Sentence | null>,
  isEnglishWord: (word: string) => boolean,
): { lemmas: Set<string>; entities: Set<string> } {
  const lemmas = new Set<string>();
  const entities = new Set<string>();
  const seen = new Set<string>();
  for (const s of sentences) {
    if (!s) continue;
    for (let k = -NAMES_REACH; k <= NAMES_REACH; k++) {
      const n = k === 0 ? s : index.neighbour(s.id, k);
      if (!n || seen.has(n.id)) continue;
      seen.add(n.id);
      for (const word of capitalisedLemmasOf(n)) if (!isEnglishWord(word)) lemmas.add(word);
      for (const mention of n.mentions)
        if (index.entities.get(mention.entityId)?.type === 'place') entities.add(mention.entityId);
    }
  }
  return { lemmas, entities };
}

/**
 * The names that the passage around `beside` (sentences another part of the same message was answered from
 * with confidence: see part-beside.ts) lends to evidence inside it: the names (as {@link namesAround} reads
 * them) and the people, places and bodies named within {@link NAMES_REACH} sentences of `beside`, and those
 * of `words` (the question's) that are no English word and that the article's title says ("Resaca de la
 * Palma"). Nothing when none of `sentences` is in that passage: two answers side by side share their story,
 * two sentences far apart need not.
 */
export function namesBeside(
  index: KnowledgeIndex,
  beside: ReadonlySet<string>,
  sentences: ReadonlyArray<Sentence | null>,
  words: readonly string[],
  isEnglishWord: (word: string) => boolean,
): { lemmas: Set<string>; entities: Set<string> } {
  const lemmas = new Set<string>();
  const entities = new Set<string>();
  const passage = new Map<string, Sentence>();
  for (const id of beside)
    for (let k = -NAMES_REACH; k <= NAMES_REACH; k++) {
      const n = k === 0 ? index.sentence(id) : index.neighbour(id, k);
      if (n) passage.set(n.id, n);
    }
  const inside = sentences.filter((s): s is Sentence => s !== null && passage.has(s.id));
  if (inside.length === 0) return { lemmas, entities };
  for (const n of passage.values()) {
    for (const word of capitalisedLemmasOf(n)) if (!isEnglishWord(word)) lemmas.add(word);
    for (const mention of n.mentions) entities.add(mention.entityId);
  }
  for (const s of inside)
    for (const w of words) if (!isEnglishWord(w) && index.titleHolds(s.sourceId, w)) lemmas.add(w);
  return { lemmas, entities };
}
