/**
 * '"…," the colonel reports.': wink-nlp reads a verb of saying in its "-s" form as a plural noun when a noun
 * stands before it ("colonel reports", "the ministry writes"), so the tag after quoted words has no verb and
 * hands nothing over. A tag right after a closing quotation mark is a subject and its verb; when its last
 * word, ending the clause, is a noun in a form other than its lemma whose lemma is a verb of saying, and a
 * noun or name stands right before it, that word is the tag's verb. Read from the parse, bounded in tokens.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Parts of speech of a tag's subject ("the colonel", "Col. Grierson", "the district commander"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);
/** Tokens at most of such a subject. */
const MAX_SUBJECT_TOKENS = 6;
/**
 * WordNet's act of communicating ("communicate intercommunicate": "transmit thoughts or feelings"): a verb
 * whose first sense is a way of it, in a step or three, is one a tag may close with ("report" → inform →
 * communicate; "shout", "cable", "explain").
 */
export const isCommunicating = (words: readonly string[]): boolean => words.includes('communicate');
/** Marks that end the tag's clause. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '"', '“', '”']);
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '”', '“']);

/**
 * `analysis` with each verb of saying the parse read as a noun at the end of a tag after quoted words read as
 * a verb; the same object when there is none (tokens are copied, never changed in place: analyses may be shared).
 */
export function withTagVerbs(analysis: Analysis, isSaying: (lemma: string) => boolean): Analysis {
  let tokens: Token[] | null = null;
  const { tokens: read } = analysis;
  for (let i = 1; i < read.length; i++) {
    if (!tagVerbAt(read, i, isSaying)) continue;
    tokens ??= [...read];
    tokens[i] = { ...read[i]!, pos: 'VERB' };
  }
  return tokens ? { ...analysis, tokens } : analysis;
}

function tagVerbAt(tokens: readonly Token[], i: number, isSaying: (lemma: string) => boolean): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.pos !== 'NOUN' || t.normal === t.lemma || !/s$/.test(t.normal)) return false;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  const next = tokens[i + 1];
  if (next && !CLAUSE_END.has(next.value)) return false;
  // Back over the subject to the closing quotation mark the tag follows.
  for (let k = i - 1; k >= 0 && i - k <= MAX_SUBJECT_TOKENS + 1; k--) {
    const w = tokens[k];
    if (!w) return false;
    if (QUOTE_MARKS.has(w.value)) {
      return k < i - 1 && closesWords(tokens, k) && isSaying(t.lemma);
    }
    if (!SUBJECT_POS.has(w.pos) || (w.pos === 'PUNCT' && w.value !== '.')) return false;
  }
  return false;
}

/** True when the quotation mark at `k` closes quoted words handed over: a comma, "!" or "?" just inside it. */
function closesWords(tokens: readonly Token[], k: number): boolean {
  return [',', '!', '?'].includes(tokens[k - 1]?.value ?? '');
}
