/**
 * A figure inside a report its sentence denies or disputes ("The army denied reports that nine ranchers were
 * wounded", "officials disputed claims of 40 dead") counts nothing that happened: it is no count of the asked
 * act, and shown in bold it would say the opposite of its sentence. English grammar, not the domain: a verb
 * of denying, then "that" (after a noun of a report or not) or a noun of a report and "of", before the figure.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NEGATIONS } from './negated-act.ts';

/** Verbs (and their participles read as adjectives, "the disputed reports") that deny what follows them. */
const DENYING: ReadonlySet<string> = new Set([
  'deny',
  'denied',
  'dispute',
  'disputed',
  'reject',
  'rejected',
  'refute',
  'refuted',
  'dismiss',
  'dismissed',
  'contest',
  'contested',
  'debunk',
  'debunked',
  'contradict',
  'contradicted',
]);
/** A cheap look at a sentence's text before it is read token by token: most sentences deny nothing. */
const MAY_DENY = /\b(?:den(?:y|ie)|disput|reject|refut|dismiss|contest|debunk|contradict)/i;
/** Nouns of what is reported, which the denying verb takes before "that" or "of" ("denied reports that"). */
const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'claim',
  'rumor',
  'rumour',
  'allegation',
  'account',
  'story',
  'assertion',
  'suggestion',
  'figure',
  'estimate',
  'count',
]);
/** Words between the verb and the report noun ("denied **the earlier** reports"). */
const MAX_REPORT_LEAD = 3;
/** Tokens read back from the figure for the "that" or "of" opening the report. */
const MAX_REPORT_REACH = 10;
/** Tokens that end the clause a figure stands in. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', '.', '—', '–']);
/** Tokens read back from the denying verb for a negation ("did not deny"). */
const NEGATION_REACH = 3;

/** True when `tok` is a word of denying. */
function denies(tok: Token | undefined): boolean {
  return tok !== undefined && (DENYING.has(tok.lemma) || DENYING.has(tok.normal));
}

/** True when the denying word at `v` is itself negated ("did not deny reports that…"). */
function negated(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - NEGATION_REACH); k--)
    if (NEGATIONS.has(tokens[k]?.normal ?? '')) return true;
  return false;
}

/** True when the "that" or "of" at `c` opens a report a word of denying before it denies. */
function opensDeniedReport(tokens: readonly Token[], c: number): boolean {
  const word = tokens[c]?.normal;
  let k = c - 1;
  let report = false;
  if (REPORT_NOUNS.has(tokens[k]?.lemma ?? '')) {
    report = true;
    k--;
    for (let lead = 0; lead < MAX_REPORT_LEAD && k >= 0 && !denies(tokens[k]); lead++) {
      const pos = tokens[k]?.pos;
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') return false;
      k--;
    }
  }
  // "Of" opens a report only after its noun ("reports of nine dead"); "that" right after the verb too.
  if (word === 'of' && !report) return false;
  return denies(tokens[k]) && !negated(tokens, k);
}

/**
 * True when the figure whose first token starts at character `at` of its sentence (read as `tokens`) stands
 * in a report the sentence denies or disputes.
 */
export function inDeniedReport(tokens: readonly Token[], at: number): boolean {
  const figure = tokens.findIndex((t) => t.start >= at);
  if (figure < 0) return false;
  for (let k = figure - 1; k >= Math.max(0, figure - MAX_REPORT_REACH); k--) {
    const tok = tokens[k];
    if (!tok || CLAUSE_BREAKS.has(tok.value)) return false;
    if ((tok.normal === 'that' || tok.normal === 'of') && opensDeniedReport(tokens, k)) return true;
  }
  return false;
}

/**
 * True when figure `figureText` of sentence `text` stands in a report the sentence denies or disputes;
 * `analyse` reads the sentence's tokens, only for a sentence with a word of denying.
 */
export function figureDenied(
  text: string,
  figureText: string,
  analyse: (text: string) => { tokens: readonly Token[] },
): boolean {
  if (!MAY_DENY.test(text)) return false;
  const at = text.indexOf(figureText);
  return at >= 0 && inDeniedReport(analyse(text).tokens, at);
}
