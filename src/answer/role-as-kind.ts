/**
 * A role a question writes as a kind of person, not as the one who holds it: "had **a sitting US president**
 * ever been on Mexican soil", "was Taft **the first US president** to cross". An indefinite or quantifying
 * word before the role ("a", "any", "every", "no") asks of anyone who held it; an ordinal or "only" picks
 * one by what they did, which the question asks the coverage to say. Either way the role names no holder
 * the coverage knows, and reading it as today's holder ("President Trump") asks about the wrong person.
 * Reads the question's tokens before the role's span, over the words that describe it ("sitting", "US").
 */
import type { Token } from '../nlp/pipeline.ts';

/** Words before a role that ask of any holder or of one picked by an ordinal. */
const KIND_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'any',
  'another',
  'every',
  'each',
  'no',
  'first',
  'last',
  'only',
]);
/** Parts of speech of the words that may stand between such an opener and the role ("a sitting US president"). */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
/** How many describing words may stand between them. */
const DESCRIBING_REACH = 3;

/** True when the role whose span starts at token `start` is written as a kind of person, not its holder. */
export function roleAsKind(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 1 - DESCRIBING_REACH; i--) {
    const t = tokens[i]!;
    if (KIND_OPENERS.has(t.normal)) return true;
    if (!DESCRIBING_POS.has(t.pos)) return false;
    // "sitting", "elected" describe the role; the question's own verb ("did a reporter ask US president …")
    // is where its subject ends.
    if (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal)) return false;
  }
  return false;
}
