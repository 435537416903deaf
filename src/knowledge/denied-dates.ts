/**
 * Dates a sentence states only to deny or correct them: "rebuilt in 1872, not 1870", "on June 3 rather than in
 * 1869", "a county history incorrectly gives the year as 1869", "An earlier version of this report said the
 * hurricane struck in 1866." Such a date is not the date of the event the sentence tells, and the knowledge
 * does not keep it. English grammar and the wording of newspaper corrections, not the domain.
 */
import { opensWithCapital } from '../nlp/letter-tests.ts';
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Words that may stand between a denying word and its date ("not in 1866", "instead of on May 16"). */
const DENIED_DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'of', 'at', 'the']);
/** What denies the date right after it: "not 1866", "instead of 1866" ("rather than" is read apart). */
const DENYING_WORDS: ReadonlySet<string> = new Set(['not', 'instead']);
/** Adverbs saying the clause states a thing wrongly ("incorrectly gives the year as 1869"). */
const ERROR_ADVERBS: ReadonlySet<string> = new Set([
  'incorrectly',
  'mistakenly',
  'erroneously',
  'wrongly',
  'falsely',
  'inaccurately',
]);
/** Verbs that state a thing wrongly ("misstated the date as May 11"). */
const MISSTATING_VERBS: ReadonlySet<string> = new Set([
  'misstate',
  'misstated',
  'misreport',
  'misreported',
  'misdate',
  'misdated',
  'misprint',
  'misprinted',
]);
/** Words placing a piece of writing before the one read ("an earlier version", "a previous post"). */
const EARLIER_WORDS: ReadonlySet<string> = new Set(['earlier', 'previous', 'prior', 'original']);
/** The pieces of writing a correction says an earlier one of said something ("an earlier post said …"). */
const WRITING_NOUNS: ReadonlySet<string> = new Set([
  'version',
  'edition',
  'post',
  'story',
  'article',
  'report',
  'update',
  'item',
  'entry',
  'column',
  'summary',
  'transcript',
  'translation',
  'caption',
  'headline',
  'broadcast',
  'segment',
  'obituary',
  'explainer',
  'interview',
  'piece',
]);
/** Verbs by which a piece of writing states a thing (lemmas): "said", "gave the date as", "listed". */
const STATING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'give',
  'state',
  'report',
  'list',
  'put',
  'describe',
  'write',
  'call',
  'date',
  'place',
  'show',
  'identify',
]);
/** What ends the clause a correction's wrong date is in ("…as 1869; the fire was in 1871"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '—', '–', 'but']);
/** How far back from a date its clause is read: a correction's subject is near the date it retracts. */
const MAX_CLAUSE_TOKENS = 40;
/** How many words may stand between "earlier" and the piece of writing ("an earlier version of the 12:40 p.m. post"). */
const MAX_WRITING_GAP = 7;

/**
 * True when the date at tokens `[start, end)` of a sentence opening at `sentenceStart` is stated only to be
 * denied or corrected: a denying word right before it ("not 1866", "rather than in 1869", "instead of May
 * 16"), or, in its clause before it, a word saying the clause is wrong ("incorrectly", "misstated") or an
 * earlier piece of writing that said it ("An earlier version of this report said … 1866"). "Not until 1868"
 * bounds an act in 1868 and denies nothing. In a correction of the outlet's own report (`inCorrection`,
 * corrections.ts) a date a verb of stating reports before it in its clause is the one retracted ("In Part 3
 * we said the raid took place on Aug. 9"), whatever act it dates; the date the correction gives ("It took
 * place on Aug. 8") is read.
 */
export function statedToDeny(
  analysis: Analysis,
  start: number,
  sentenceStart: number,
  inCorrection = false,
): boolean {
  const toks = analysis.tokens;
  let t = start - 1;
  for (let skipped = 0; t >= sentenceStart && skipped < 2; t--, skipped++)
    if (!DENIED_DATE_PREPOSITIONS.has(toks[t]?.normal ?? '')) break;
  const before = toks[t]?.normal ?? '';
  // "instead of May 16" denies; "The troops instead on April 12 turned back" dates the turning back.
  const denying = before === 'instead' ? toks[t + 1]?.normal === 'of' : DENYING_WORDS.has(before);
  if (denying || (before === 'than' && toks[t - 1]?.normal === 'rather')) return true;
  return correctedClause(toks, start, sentenceStart, inCorrection);
}

/** True when the clause before token `start` says it states a thing wrongly (see {@link statedToDeny}). */
function correctedClause(
  toks: readonly Token[],
  start: number,
  sentenceStart: number,
  inCorrection: boolean,
): boolean {
  const from = Math.max(sentenceStart, start - MAX_CLAUSE_TOKENS);
  let stated = false;
  // A verb of another act between the date and the word saying a clause is wrong dates that act: "Villa, who
  // had been falsely reported dead, reappeared on June 1", "The colonel, who misstated…, was relieved on July 7".
  let otherAct = false;
  for (let t = start - 1; t >= from; t--) {
    const tok = toks[t];
    if (!tok || CLAUSE_ENDS.has(tok.normal)) return false;
    if (MISSTATING_VERBS.has(tok.normal)) return !otherAct;
    // "Incorrectly gives the year as 1869" states it wrongly; "was wrongly arrested on May 3" dates an arrest.
    if (stated && ERROR_ADVERBS.has(tok.normal)) return !otherAct;
    if (tok.pos === 'VERB' && STATING_LEMMAS.has(tok.lemma)) {
      if (inCorrection) return true;
      stated = true;
    } else if (tok.pos === 'VERB' && !stated) otherAct = true;
    // "An earlier version of this report said …": the piece of writing is the subject of a verb of stating.
    if (stated && EARLIER_WORDS.has(tok.normal) && writingAfter(toks, t, start)) return true;
  }
  return false;
}

/**
 * True when a piece of writing is named within a few words after the word at `t` and before `limit`: "an
 * earlier post", "a previous version of this story", "an earlier version of the 12:40 p.m. post"; not a
 * version of something else ("an earlier version of the bill").
 */
function writingAfter(toks: readonly Token[], t: number, limit: number): boolean {
  const end = Math.min(limit, t + 1 + MAX_WRITING_GAP);
  for (let k = t + 1; k < end; k++) {
    const word = toks[k]?.normal ?? '';
    if (!WRITING_NOUNS.has(word)) continue;
    // "The original story in the Columbus Courier": another outlet's writing, which this one does not correct.
    if (
      ELSEWHERE.has(toks[k + 1]?.normal ?? '') &&
      opensWithCapital(toks[k + 3]?.value ?? toks[k + 2]?.value ?? '')
    )
      return false;
    if (word !== 'version' || toks[k + 1]?.normal !== 'of' || OWN_WRITING.has(toks[k + 2]?.normal ?? ''))
      return true;
    for (let j = k + 2; j < end; j++) if (WRITING_NOUNS.has(toks[j]?.normal ?? '')) return true;
    return false;
  }
  return false;
}

/** Words after a piece of writing that place it in another publication ("the story in the Courier"). */
const ELSEWHERE: ReadonlySet<string> = new Set(['in', 'by', 'from']);

/** Words by which a correction points at the piece read ("a previous version of this story"). */
const OWN_WRITING: ReadonlySet<string> = new Set(['this', 'our', 'these']);
