/**
 * Verbs of a question that describe what it asks about rather than ask it: a verb in a clause that only
 * times the question ("…thinking of doing once the levies loomed", "…before they grabbed him", "…killed
 * when the town was shelled") and a participle that describes a noun, after it ("what did he say about the
 * strings attached to the aid") or between it and its determiner ("the mounted Californians"), and a verb
 * that only leads into another by "to" ("supposed to visit"). The evidence
 * need not say them: they set the scene, often in figures of speech the coverage words otherwise. English
 * grammar, a closed class, not the coverage's words.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { howManyAt } from './asked-action.ts';
import { asksYesNo } from './qualifying.ts';

/** Words that open a clause timing the rest of the question ("once", "before"), as the tagger reads them. */
const TIMING_WORDS: ReadonlySet<string> = new Set([
  'once',
  'when',
  'whenever',
  'before',
  'after',
  'until',
  'while',
]);
/** Parts of speech that open the subject of a clause ("the levies", "they", "Trump"). */
const SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * True when the verb at `i` stands in a clause a timing word opens, with a subject of its own, after a verb
 * the question asks of its own ("thinking of doing once the levies loomed"). Not when the clause is all
 * the question says ("what did she say when Trump invaded", "what happened when…": "say" and "happen" ask
 * nothing of their own).
 */
export function inTimingClause(toks: readonly Token[], i: number): boolean {
  // The verb's own auxiliaries belong to its clause ("when the town was shelled").
  let own = i;
  while (own > 1 && isOwnAuxiliary(toks[own - 1])) own--;
  for (let k = own - 1; k > 0; k--) {
    const t = toks[k];
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (TIMING_WORDS.has(t.normal))
      return k + 1 < i && SUBJECT_START.has(toks[k + 1]?.pos ?? '') && asksAnAct(toks.slice(0, k));
  }
  return false;
}

/**
 * True when the tokens ask something of their own: a verb not of the stop list, nor "happen", or a count
 * ("how many mounts did the raiders drive off", whose verb the tagger may read as a noun).
 */
function asksAnAct(toks: readonly Token[]): boolean {
  return howManyAt(toks) >= 0 || toks.some((t) => t.pos === 'VERB' && !t.stop && t.lemma !== 'happen');
}

/**
 * True when the verb at `i` is a participle right after a noun, with a verb of the question's own before
 * it: it describes that noun ("the strings attached to the aid"), it is not what the question asks done.
 */
export function describesNoun(toks: readonly Token[], i: number): boolean {
  const verb = toks[i];
  if (!verb || !/ed$/.test(verb.normal)) return false;
  const before = toks[i - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  return toks.slice(0, i - 1).some((t) => t.pos === 'VERB');
}

/** True for an auxiliary of the verb after it, or the "not" between them ("was", "had been", "were not"). */
function isOwnAuxiliary(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'PART' && t.normal === 'not'));
}

/** Parts of speech of the noun a participle before it describes ("the mounted Californians"). */
const DESCRIBED: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * True when the verb at `i` is a participle between a determiner and the noun it describes, in a question
 * with a verb of its own ("why couldn't the mounted Californians break the square"): it tells which thing
 * is meant, it is not what the question asks done.
 */
export function describesNounAfter(toks: readonly Token[], i: number): boolean {
  const verb = toks[i];
  if (!verb || !/ed$/.test(verb.normal)) return false;
  if (toks[i - 1]?.pos !== 'DET' || !DESCRIBED.has(toks[i + 1]?.pos ?? '')) return false;
  return toks.some((t, k) => k !== i && t.pos === 'VERB');
}

/**
 * True when the question asks how long a state lasted and the verb at `i` is the participle naming that
 * state right after "been" ("how long had the trucker been stuck in line"): what is asked is the time, which
 * the evidence gives with its own verb of lasting ("sat in his cab for 31 hours", "spent 19 months"). Not an
 * act going on ("been scouting"): the evidence must still say that act.
 */
export function lastingState(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.normal !== 'been' || /ing$/.test(toks[i]?.normal ?? '')) return false;
  const opening = toks.findIndex((t) => t.pos !== 'PUNCT' && !OPENERS.has(t.normal));
  return toks[opening]?.normal === 'how' && toks[opening + 1]?.normal === 'long';
}

/**
 * True when the verb at `i` leads into the verb after it by "to" ("how many ports was the ship supposed to
 * visit", "how many has the group managed to identify"): the act asked is the one after, which the evidence
 * must say; the verb before only frames it, and the coverage often leaves it out ("was to … take it to 22
 * ports"). The word after "to" must be a verb by `isVerb` as well as by the tagger. Not in a yes/no question
 * (see {@link setsTheScene}): what it asks to confirm is the verb before ("did Mexico agree to pay", "was
 * he promoted to general").
 */
export function leadsIntoAct(toks: readonly Token[], i: number, isVerb: (word: string) => boolean): boolean {
  const next = toks[i + 2];
  return toks[i + 1]?.normal === 'to' && next?.pos === 'VERB' && isVerb(next.lemma);
}

/** How {@link setsTheScene} reads a verb leading into another ({@link leadsIntoAct}). */
export interface LeadingReading {
  /** True for a yes/no question, which asks to confirm the leading verb. */
  yesNo: boolean;
  isVerb: (word: string) => boolean;
}

/** {@link LeadingReading} of the question `text`: a word is a verb when WordNet has a verb sense of it. */
export function leadingReading(text: string, wordnet: WordNet | null | undefined): LeadingReading {
  return {
    yesNo: asksYesNo(text),
    isVerb: (w) => (wordnet?.firstWaySenseWords(w).length ?? 0) > 0,
  };
}

/** Words that open a turn before its question ("and", "so"). */
const OPENERS: ReadonlySet<string> = new Set(['and', 'so', 'but', 'ok', 'okay', 'well']);

/**
 * True when every use of the verb `lemma` in the question only sets the scene ({@link inTimingClause},
 * {@link describesNoun}, {@link describesNounAfter}, {@link lastingState}, {@link leadsIntoAct}).
 */
export function setsTheScene(
  toks: readonly Token[],
  lemma: string,
  leading: LeadingReading | null = null,
): boolean {
  const at = toks.flatMap((t, i) => (t.lemma === lemma && t.pos === 'VERB' ? [i] : []));
  return (
    at.length > 0 &&
    at.every(
      (i) =>
        inTimingClause(toks, i) ||
        describesNoun(toks, i) ||
        describesNounAfter(toks, i) ||
        lastingState(toks, i) ||
        (leading !== null && !leading.yesNo && leadsIntoAct(toks, i, leading.isVerb)),
    )
  );
}
