/**
 * Whether the articles a draft answers from ever say the act a question turns on. "Did AMLO fire Sandoval
 * over the detentions?" is not answered by an article that names Sandoval and the detentions but never a
 * firing; "did the Border Patrol give Reyes a medal?" not by one that never speaks of a medal. The shown
 * sentences often answer in other words ("nobody was arrested" for "did they catch anybody?"), so the test
 * is of the whole article, not of the sentences shown: an article that says the act nowhere, in no form,
 * synonym or WordNet word for it, cannot tell whether it happened.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { ACT_SAID, askedAct, DONE_AUXILIARIES, inName, OPENERS, type ActReading } from './asked-act.ts';
import { wordNetSaid } from './said-in-other-words.ts';
import { asksYesNo } from './qualifying.ts';
import type { QuestionReader } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;

/** Words that open another clause: the predicate ends there. */
const CLAUSE_END = new Set(['who', 'whom', 'whose', 'which', 'that', 'than', 'or', 'whether', 'if', 'and']);
/** Parts of speech skipped between a light verb and the word that says its act ("give Reyes a medal"). */
const BEFORE_COMPLEMENT = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADJ']);
/**
 * Word-vector similarity from which an article's word says the asked act in other words ("hurt",
 * "wounded"). Measured (npm run eval, against main: dev 1000/1200, test 903/1502): 0.65 gave dev 1001, test
 * 907, test answerable declined 173 alike, must-decline answered dev 21 → 19, test 52 → 48; WordNet only
 * (no vectors) dev 998, test 906, test declined 177; 0.4 and 0.5 declined nothing more than main (an article
 * always holds some word that near). Testing "how many" and "when" questions too took nothing more at 0.65
 * (dev 1000, declined 59), and without vectors declined 28 more answerable dev questions.
 */
const NEAR_ACT = 0.65;

/** Where the auxiliary of a question of what was done stands, after its openers ("so did…"), or -1. */
function auxiliaryAt(toks: readonly Token[]): number {
  let at = 0;
  while (toks[at] && OPENERS.has(toks[at]!.normal)) at++;
  return DONE_AUXILIARIES.has(toks[at]?.normal ?? '') ? at : -1;
}

/**
 * The word a light verb's act is said by: the first noun or verb of its complement that is no name ("give
 * Reyes a **medal**", "get in **trouble**", "go to the **reburial**"), past names, determiners and one
 * preposition; `null` when the clause ends first or the complement leads to another verb ("get to go").
 */
function complementWord(analysis: Analysis, from: number, sayings: ReadonlySet<string>): Token | null {
  const toks = analysis.tokens;
  let prepositions = 0;
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || CLAUSE_END.has(t.normal)) return null;
    if (inName(analysis, i) || BEFORE_COMPLEMENT.has(t.pos)) continue;
    if (t.pos === 'ADP') {
      // "Go to the reburial": "to" right after the verb leads to the act's noun; "get to go" to another act,
      // "make it to the border", an object between, to where it goes.
      const toAct = t.normal === 'to' && i === from && toks[i + 1]?.pos !== 'VERB';
      if ((t.normal === 'to' && !toAct) || ++prepositions > 1) return null;
      continue;
    }
    if (t.pos !== 'NOUN') return null;
    if (t.stop || sayings.has(t.lemma)) return null;
    return t;
  }
  return null;
}

/**
 * The act a question of what was done turns on, as the lemma a source must say: the first verb after the
 * auxiliary and its subject, or after a light verb the stop list holds, the word of its complement ("did the
 * Border Patrol give Reyes a medal" → "medal"). `null` for a question of what was said, or with no act.
 */
function actAfterAuxiliary(analysis: Analysis, at: number, sayings: ReadonlySet<string>): Token | null {
  const toks = analysis.tokens;
  for (let i = at + 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || CLAUSE_END.has(t.normal)) return null;
    if (inName(analysis, i) || t.pos !== 'VERB' || toks[i - 1]?.pos === 'ADP') continue;
    if (sayings.has(t.lemma)) return null;
    return t.stop ? complementWord(analysis, i + 1, sayings) : t;
  }
  return null;
}

/**
 * The lemma of the act a yes/no question of what was done turns on: the act of {@link askedAct}, or the
 * noun of a light verb's complement ("give … a medal"). `null` for any other question, or when it asks no
 * such act ("how many" and "when" questions are not tested: see {@link NEAR_ACT}).
 */
export function askedPredicate(analysis: Analysis, reading: ActReading): string | null {
  const toks = analysis.tokens;
  if (asksYesNo(analysis.text)) {
    const act = askedAct(analysis, reading);
    if (act) return reachesFigure(toks, act.normal) ? null : act.lemma;
    if (toks.some((t) => reading.comparing.has(t.normal) || reading.comparing.has(t.lemma))) return null;
    const at = auxiliaryAt(toks);
    const after = at < 0 ? null : actAfterAuxiliary(analysis, at, reading.sayings);
    return after && !reachesFigure(toks, after.normal) ? after.lemma : null;
  }
  return null;
}

/** Words that may stand between an act and the figure it reaches ("hit about 15,000", "top over a million"). */
const BEFORE_FIGURE = new Set(['ADV', 'DET', 'ADP']);

/**
 * True when the act written `normal` has a figure for its object ("did the number ever hit **15,000**?"):
 * the question asks whether a number was reached, which the evidence answers with its own figure ("peaked at
 * about 5,900. It never did."), whatever verb it uses.
 */
function reachesFigure(toks: readonly Token[], normal: string): boolean {
  const at = toks.findIndex((t) => t.normal === normal);
  if (at < 0) return false;
  for (let i = at + 1; i < toks.length && i <= at + 3; i++) {
    const t = toks[i]!;
    if (t.pos === 'NUM' || /^\d/.test(t.value)) return true;
    if (!BEFORE_FIGURE.has(t.pos)) return false;
  }
  return false;
}

/** The words a source may say an act in: its forms, synonyms and the coverage's words of the same stem. */
export interface PredicateWords {
  /** Other words for the same thing: the data's synonyms and WordNet's. */
  synonymsOf(lemma: string): readonly string[];
  /** The coverage's lemmas of the same stem ("detention" for "detain"). */
  sameStem(lemma: string): readonly string[];
  /** True when one of `lemmas` says `lemma` in other words: WordNet's near act or a word near by vectors. */
  saidOtherwise(lemma: string, lemmas: ReadonlySet<string>): boolean;
}

/**
 * True when one of `sources` says `lemma`: in a sentence or its title, as the lemma, a synonym or a word of
 * its stem. Read from the words' postings, not from the articles' sentences.
 */
export function sourcesSay(
  lemma: string,
  sources: ReadonlySet<string>,
  index: Pick<KnowledgeIndex, 'sourcesSaying'>,
  words: PredicateWords,
): boolean {
  const forms = new Set([lemma, ...words.synonymsOf(lemma), ...words.sameStem(lemma)]);
  for (const form of forms) for (const id of index.sourcesSaying(form)) if (sources.has(id)) return true;
  return false;
}

/**
 * True unless `draft` answers a yes/no question of what was done from articles none of which
 * says `lemma`, the act it turns on ({@link askedPredicate}, read once per question), in any form: those articles name the people and the
 * topic, not whether or when the act happened, nor how many it was done to.
 */
export function sourcesSayAskedPredicate(
  draft: Draft,
  lemma: string | null,
  index: Pick<KnowledgeIndex, 'sourcesSaying' | 'evidenceSentenceIds' | 'sentence' | 'neighbour'>,
  words: PredicateWords,
): boolean {
  if (draft.evidence.length === 0 || lemma === null) return true;
  const ids = draft.evidence.flatMap((e) => index.evidenceSentenceIds(e));
  const sources = new Set(
    ids.map((id) => index.sentence(id)?.sourceId).filter((id): id is string => id !== undefined),
  );
  if (sources.size === 0 || sourcesSay(lemma, sources, index, words)) return true;
  return words.saidOtherwise(lemma, sourceLemmas(ids, index));
}

/** The lemmas of every sentence of the sources the sentences `ids` stand in, read by walking from them. */
function sourceLemmas(
  ids: readonly string[],
  index: Pick<KnowledgeIndex, 'neighbour' | 'sentence'>,
): Set<string> {
  const lemmas = new Set<string>();
  const seen = new Set<string>();
  for (const id of ids) {
    const start = index.sentence(id);
    if (!start || seen.has(start.sourceId)) continue;
    seen.add(start.sourceId);
    for (const l of start.lemmas) lemmas.add(l);
    for (const step of [-1, 1])
      for (let k = step, s = index.neighbour(id, k); s; k += step, s = index.neighbour(id, k))
        for (const l of s.lemmas) lemmas.add(l);
  }
  return lemmas;
}

const STEM_TABLES = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/**
 * The coverage's lemmas by stem, built once per vocabulary: "detention" is found for "detain" without a
 * look at every word per question.
 */
export function lemmasByStem(
  vocabulary: ReadonlySet<string>,
  stem: (word: string) => string,
): Map<string, string[]> {
  const known = STEM_TABLES.get(vocabulary);
  if (known) return known;
  const table = new Map<string, string[]>();
  for (const w of vocabulary) {
    if (!P1.test(w)) continue;
    const s = stem(w);
    const list = table.get(s);
    if (list) list.push(w);
    else table.set(s, [w]);
  }
  STEM_TABLES.set(vocabulary, table);
  return table;
}

/** The words the coverage may say an act in, by the reader's synonyms, WordNet and stems. */
export function predicateWords(
  reader: Pick<QuestionReader, 'synonymsOf' | 'stem' | 'data'>,
  index: Pick<KnowledgeIndex, 'vocabulary'>,
): PredicateWords {
  return {
    synonymsOf: (l) => [...reader.synonymsOf(l), ...(reader.data.wordnet?.synonymsOf(l) ?? [])],
    sameStem: (l) => lemmasByStem(index.vocabulary, (w) => reader.stem(w)).get(reader.stem(l)) ?? [],
    saidOtherwise: (l, lemmas) =>
      wordNetSaid(reader.data.wordnet, l, lemmas) >= ACT_SAID ||
      (reader.data.vectors?.bestSimilarity(l, lemmas).similarity ?? 0) >= NEAR_ACT,
  };
}
