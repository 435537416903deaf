/**
 * An answer shows no words twice: a quotation after the sentence it stands in ("'It was over in less than ten
 * minutes,' Maj. Teague said", then “It was over in less than ten minutes” — Teague), or a sentence shown
 * twice, repeats what the reader has just read. Evidence whose words all stand, in order, in evidence of the
 * same article shown before it is left out.
 */
import type { Evidence } from './types.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The words of a text, lower-cased, each with a space either side, for finding a run of them in another. */
function wordRun(text: string): string {
  const words = text
    .toLowerCase()
    .split(NOT_WORD)
    .filter((w) => w !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** `evidence` less each item whose words an earlier item of its article shows (its text or its context). */
export function withoutRepeatedWords(evidence: readonly Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  const shown: Array<{ sourceId: string; words: string }> = [];
  for (const e of evidence) {
    const words = wordRun(e.text);
    const repeated = words !== '' && shown.some((s) => s.sourceId === e.sourceId && s.words.includes(words));
    if (repeated) continue;
    kept.push(e);
    shown.push({ sourceId: e.sourceId, words });
    if (e.kind === 'quote' && e.context) shown.push({ sourceId: e.sourceId, words: wordRun(e.context) });
  }
  return kept;
}
