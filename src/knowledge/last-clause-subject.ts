/**
 * The person a sentence of clauses joined by a semicolon leaves the reader with: the one named as the subject
 * of its last clause ("The chronicler says the bullet struck the right hand; Chacón says it was the forearm.
 * '…,' she said" is Chacón's), not the first clause's subject.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Tokens at most before the name in the last clause's opening noun phrase ("Dr.", "the historian"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** Parts of speech a noun phrase opening a clause is made of before the name: titles, determiners, nouns. */
const NOUN_PHRASE_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PUNCT']);

/**
 * Of `people` (mentions in token order, none inside a quotation), the one opening the clause after the last
 * semicolon of the sentence spanning tokens `from`..`to` (end exclusive) outside quotations, as its subject:
 * only words of a noun phrase stand between the semicolon and the name. `null` when there is no such clause.
 */
export function lastClauseSubject<M extends { token: number }>(
  analysis: Analysis,
  from: number,
  to: number,
  people: readonly M[],
  quoted: (k: number) => boolean,
): M | null {
  let semicolon = -1;
  for (let k = to - 1; k >= from; k--)
    if (analysis.tokens[k]?.value === ';' && !quoted(k)) {
      semicolon = k;
      break;
    }
  if (semicolon < 0) return null;
  const named = people.find((m) => m.token > semicolon);
  if (!named || named.token - semicolon - 1 > MAX_WORDS_BEFORE_NAME) return null;
  for (let k = semicolon + 1; k < named.token; k++)
    if (!NOUN_PHRASE_POS.has(analysis.tokens[k]?.pos ?? '')) return null;
  return named;
}
