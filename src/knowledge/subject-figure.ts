/**
 * A bare figure that is the subject of its clause ("Five were killed", "Two of them were wounded", "one was
 * not hurt", "Eleven surrendered"): with no noun of its own, it counts what the figures just before it counted
 * ("a pickup carrying seven young men. Five were killed" → young men), in its sentence or the ones before.
 * The figure opens its clause (the sentence, or after a comma, semicolon, dash or a joining "and"/"but"), and
 * a verb or an auxiliary follows it, straight away or after "of them"/"of those": a figure followed by a noun
 * counts that noun (counted.ts), and a figure inside a clause is some verb's object or a preposition's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Counted } from './counted.ts';

/** Tokens after which a new clause opens. */
const CLAUSE_OPENING: ReadonlySet<string> = new Set([',', ';', '—', '–', 'and', 'but']);
/** Pronouns a partitive subject is "of" ("two of them", "three of those"): the people counted before. */
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);

/** True when "of them" ("of those") follows token `t`: a partitive subject ("two of them were wounded"). */
export function ofPronounAfter(toks: readonly Token[], t: number): boolean {
  return toks[t + 1]?.normal === 'of' && PARTITIVE_PRONOUNS.has(toks[t + 2]?.normal ?? '');
}

/** True when the token opens a verb phrase: a verb or an auxiliary ("were killed", "died", "had fled"). */
function opensVerbPhrase(tok: Token | undefined): boolean {
  return tok !== undefined && (tok.pos === 'AUX' || tok.pos === 'VERB');
}

/**
 * What the figure from `startTok` to `endTok` counts as its clause's subject, within `from`–`limit` (the
 * sentence's tokens): what a figure before it in the sentence counted (`inSentence`), else what the sentences
 * just before counted (`referent`); `null` when the figure does not open its clause, no verb follows it, or
 * nothing was counted before.
 */
export function countedAsSubject(
  analysis: Analysis,
  from: number,
  startTok: number,
  endTok: number,
  limit: number,
  inSentence: Counted | null,
  referent: Counted | null,
): Counted | null {
  const before = inSentence ?? referent;
  if (!before) return null;
  const toks = analysis.tokens;
  if (startTok > from && !CLAUSE_OPENING.has(toks[startTok - 1]?.normal ?? '')) return null;
  let t = endTok;
  if (ofPronounAfter(toks, t - 1)) t += 2;
  if (t >= limit || !opensVerbPhrase(toks[t])) return null;
  return before;
}
