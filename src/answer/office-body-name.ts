/**
 * A role written as the owner in a body's name ("the **President's** Mediation Commission", "the Governor's
 * Office"): capitalised, in the possessive, before a capitalised noun. The body is named, not the one who
 * holds the office: "What did the President's Mediation Commission call the deportation?" asks nothing of
 * today's president. A role in the possessive before a common noun ("the president's order") is its holder's,
 * and so is one before a name the knowledge already has ("the President's National Guard": the guard is
 * known, the president is its commander) or in a question written in title case ("What Did The President's
 * Order Say?"), where capitals say nothing. Reads the question's tokens around the role's span.
 */
import { titleCased } from '../knowledge/title-case.ts';
import type { Token } from '../nlp/pipeline.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const CAPITALISED = /^\p{Lu}/u;
/** Parts of speech of a word that may open a body's name after the possessive. */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * True when the role whose span ends before token `end` is the owner in a capitalised body's name:
 * the role's last word and the word after its possessive are capitalised, the question is not in title case,
 * and `knownAt` (a name of the knowledge starting at a token) finds no name after the possessive. A role
 * whose last word opens the question is capitalised by its place, which says nothing.
 */
export function namesBodyOfOffice(
  tokens: readonly Token[],
  end: number,
  knownAt: (token: number) => boolean,
): boolean {
  const last = tokens[end - 1];
  const mark = tokens[end];
  const next = tokens[end + 1];
  if (!last || !mark || !next || end - 1 === 0) return false;
  return (
    CAPITALISED.test(last.value) &&
    POSSESSIVE_ENDINGS.has(mark.value) &&
    CAPITALISED.test(next.value) &&
    NAME_POS.has(next.pos) &&
    !knownAt(end + 1) &&
    !titleCased(tokens)
  );
}
