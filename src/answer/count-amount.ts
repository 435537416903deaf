/**
 * Amounts a "how much" question is answered by when no figure says what it names: the first amount in the
 * best-ranked sentences ("how much cost the plate at the banquet?"), or, for a follow-up naming nothing ("how
 * much was there?") or one whose own words the last answer said ("how much did he pay for them?"), the first
 * in the passage the last answer showed. Read from the figures of those sentences (count-figure.ts says which
 * are amounts); count.ts tries them after every named figure.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { ActSaid } from './asked-action.ts';
import { isAmount, negatedOne, saysOtherYear } from './count-figure.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** Sentences, best-ranked first, looked at for an amount when no figure says what "how much" names. */
const AMOUNT_RANKS = 3;

/**
 * The first amount ({@link isAmount}) in the best-ranked sentences, for "how much" naming no figure's thing;
 * one whose sentence does not say the asked act gives way to the next whose sentence says it in its words.
 */
export function amountFallback(
  ranked: ReturnType<typeof rankSentences>,
  u: Understanding,
  ctx: Context,
  saysAct: (sentence: Sentence) => ActSaid,
): { n: NumberFact; score: number; sentence: Sentence; saysHead: boolean } | null {
  let first = true;
  for (const r of ranked.slice(0, AMOUNT_RANKS)) {
    if (saysOtherYear(r.sentence, u.years)) continue;
    const n = (ctx.index.numbersBySentence.get(r.sentence.id) ?? []).find(
      (f) => isAmount(f) && !negatedOne(f, r.sentence),
    );
    if (!n) continue;
    const said = saysAct(r.sentence);
    if (said === 'same' || (first && said === 'near'))
      return { n, score: r.score, sentence: r.sentence, saysHead: false };
    first = false;
  }
  return null;
}

/** Sentences read on from each sentence the last answer showed, for {@link passageAmount}. */
const PASSAGE_READ_ON = 2;
/**
 * Hypernym steps within which a counted noun is a kind of measure ("dollar" → unit → amount → measure). On all
 * sets (npm run eval 2026-12-05, against e6a2ab4): 3 loses dev a45-010 ("how much did he pay for them?",
 * 1821 -> 1820, answerable declined dev 146 -> 147); 5 changes nothing; 4 is the least that reads the sum.
 */
const MEASURE_DEPTH = 4;
/** A figure written as a bare scale word ("a few hundred pounds", "a dozen"): no amount of its own. */
const INDEFINITE_FIGURE = /^(?:hundred|thousand|dozen|million)s?$/i;

/**
 * The first amount ({@link isAmount}, not a vague "a few hundred") in the passage the last answer showed: its
 * sentences and the {@link PASSAGE_READ_ON} after each, in article order. Its confidence is how much of the
 * last question that passage, read up to the figure, covers.
 */
export function passageAmount(ctx: Context): Draft | null {
  const { index, conversation } = ctx;
  // "Sixteen thousand dollars": a sum written in words counts a unit of measure, not things.
  const measures = (lemma: string) =>
    ctx.reader.data.wordnet?.nounKindWords(lemma, MEASURE_DEPTH).has('measure') ?? false;
  const seen = new Set<string>();
  for (const id of conversation.lastEvidence) {
    const read: Sentence[] = [];
    for (let s = index.sentence(id), k = 0; s && k <= PASSAGE_READ_ON; s = index.neighbour(s.id, 1), k++) {
      read.push(s);
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const n = (index.numbersBySentence.get(s.id) ?? []).find(
        (f) =>
          (isAmount(f) || measures(f.countsLemma)) &&
          f.qualifier !== 'hundreds' &&
          f.qualifier !== 'thousands' &&
          !INDEFINITE_FIGURE.test(f.text) &&
          !negatedOne(f, s),
      );
      if (!n) continue;
      const asked = ctx.reader.read(conversation.lastQuestion ?? '');
      const direct =
        n.counts && !n.text.toLowerCase().includes(n.counts.toLowerCase()) ? `${n.text} ${n.counts}` : n.text;
      return {
        answeredAs: 'count',
        confidence: confidenceOf(asked, ctx, read),
        direct,
        lead: null,
        evidence: read.slice(-2).map(sentenceEvidence),
        lines: [],
        focus: s.mentions.map((m) => m.entityId),
      };
    }
  }
  return null;
}
