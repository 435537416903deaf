/**
 * Count questions ("how many troops", "how much did it cost", "how long"): the number the coverage gives
 * for what is counted, with what it counts, best match first. What the question asks is read in
 * count-question.ts (its words in asked-count.ts); each figure is weighed in count-candidates.ts; what a
 * figure's sentence says of the figure, in count-figure.ts.
 */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import type { NumberFact, Sentence, Source } from '../knowledge/schema.ts';
import { answerAge, asksAge, givesAge } from './age.ts';
import type { ActSaid } from './asked-action.ts';
import { priceWords, verbAsked } from './asked-count.ts';
import { amountFallback, passageAmount } from './count-amount.ts';
import { figureReadings, weighFigures, type Candidate, type WeighedFigures } from './count-candidates.ts';
import { YEAR_IN_TEXT } from './count-figure.ts';
import { actSaidOf, readCountQuestion, reportedInYearAsked, type CountQuestion } from './count-question.ts';
import { countedInSentence, figureHeadline } from './figure-headline.ts';
import { actlessFigure } from './figure-clause.ts';
import { figureOfUnaskedAct, type ActLinks } from './figure-act-asked.ts';
import { phrasalSynonyms } from './phrasal-verb.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { answerLasted } from './lasted-span.ts';
import { namedIn, referredBack } from './referred-back.ts';
import { rankSentences } from './retrieval.ts';
import { sentencesOfShownFigure } from './shown-figure.ts';
import type { ChartFigure, Evidence } from './types.ts';
import type { Understanding } from './understand.ts';

/** A follow-up that names only a year ("and in 2019?", "what about 2025"). */
const YEAR_ONLY = /^\W*(?:(?:and|but|what about|how about|same)\s+)?(?:(?:in|for|by)\s+)?(?:19|20)\d{2}\W*$/i;

/** "How much", which asks an amount as well as a count. */
const HOW_MUCH = /\bhow much\b/i;
/** Best-ranked sentences whose articles are read for a verb of lasting ({@link answerLasted}). */
const LASTED_RANKS = 3;

/** A number with what it counts, best match first. */
export function answerCount(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  const own = u.content.length > 0 ? u.content : u.adverbs;
  const another = ctx.followup && own.some((l) => !ctx.conversation.lastTerms.some(([t]) => t === l));
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, {
      limit: 60,
      // A follow-up reads on from the last answer's passage already (nearSentences, passageAmount).
      ...(ctx.followup ? {} : { follow: 'figure' as const }),
      ...(another ? { exclude: sentencesOfShownFigure(index, ctx.conversation) } : {}),
    }),
  );
  // "How old is he?": a person's age, given after the name, before any span of years a figure counts.
  const age = answerAge(u, ctx, ranked);
  if (age) return age;
  const q = readCountQuestion(u, ctx);
  const saysAct = actSaidOf(q.actTest, (text) => ctx.reader.analyse(text));
  const weighed = weighFigures(figureReadings(ranked, index), q, u, ctx, saysAct);
  const best = chooseFigure(weighed, ranked, q, u, ctx, saysAct);
  // "How much was there?" after what was found aboard a boat: a follow-up naming nothing asks the amount the
  // passage the last answer showed goes on to give.
  // "How much did he pay for them?" after "…bought the battery and paid for them in Mexican silver": a follow-up
  // whose own words the last answer said asks the sum the passage goes on to give.
  const passage =
    !best && HOW_MUCH.test(u.text) && (q.borrowed || (ctx.followup && lastAnswerSays(ctx, q.own)))
      ? passageAmount(ctx)
      : null;
  if (passage) return passage;
  // "How long did the shooting go on?" — "The fight lasted about three hours.": a verb of lasting giving a span
  // of what the question names answers before any figure in the unit asked.
  const lasted =
    q.duration && !q.distance && q.interval === null
      ? answerLasted(
          u,
          ctx,
          ranked.slice(0, LASTED_RANKS).map((r) => r.sentence.id),
        )
      : null;
  if (lasted && (!best || lasted.confidence >= MIN_CONFIDENCE)) return lasted;
  const shown = best ?? weighed.denied;
  if (!shown) return null;
  const ofUnaskedAct = unaskedActTest(u, ctx);
  const counted = best ? figureOfActAsked(best, weighed.figures, ofUnaskedAct) : shown;
  return countDraft(counted, !best, q, u, ctx, ofUnaskedAct);
}

/** True when a sentence the last answer showed says every one of `words` (lemmas), and there is one. */
function lastAnswerSays(ctx: Context, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return ctx.conversation.lastEvidence.some((id) => {
    const lemmas = ctx.index.sentence(id)?.lemmas ?? [];
    return words.every((w) => lemmas.includes(w));
  });
}

/**
 * The best figure, or with none naming what is counted the best of any thing. "How much cost the plate at the
 * banquet?" (a Spanish question's word order), "how much of the woods…": when no figure says what the
 * question's words name, "how much" asks an amount, which the best-ranked sentence giving one answers; the
 * question's words must still be in its evidence (confidence). Not when "how much" is asked with an auxiliary
 * ("how much did the road cost", "how much was the wire"): the tagger may read its verb as a noun, and a sum
 * the evidence gives without that verb is another sum.
 */
function chooseFigure(
  weighed: WeighedFigures,
  ranked: ReturnType<typeof rankSentences>,
  q: CountQuestion,
  u: Understanding,
  ctx: Context,
  saysAct: (s: Sentence) => ActSaid,
): Candidate | null {
  let { best, bestActing } = weighed;
  if (!best && weighed.unnamed.best) ({ best, acting: bestActing } = weighed.unnamed);
  if (!best && !q.duration && HOW_MUCH.test(u.text) && !q.muchOfAVerb)
    return amountFallback(ranked, u, ctx, saysAct);
  if (!best || saysAct(best.sentence) !== 'no') return best;
  // The asked act picks among figures: with none saying it, a figure of what is asked in a sentence naming
  // the one the question says did it, whose own clause tells of no other act ("how much did Richardson
  // commit" — "the governor pledged a further $1 million, for $1.75 million in all"), answers.
  const { event } = q;
  return (
    bestActing ??
    weighed.bestEntailed ??
    (event
      ? actlessFigure(
          weighed.figures.filter((f) => f.sentence.mentions.some((m) => event.agents.includes(m.entityId))),
          (text) => ctx.reader.analyse(text).tokens,
        )
      : null)
  );
}

/** The answer a figure gives, with its confidence; null for a span that is a person's age, when not asked. */
function countDraft(
  best: Candidate,
  deniedOnly: boolean,
  q: CountQuestion,
  u: Understanding,
  ctx: Context,
  ofUnaskedAct: (c: Candidate) => boolean,
): Draft | null {
  const { index } = ctx;
  const { head, borrowed, own } = q;
  // The figure says what the question counts, in whatever words: "About 360 Guard members" answers "how
  // many guard troops", "75 service members" "how many troops".
  // "How much is DPS spending": a sum of money answers the verb it is asked of, whatever verb the evidence
  // says it with ("had cost the state about $1.3 million a week").
  const spent = best.n.countsLemma === MONEY_LEMMA && q.muchOfAVerb ? verbAsked(u) : null;
  // "What price tag did the military put on…": a sum of money is the price asked, in whatever words.
  const priced = best.n.countsLemma === MONEY_LEMMA ? priceWords(u) : [];
  const said = [...(best.saysHead && head ? [head] : []), ...(spent ? [spent] : []), ...priced];
  const measured =
    said.length > 0 ? { ...best.sentence, lemmas: [...best.sentence.lemmas, ...said] } : best.sentence;
  // "And in 2019?" after "how many troops did DHS want in 2018": a follow-up naming only a year asks the
  // last count of that year, whoever gave it; the evidence is measured by what it counts, not by who.
  const yearOnly = borrowed !== null && u.years.length > 0 && YEAR_ONLY.test(u.text);
  const counted = new Set([best.n.countsLemma, ...ctx.reader.synonymsOf(best.n.countsLemma)]);
  const ofYear =
    reportedInYearAsked(best.sentence, u.years, index) ||
    [...best.sentence.text.matchAll(YEAR_IN_TEXT)].some((m) => u.years.includes(Number(m[0])));
  // "Some three hundred people were in it": the sentence before names what "it" stands for (the procession).
  // It is shown with the figure's, and lends the nouns and names of its subject.
  const before = yearOnly ? null : index.neighbour(best.sentence.id, -1);
  const beforeTokens = before ? ctx.reader.analyse(before.text).tokens : [];
  const bestTokens = ctx.reader.analyse(best.sentence.text).tokens;
  const pointedTo = referredBack(best.sentence, bestTokens, before, beforeTokens);
  // "Upwards of eighty of them were taken…": the sentence before names what "them" stands for, the figure's
  // counted thing its own sentence does not write; it is shown before the figure's.
  const namer =
    !pointedTo &&
    before?.sourceId === best.sentence.sourceId &&
    before.paragraph === best.sentence.paragraph &&
    !countedInSentence(best.n, best.sentence) &&
    countedInSentence(best.n, before)
      ? before
      : null;
  const alone = yearOnly
    ? ofYear
      ? confidenceOf({ ...u, content: borrowed.filter((w) => counted.has(w)) }, ctx, [measured], [])
      : 0
    : confidenceOf({ ...u, content: own }, ctx, [measured]);
  const lent = pointedTo
    ? confidenceOf({ ...u, content: own }, ctx, [namedIn(pointedTo, beforeTokens), measured])
    : 0;
  const confidence = Math.max(lent, alone);
  // "How long have the protesters been camped?" — "a 34-year-old teacher who has spent most nights since Dec.
  // 3 at the camp": an age is no other span, though it counts years.
  const ageForSpan = q.duration && !asksAge(u.text) && givesAge(best.sentence.text, best.n.text);
  // "And how old was he?" — "he died fifty-six years to the day after the battle": a person's age is no span
  // between two events, though it counts years.
  const asksPerson =
    u.pronoun === 'male' ||
    u.pronoun === 'female' ||
    u.entities.some((id) => index.entities.get(id)?.type === 'person');
  if (asksAge(u.text) && asksPerson && !givesAge(best.sentence.text, best.n.text)) return null;
  // "How many did Scott confirm death for?" — "He confirmed death for fifty" (read as counting the courts-martial
  // of the sentence before): a figure whose sentence does not write what it counts, and which is not what is
  // asked, is headed by the figure alone, not "fifty courts".
  const unsaid = !best.saysHead && !countedInSentence(best.n, best.sentence);
  // "How many migrants were in the truck the soldiers fired on?" — "Six migrants were killed … after soldiers
  // opened fire on the truck": a figure whose clause tells of an act the question does not ask is shown
  // without a headline, as the evidence near what is asked, not as its count.
  const otherAct = ofUnaskedAct(best);
  const direct =
    deniedOnly || ageForSpan || otherAct
      ? null
      : unsaid
        ? best.n.text
        : figureHeadline(best.n, best.sentence);
  const source = index.sources.get(best.sentence.sourceId);
  return {
    answeredAs: 'count',
    confidence,
    direct,
    lead: null,
    evidence: withLender(
      [sentenceEvidence(best.sentence), ...(pointedTo ? [sentenceEvidence(pointedTo)] : [])],
      namer,
    ),
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
    ...(source && direct !== null ? { figure: figureOf(best.n, direct, source) } : {}),
  };
}

/**
 * For one question, whether a candidate's figure is of an act the question does not ask
 * ({@link figureOfUnaskedAct}): the question's readings built once, each candidate judged once.
 */
function unaskedActTest(u: Understanding, ctx: Context): (c: Candidate) => boolean {
  const wordnet = ctx.reader.data.wordnet;
  const lens = ctx.reader.lens(u);
  // "How many broke loose?": a verb of two words is said by its own senses' words ("escaped").
  const phrasal = phrasalSynonyms(u.analysis.tokens, wordnet);
  const links: ActLinks = {
    speechVerbs: ctx.reader.speechVerbs,
    synonymsOf: (lemma) => [...ctx.reader.synonymsOf(lemma), ...(phrasal.get(lemma)?.synonyms ?? [])],
    linked: (asked, said) => (wordnet?.relation(asked, said) ?? null) !== null,
    related: (asked, said) => lens.related(asked, said),
  };
  const judged = new Map<Candidate, boolean>();
  return (c) => {
    let other = judged.get(c);
    if (other === undefined) {
      const tokens = ctx.reader.analyse(c.sentence.text).tokens;
      other = figureOfUnaskedAct(u.analysis.tokens, c.sentence.text, tokens, c.n.text, links);
      judged.set(c, other);
    }
    return other;
  };
}

/**
 * The best figure, or when it is of an act the question does not ask, the best-scored other figure of its
 * sentence that is of the act asked ("Four were already dead, 12 were wounded and 17 were unhurt" for "how
 * many were wounded"): the sentence shown is the same, and its headline the figure it gives of the act asked.
 */
function figureOfActAsked(
  best: Candidate,
  figures: readonly Candidate[],
  ofUnaskedAct: (c: Candidate) => boolean,
): Candidate {
  if (!ofUnaskedAct(best)) return best;
  const others = figures
    .filter((f) => f.sentence.id === best.sentence.id && f.n.id !== best.n.id)
    .sort((a, b) => b.score - a.score);
  return others.find((f) => !ofUnaskedAct(f)) ?? best;
}

/** The evidence with the sentence before the figure's that names what it counts first, unless it is shown already. */
function withLender(evidence: Evidence[], lender: Sentence | null): Evidence[] {
  return !lender || evidence.some((e) => e.id === lender.id)
    ? evidence
    : [sentenceEvidence(lender), ...evidence];
}

/** A number fact as a comparison's picture shows it, labelled by what it counts until a side relabels it. */
export function figureOf(n: NumberFact, text: string, source: Source): ChartFigure {
  return {
    label: n.counts || text,
    value: n.value,
    high: n.high,
    text,
    sourceId: source.id,
    outlet: source.outlet,
    published: source.published,
  };
}
