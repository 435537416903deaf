/**
 * "The Monitor Republicano of the 9th, an opposition print, remarks that '…'": a verb of saying in the third
 * person that the tagger reads as a plural noun ("remarks", "notes"). Standing after a subject (a name, a
 * noun, or a comma closing what was set off after it) and before "that", it is the verb.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Parts of speech a subject ends with, right before its verb. */
const SUBJECT_ENDS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'NUM']);

/**
 * True when `before[k]` is a plural noun by its tag whose lemma `isSaying` takes for a verb of saying, after a
 * subject's last word or a comma, and before "that".
 */
export function sayingVerbTaggedNoun(
  analysis: Analysis,
  before: readonly number[],
  k: number,
  isSaying: (lemma: string) => boolean,
): boolean {
  const tokens = analysis.tokens;
  const tok = tokens[before[k] ?? -1];
  if (!tok || tok.pos !== 'NOUN' || !tok.normal.endsWith('s') || !isSaying(tok.lemma)) return false;
  if (tokens[before[k + 1] ?? -1]?.normal !== 'that') return false;
  const previous = tokens[before[k - 1] ?? -1];
  return previous !== undefined && (SUBJECT_ENDS.has(previous.pos) || previous.value === ',');
}
