/**
 * Where in a sentence a name is not a rival for the unnamed subject a later pronoun continues: inside the relative
 * clause that describes the subject ("A BORTAC agent who trained with Terry …, said"), or in what the subject
 * is reported saying ("A street vendor …, said she had never heard of Torres").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Words opening a clause that describes the noun before it. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'that', 'where']);
/** Tokens at most between a subject and the verb of saying it is the subject of. */
const MAX_TOKENS_TO_VERB = 40;

/**
 * The tokens of `analysis` from `subjectEnd` (the token after a sentence's subject) up to `end` that name
 * no rival of the subject: those of a relative clause opening right after the subject, up to its comma,
 * and those after the verb of saying the subject governs (right after the subject or after a comma:
 * "…, said"), but not the verb's object ("told Norma"). Empty when the subject does not say anything, or
 * when no comma closes the clause.
 */
export function subordinateTokens(
  analysis: Analysis,
  subjectEnd: number,
  end: number,
  isCue: (lemma: string) => boolean,
): Set<number> {
  const out = new Set<number>();
  let k = subjectEnd;
  const opener = analysis.tokens[k];
  const setOff = opener?.value === ',' && CLAUSE_OPENERS.has(analysis.tokens[k + 1]?.normal ?? '');
  if (opener && (CLAUSE_OPENERS.has(opener.normal) || setOff)) {
    k += setOff ? 2 : 1;
    while (k < end && tokenAt(analysis, k).value !== ',') out.add(k++);
    // "A deputy who was at the scene told Norma …": with no comma to close it, where the clause ends and
    // the subject's own verb begins is not known.
    if (k >= end) return new Set();
  }
  for (; k < end && k - subjectEnd <= MAX_TOKENS_TO_VERB; k++) {
    const tok = tokenAt(analysis, k);
    const direct = k === subjectEnd || analysis.tokens[k - 1]?.value === ',';
    if (tok.pos !== 'VERB' || !direct || !isCue(tok.lemma)) continue;
    const said = new Set<number>();
    for (let after = k + 2; after < end; after++) said.add(after);
    // "said she had …": the word after the verb is the reported clause's too unless the verb is "tell".
    if (tok.lemma !== 'tell') said.add(k + 1);
    return new Set([...out, ...said]);
  }
  return new Set();
}

/** Quotation marks that open or close a quotation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * True when tokens [`from`, `to`) are one quotation and nothing else ('"A girl of seventeen?"'): a sentence
 * the attribution after it ('she said.') says, which names no one the pronoun could stand for.
 */
export function wholeQuotation(analysis: Analysis, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const open = analysis.tokens[from]?.value ?? '';
  const close = analysis.tokens[to - 1]?.value ?? '';
  if (!QUOTE_MARKS.has(open) || !QUOTE_MARKS.has(close)) return false;
  for (let k = from + 1; k < to - 1; k++) if (QUOTE_MARKS.has(tokenAt(analysis, k).value)) return false;
  return true;
}
