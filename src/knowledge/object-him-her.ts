/**
 * "called on him", "held it against her": "him" or "her" standing as an object. "Her" is one only where no noun
 * follows it ("told her", not "her son"). Read by the passes that follow such a pronoun back to its person
 * (bound-object-pronouns.ts, relative-clause-subject.ts, described-after-opening.ts).
 */
import type { Analysis } from '../nlp/pipeline.ts';

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** True when token `k` of `analysis` is "him" or "her" as an object pronoun (no noun after it). */
export function isObjectHimOrHer(analysis: Analysis, k: number): boolean {
  const tok = analysis.tokens[k];
  return (
    tok !== undefined &&
    tok.pos === 'PRON' &&
    OBJECT_PRONOUNS.has(tok.normal) &&
    !NOUN_POS.has(analysis.tokens[k + 1]?.pos ?? '')
  );
}
