/**
 * A bare figure that is the subject of its clause ("Five were killed", "Two of them were wounded", "one was
 * not hurt", "Eleven surrendered"): with no noun of its own, it counts what the figures just before it counted
 * ("a pickup carrying seven young men. Five were killed" → young men), in its sentence or the ones before.
 * The figure opens its clause (the sentence, or after a comma, semicolon, dash or a joining "and"/"but"), and
 * a verb or an auxiliary follows it, straight away or after "of them"/"of those": a figure followed by a noun
 * counts that noun (counted.ts), and a figure inside a clause is some verb's object or a preposition's. A
 * part is no more than its whole: "Fewer than 1,000 remain" after "the four border states" counts no state.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Counted } from './counted.ts';

/** Tokens after which a new clause opens. */
const CLAUSE_OPENING: ReadonlySet<string> = new Set([',', ';', '—', '–', 'and', 'but']);
/** Pronouns a partitive subject is "of" ("two of them", "three of those"): what was counted before. */
export const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/** True when the token opens a verb phrase: a verb or an auxiliary ("were killed", "died", "had fled"). */
function opensVerbPhrase(tok: Token | undefined): boolean {
  return tok !== undefined && (tok.pos === 'AUX' || tok.pos === 'VERB');
}

/**
 * Where the verb after a clause-opening figure (`startTok` to `endTok`, within `from`–`limit`) stands, past
 * "of them"; -1 when the figure does not open its clause or no verb follows it.
 */
function subjectVerbAt(
  toks: readonly Token[],
  from: number,
  startTok: number,
  endTok: number,
  limit: number,
): number {
  if (startTok > from && !CLAUSE_OPENING.has(toks[startTok - 1]?.normal ?? '')) return -1;
  let t = endTok;
  if (toks[t]?.normal === 'of' && PARTITIVE_PRONOUNS.has(toks[t + 1]?.normal ?? '')) t += 2;
  return t < limit && opensVerbPhrase(toks[t]) ? t : -1;
}

/**
 * True when the count word at `t` opens its clause as a part of what was counted before, "of them" and a
 * verb after it ("Two of them were wounded"); "every one of them", "the bodies of two of them" are no such. The
 * clause opens at `opensAt`, where a qualifier before the count word starts ("upwards of eighty of them").
 */
export function opensClauseAsPart(
  toks: readonly Token[],
  from: number,
  t: number,
  limit: number,
  opensAt: number = t,
): boolean {
  return toks[t + 1]?.normal === 'of' && subjectVerbAt(toks, from, opensAt, t + 1, limit) >= 0;
}

/**
 * What the figure from `startTok` to `endTok` (of `value`, its upper bound for a range) counts as its
 * clause's subject, within `from`–`limit` (the sentence's tokens): what a figure before it in the sentence
 * counted (`inSentence`), else what the sentences just before counted (`referent`), when that figure was no
 * smaller; `null` when the figure does not open its clause, no verb follows it, or nothing fits.
 */
export function countedAsSubject(
  analysis: Analysis,
  figure: { from: number; startTok: number; endTok: number; limit: number; value: number },
  inSentence: Counted | null,
  referent: Counted | null,
): Counted | null {
  const before = inSentence ?? referent;
  if (!before || (before.value !== undefined && before.value < figure.value)) return null;
  const { from, startTok, endTok, limit } = figure;
  if (subjectVerbAt(analysis.tokens, from, startTok, endTok, limit) < 0) return null;
  return { text: before.text, lemma: before.lemma };
}
