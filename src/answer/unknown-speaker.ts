/**
 * "What did Pancho Villa say…?": the name a question asks to have said something, when no one the
 * coverage knows answers to it — a speaker it does not quote, however often it names him.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;

/** Question words and auxiliaries that open "what did X say", "what does X think". */
const ASKING_OPENERS: ReadonlySet<string> = new Set(['what', 'did', 'does', 'do', 'has', 'had', 'have']);

/**
 * The name in "What did <Name> say…": capitalised words, all of them, between the auxiliary and a verb of
 * saying, none of which an entity took; `null` when the question is not of that shape.
 */
export function unknownSpeaker(
  analysis: Analysis,
  entityTokens: ReadonlySet<number>,
  speechVerbs: ReadonlySet<string>,
): string | null {
  const tokens = analysis.tokens;
  const sayAt = tokens.findIndex((t) => t.pos === 'VERB' && speechVerbs.has(t.lemma));
  let k = 0;
  while (k < sayAt && ASKING_OPENERS.has(tokens[k]?.normal ?? '')) k++;
  if (k === 0 || k >= sayAt) return null;
  const name = tokens.slice(k, sayAt);
  if (!name.every((t, i) => t.pos === 'PROPN' && P1.test(t.value) && !entityTokens.has(k + i))) return null;
  return name.map((t) => t.value).join(' ');
}
