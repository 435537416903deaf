/**
 * Whether the words at a place in a sentence are given as the source of what the sentence says: the noun
 * phrase "according to" governs ("According to the family, the boys were playing"; not "According to police,
 * family members were told…"), or the subject of a verb of saying in the active voice ("The ministry said…",
 * "Zertuche, the Mexican consul at this place, said…"; not "the family was told", not "Last year the agency
 * said" for the year, not "Barrientos's lawyer said" for Barrientos). One reading for the comparison sides that
 * need it: an account's possessor (side-account.ts) and a stance side's person (stance-side.ts).
 */
import type { Token } from '../nlp/pipeline.ts';
import { POSSESSIVE_MARKS } from '../nlp/possessive.ts';

/** Words before the source's first word "according to" may stand at ("according to the boy's family"). */
const MAX_FROM_ACCORDING = 4;
/** Words after the source a verb of saying may stand at and still be its ("the family has long said"). */
const MAX_TO_VERB = 4;
/** Words an apposition between commas may run ("Zertuche, the Mexican consul at this place, said"). */
const MAX_APPOSITION = 14;
/** Parts of speech that may stand between "according to" and the source ("according to the boy's family"). */
const BEFORE_SOURCE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PART', 'NOUN', 'PROPN']);
/** Parts of speech that may stand between the source and its verb of saying ("the family has long said"). */
const BEFORE_VERB_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** Parts of speech of a noun: after the source's head one makes the head another noun's modifier. */
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Words that open a clause reported or asked of by a verb before them ("denied that…", "asked whether…"). */
const OPENS_CONTENT_CLAUSE: ReadonlySet<string> = new Set(['that', 'whether', 'if']);
/** Words before the source a clause's look-back reads at most ("Reporters at the briefing asked whether…"). */
const MAX_CLAUSE_LOOKBACK = 24;
/** Parts of speech that end the clause a source's look-back stays in ("Trump spoke, and Sheinbaum said"). */
const CLAUSE_BOUNDARY_POS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ']);

/**
 * True when "according to" governs the noun phrase whose first word is at `first` and whose head, at `last`,
 * ends it: "According to Sheinbaum's critics" and "according to Trump administration officials" give the
 * critics and the officials, not Sheinbaum or Trump.
 */
function afterAccording(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && (POSSESSIVE_MARKS.has(next.normal) || NOUN_POS.has(next.pos))) return false;
  for (let k = first - 1; k >= Math.max(1, first - MAX_FROM_ACCORDING); k--) {
    if (tokens[k]?.normal === 'to' && tokens[k - 1]?.normal === 'according') return true;
    if (!BEFORE_SOURCE_POS.has(tokens[k]?.pos ?? '') && !POSSESSIVE_MARKS.has(tokens[k]?.normal ?? '')) break;
  }
  return false;
}

/**
 * True when a verb, or a word opening a reported or asked clause, comes before `first` in its clause: the words
 * at `first` then say what someone else reports or asks ("Trump said Sheinbaum told him…", "Reporters asked
 * whether Sheinbaum said…", "Trump denied that Sheinbaum had said no"). Punctuation or a coordinating
 * conjunction ends the look-back, which reads at most {@link MAX_CLAUSE_LOOKBACK} words.
 */
function reportedWithin(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - MAX_CLAUSE_LOOKBACK); k--) {
    const t = tokens[k]!;
    if (CLAUSE_BOUNDARY_POS.has(t.pos)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || OPENS_CONTENT_CLAUSE.has(t.normal)) return true;
  }
  return false;
}

/** Where the words after `last` go on past an apposition set off by commas; `last + 1` when there is none. */
function pastApposition(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.normal !== ',') return last + 1;
  const end = Math.min(tokens.length - 1, last + 1 + MAX_APPOSITION);
  for (let k = last + 2; k <= end; k++) {
    const t = tokens[k];
    if (t?.normal === ',') return k + 1;
    // A verb inside the commas is a clause of its own, not a description of the source.
    if (!t || t.pos === 'VERB' || t.pos === 'PUNCT') return last + 1;
  }
  return last + 1;
}

/** True when the words from `from` on reach an active verb of saying past auxiliaries and adverbs only. */
function saysFrom(tokens: readonly Token[], from: number, saying: ReadonlySet<string>): boolean {
  let passive = false;
  for (let k = from; k <= Math.min(tokens.length - 1, from - 1 + MAX_TO_VERB); k++) {
    const t = tokens[k];
    if (!t) return false;
    // "Was told" is passive; "is saying" is not.
    if (t.pos === 'VERB') return !(passive && !t.normal.endsWith('ing')) && saying.has(t.lemma);
    if (!BEFORE_VERB_POS.has(t.pos)) return false;
    if (t.lemma === 'be' || t.lemma === 'get') passive = true;
  }
  return false;
}

/**
 * True when the words from token `first` to token `last` (the source's head) are given as the source of their
 * sentence: after "according to" as the whole noun phrase it governs, or the active subject of a verb of saying
 * in a clause no verb reports or asks of, an apposition between commas allowed between them. Reads at most a
 * few dozen tokens.
 */
export function givenAsSource(
  tokens: readonly Token[],
  first: number,
  last: number,
  saying: ReadonlySet<string>,
): boolean {
  if (afterAccording(tokens, first, last)) return true;
  if (reportedWithin(tokens, first)) return false;
  const next = saysFrom(tokens, last + 1, saying);
  if (next) return true;
  const past = pastApposition(tokens, last);
  return past !== last + 1 && saysFrom(tokens, past, saying);
}
