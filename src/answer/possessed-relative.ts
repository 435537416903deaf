/**
 * A follow-up that asks about someone by their relation to the person in focus ("and his brother? what did
 * he do"): the possessive points back, but the question is about the relative, whom the article introduces
 * by that relation ("His brother, Sol Weinberg, …"). The relative, not the owner, is then what the
 * follow-up and the next pronoun mean.
 */
import type { Token } from '../nlp/pipeline.ts';
import { relativeOf } from './compare-people.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Possessives a follow-up names a relative by. */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Words of a relation after the possessive ("his former wife"): more is a phrase, not a relation. */
const MAX_RELATION_WORDS = 3;
/** The parts of speech of a relation's words: a noun and what qualifies it. */
const RELATION_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * The words of a relation from token `from` ("former wife", "ex-husband"): at most `max` nouns and adjectives,
 * ending at the last noun among them; empty when there is none.
 */
export function relationWords(tokens: readonly Token[], from: number, max: number): Token[] {
  const words: Token[] = [];
  for (let k = from; k < tokens.length && words.length < max; k++) {
    const t = tokens[k];
    if (!t || !RELATION_POS.has(t.pos)) break;
    words.push(t);
  }
  while (words.length > 0 && words.at(-1)?.pos !== 'NOUN') words.pop();
  return words;
}

/**
 * The words of the first relation `tokens` name by a possessive ("his brother" → ["brother"], "her
 * ex-husband" → ["ex-husband"]), ending at the noun; `null` when no possessive is followed by a noun.
 */
export function possessedRelation(tokens: readonly Token[]): string[] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!POSSESSIVES.has(tokens[i]?.normal ?? '')) continue;
    const words = relationWords(tokens, i + 1, MAX_RELATION_WORDS);
    if (words.length > 0) return words.map((t) => t.normal);
  }
  return null;
}

/**
 * The person a follow-up asks about by their relation to `ownerId`, whom its possessive points to ("his
 * brother" after a question about Abe Weinberg: Sol Weinberg); `null` when the question names no relation
 * or the owner's articles introduce no one, or more than one, by it.
 */
export function possessedRelative(
  index: KnowledgeIndex,
  tokens: readonly Token[],
  ownerId: string,
): string | null {
  const relation = possessedRelation(tokens);
  return relation ? relativeOf(index, ownerId, relation) : null;
}
