/**
 * A proper name a question writes in capitals whose words are also English words ("Operation Intercept",
 * "Joint Task Force Six"): read as a name when two or more capitalised words run together mid-question, in a
 * question otherwise written in lower case, where no one capitalises a common noun phrase.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Ll}/u;

/** A word written with a capital and then lower-case letters ("Intercept", not "US" or "intercept"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The fewest capitalised words in a run for it to be read as a name rather than one stray capital. */
const MIN_NAME_WORDS = 2;

/** A capitalised run of a question: its words as one lower-case phrase, as written, and their positions. */
export interface CapitalisedName {
  phrase: string;
  words: string[];
  positions: number[];
}

/**
 * Every run of at least {@link MIN_NAME_WORDS} capitalised words each after a word of its sentence, not its first ("When did
 * Operation Intercept end?" → "operation intercept"); none when the question is written in capitals
 * throughout (a headline-cased question capitalises every word, name or not), so that only a name stands out.
 */
export function capitalisedNames(analysis: Analysis): CapitalisedName[] {
  const { tokens } = analysis;
  if (!tokens.some((t, i) => i > 0 && t.type === 'word' && P1.test(t.value))) return [];
  const out: CapitalisedName[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_NAME_WORDS) {
      const words = run.map((i) => tokens[i]?.value ?? '');
      out.push({ phrase: words.join(' ').toLowerCase(), words, positions: run });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    // A run must follow a word of its sentence: "Thanks. The Guard…" capitalises "The" for the sentence.
    const opens = run.length > 0 || tokens[i - 1]?.type === 'word';
    if (opens && t.type === 'word' && CAPITALISED.test(t.value)) run.push(i);
    else close();
  });
  close();
  return out;
}

/**
 * True when `text` names another thing of the kind the name `asked` heads ("Joint Operation Chihuahua" when
 * "Operation Intercept" is asked): the name's first word, capitalised, before a capitalised word the asked
 * name does not go on with. A sentence about another operation, fort or task force does not answer for this one.
 */
export function namesAnotherOfKind(text: string, asked: readonly string[]): boolean {
  const [head, next] = asked;
  if (head === undefined || next === undefined) return false;
  const named = new RegExp(`\\b${escapeRegExp(head)}\\s+(\\p{Lu}[\\p{L}-]*)`, 'gu');
  // "Blockade" for "Operation Blockade": a sentence that says the name's own words short is about it.
  const own = asked.slice(1).some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'u').test(text));
  return !own && [...text.matchAll(named)].some((m) => m[1] !== next);
}

/** `word` with the characters a regular expression gives meaning to escaped. */
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
