/**
 * The person a sentence ending in a relative or subordinate clause about its subject leaves the reader with:
 * "The captain … fell back to the Pima villages, which Mr. Ashcroft always held against him. '…,' he said"
 * is Ashcroft's. The clause names a new subject and keeps the sentence's subject only as "him" or "her" (who
 * cannot be the clause's own subject), so the writer has moved on to the one who held it against him.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { RELATIVE_PRONOUNS } from '../nlp/relative-pronouns.ts';
import { isObjectHimOrHer } from './object-him-her.ts';

/** Tokens at most between the relative word and the name ("which the old Mr. Ashcroft"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** Parts of speech the clause's subject is made of before the name: titles, determiners, nouns. */
const NOUN_PHRASE_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PUNCT']);
/** Marks that end the clause. */
const CLAUSE_END = new Set([';', ':', '—', '–', '.', '?', '!']);

/**
 * Of `people` (named mentions in token order, none inside a quotation, the first the sentence's subject), the
 * last, when it is not the first, opens a clause after a comma and a relative pronoun ("…, which Mr. Ashcroft")
 * as its subject, and a "him"/"her" follows the clause's verb before the clause ends: the clause's subject.
 * `null` otherwise.
 */
export function relativeClauseSubject<M extends { token: number }>(
  analysis: Analysis,
  to: number,
  people: readonly M[],
  quoted: (k: number) => boolean,
): M | null {
  const named = people.at(-1);
  if (!named || people.length < 2) return null;
  let relative = named.token - 1;
  while (
    relative > named.token - 1 - MAX_WORDS_BEFORE_NAME &&
    NOUN_PHRASE_POS.has(analysis.tokens[relative]?.pos ?? '') &&
    analysis.tokens[relative]?.value !== ','
  )
    relative--;
  if (!RELATIVE_PRONOUNS.has(analysis.tokens[relative]?.normal ?? '')) return null;
  if (analysis.tokens[relative - 1]?.value !== ',') return null;
  let verb = false;
  for (let k = named.token + 1; k < to; k++) {
    const tok = analysis.tokens[k];
    if (!tok || quoted(k)) return null;
    if (CLAUSE_END.has(tok.value)) return null;
    if (tok.pos === 'VERB') verb = true;
    else if (verb && isObjectHimOrHer(analysis, k)) return named;
  }
  return null;
}
