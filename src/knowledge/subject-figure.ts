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
const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those', 'these']);
/** Words that make the noun phrase after "of" definite ("nineteen of the Union men", "two of his sons"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'those',
  'these',
  'his',
  'her',
  'their',
  'its',
  'our',
]);
/** Parts of speech of the words of a noun phrase after a partitive "of" ("the Union men", "the wounded"). */
const PARTITIVE_NOUN_PHRASE: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
/** Most words of that noun phrase. */
const MAX_PARTITIVE_WORDS = 4;

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
  phraseEnd = -1,
): number {
  if (startTok > from && !CLAUSE_OPENING.has(toks[startTok - 1]?.normal ?? '')) return -1;
  let t = endTok;
  if (phraseEnd > t) t = phraseEnd;
  else if (toks[t]?.normal === 'of' && PARTITIVE_PRONOUNS.has(toks[t + 1]?.normal ?? '')) t += 2;
  return t < limit && opensVerbPhrase(toks[t]) ? t : -1;
}

/**
 * Where a definite noun phrase after the partitive "of" at `of` ends ("of the Union men", "of his sons"): the
 * index of the token after its last noun; -1 when no determiner, or no noun, follows "of".
 */
function partitivePhraseEnd(toks: readonly Token[], of: number, limit: number): number {
  if (!PARTITIVE_DETERMINERS.has(toks[of + 1]?.normal ?? '')) return -1;
  let end = -1;
  for (let k = of + 2; k < limit && k < of + 2 + MAX_PARTITIVE_WORDS; k++) {
    const tok = toks[k];
    if (!tok || !PARTITIVE_NOUN_PHRASE.has(tok.pos)) break;
    if (tok.pos !== 'ADJ') end = k + 1;
  }
  return end;
}

/**
 * True when the count word at `t` opens its clause as a part of a group, with a verb after it: of what was
 * counted before ("Two of them were wounded"), or of the group a definite noun phrase names ("Nineteen of
 * the Union men were killed"), which counted.ts reads as what it counts; "every one of them", "the bodies
 * of two of them", "one of the reasons why", "one of the inspectors" (a person singled out) are no such.
 */
export function opensClauseAsPart(toks: readonly Token[], from: number, t: number, limit: number): boolean {
  if (toks[t + 1]?.normal !== 'of') return false;
  if (subjectVerbAt(toks, from, t, t + 1, limit) >= 0) return true;
  // "One of the inspectors took them for Rangers": "one of" singles a person out, and counts no one.
  if (toks[t]?.normal === 'one') return false;
  const end = partitivePhraseEnd(toks, t + 1, limit);
  return end > 0 && subjectVerbAt(toks, from, t, t + 1, limit, end) >= 0;
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
