/**
 * The figures that may answer a count question (count.ts), each weighed by how well it says what the question
 * (count-question.ts) asks: the best, the best saying the asked act, and those kept aside for when nothing
 * better answers.
 */
import { MONEY_LEMMA, refersToThings } from '../knowledge/counted.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { ActSaid } from './asked-action.ts';
import { AREA_UNIT, reportedInYearAsked, type CountQuestion } from './count-question.ts';
import {
  amountOf,
  carriesEvent,
  countsPeopleAsked,
  isAmount,
  measuresOf,
  meetsModifiers,
  negatedOne,
  saysOtherYear,
  whoseWords,
} from './count-figure.ts';
import { countedOtherwise, namesPeople } from './counted-otherwise.ts';
import { countsMembersNamed } from './counted-part.ts';
import { countsActedOn } from './counted-state.ts';
import { countsWholeAsked } from './counted-whole.ts';
import { figureDenied } from './denied-figure.ts';
import { saysTheRest } from './entailed-count-act.ts';
import { figureObject, givenForOther } from './figure-object.ts';
import { confidenceOf, type Context } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { givesInterval } from './interval.ts';
import { countsRelative } from './relative-figure.ts';
import { asksOwnEstimate, givenAsOwn } from './own-estimate.ts';
import { replyFigures } from './reply-figure.ts';
import { withVagueMadePrecise } from './vague-figure.ts';
import type { rankSentences } from './retrieval.ts';
import { countedThenBefell, countsByState } from './state-figure.ts';
import type { Understanding } from './understand.ts';

/**
 * Weight of a figure a person gives as their own judgement when the question asks what they think
 * (own-estimate.ts), over one they report others giving, ranked above it for naming more of the question.
 */
const OWN_ESTIMATE = 2;
/** Weight of a figure from a source published in the year asked about. */
const REPORTED_THEN = 1.25;

/**
 * Weight of a figure whose counted noun only means what the question's does (counted-otherwise.ts), against
 * one that says it: a figure in the question's own words comes first. 1 gave the same npm run eval figures
 * (2026-12-01); kept below 1 for that order.
 */
const SAID_OTHERWISE = 0.5;

/**
 * Weight of a figure counting a part of a group or an addition to a count (relative-figure.ts) when the
 * question asks neither: the size of the whole comes first.
 */
const RELATIVE = 0.5;

/**
 * Weight of a figure counting the asked act's participle ("… thirty-three Mexicans were killed … and eight
 * wounded" for "how many were wounded"), over one counting the asked people by another act of its sentence.
 */
const ACTED_ON = 1.5;

/**
 * Weight of a figure of people a participle after it says what befell ("three men killed") when the question
 * asks no act done to them ("how many men did he have there"): it counts a part the act took, not the group.
 */
const BEFELL_UNASKED = 0.25;

/** Chat nouns for anyone: "how many border patrol guys" is answered by a count of its officers. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['guy', 'folk', 'dude']);
/** Weight of a quantity of the substance "how much" asks about, over other figures. */
const MEASURE_FACTOR = 3;
/**
 * Weight of a figure in the evidence the last answer showed, for a follow-up that points back to it: 2 answers
 * new-articles-2 dev one more ("how big is his place"), 1.5 none, with every test row unchanged (npm run eval).
 */
const POINTED_BACK = 2;

/** The reader's analysis of a sentence's text, made once per question and passed on. */
type Analyse = (text: string) => ReturnType<Context['reader']['analyse']>;

/** A figure that may answer, weighed. */
export type Candidate = { n: NumberFact; score: number; sentence: Sentence; saysHead: boolean };

/** A ranked sentence with the figures it gives. */
export type FigureReading = { score: number; sentence: Sentence; numbers: readonly NumberFact[] };

/** The figures weighed for a count question: the best by each test, and all that name what is counted. */
export interface WeighedFigures {
  best: Candidate | null;
  /** The best whose sentence says the asked act. */
  bestActing: Candidate | null;
  /** The best whose sentence says an act entailing the asked one, and all else asked. */
  bestEntailed: Candidate | null;
  /** The best figure inside a report its sentence denies (denied-figure.ts): no count of what happened. */
  denied: Candidate | null;
  /** Every figure naming what is counted. */
  figures: Candidate[];
  /**
   * "How many of those buried trip-wire gadgets…": the part of a group is named in the question's own words,
   * which no figure may say ("27 seismic and magnetic sensors"); the best figure of any thing answers then,
   * as it would with nothing counted named.
   */
  unnamed: { best: Candidate | null; acting: Candidate | null };
}

/**
 * The ranked sentences with their figures. "And Crawford lived for a week?" — "OSTRANDER: Seven days.": a reply
 * that is only a figure is read with the question it answers, at that question's rank.
 */
export function figureReadings(
  ranked: ReturnType<typeof rankSentences>,
  index: KnowledgeIndex,
): FigureReading[] {
  const numbersOf = (id: string) => index.numbersBySentence.get(id);
  const replies = new Map<string, FigureReading>();
  const readings = ranked.flatMap((r): FigureReading[] => {
    const reply =
      replyFigures(r.sentence, index.neighbour(r.sentence.id, 1), numbersOf) ??
      replyFigures(index.neighbour(r.sentence.id, -1) ?? r.sentence, r.sentence, numbersOf);
    const own = { score: r.score, sentence: r.sentence, numbers: numbersOf(r.sentence.id) ?? [] };
    if (!reply) return [own];
    const seen = replies.get(reply.sentence.id);
    if (!seen || seen.score < r.score) replies.set(reply.sentence.id, { score: r.score, ...reply });
    return reply.sentence.id === r.sentence.id ? [] : [own];
  });
  readings.push(...replies.values());
  // "Hundreds of troops may be on the way." — "…a request for between 800 and 1,000 active-duty troops".
  return withVagueMadePrecise(readings, index, numbersOf);
}

/** Every figure of the readings that may answer the question, weighed (see {@link WeighedFigures}). */
export function weighFigures(
  readings: readonly FigureReading[],
  q: CountQuestion,
  u: Understanding,
  ctx: Context,
  saysAct: (s: Sentence) => ActSaid,
): WeighedFigures {
  const { asked, head, headForms, duration, partOf, actTest, entailed } = q;
  const analyse = (text: string) => ctx.reader.analyse(text);
  const namePeople = (l: string) =>
    namesPeople(l, (x) => ctx.reader.countsPeople(x), ctx.reader.data.wordnet);
  const saysEntailed = (s: Sentence) =>
    !!entailed &&
    entailed.says(s.lemmas) &&
    saysTheRest(u, entailed.act, (content) => confidenceOf({ ...u, content }, ctx, [s]));
  const ownAsked = asksOwnEstimate(u.analysis.tokens);
  const out: WeighedFigures = {
    best: null,
    bestActing: null,
    bestEntailed: null,
    denied: null,
    figures: [],
    unnamed: { best: null, acting: null },
  };
  for (const r of readings) {
    // The figure must be of the asked kind and event, whatever it counts: "how many special forces did the
    // US want to send" is not answered by the troops Mexico deployed.
    const meets = meetsModifiers(r.sentence, asked, u, ctx);
    if (!meets && !partOf) continue;
    // "Florida in 2023" is not answered by what "in 2021, South Dakota … sent".
    if (saysOtherYear(r.sentence, u.years)) continue;
    const carries = carriesEvent(r.sentence, q.event, ctx);
    for (const n of r.numbers) {
      if (!ofKindAsked(n, r.sentence, q, ctx)) continue;
      // "How much is DPS spending": a sum of money is what was spent, however the evidence says it ("cost").
      if (!carries && !(q.moneyVerb !== null && n.countsLemma === MONEY_LEMMA)) continue;
      const generic = countsAnything(n, r.sentence, q, ctx);
      const actedOn =
        !generic &&
        headForms !== null &&
        countsActedOn(n, r.sentence.lemmas, headForms, q.countingAct, (w) => ctx.reader.stem(w));
      const saysHead =
        !generic &&
        headForms !== null &&
        (saysCountedNoun(n, r.sentence, headForms, q, u, ctx, { namePeople, analyse }) || actedOn);
      // "How many kids…" is answered by "more than 2,300 children", "how many raiders attacked…" by "armed
      // men … attacked".
      const otherwise =
        !generic && !saysHead && !duration && head !== null
          ? countedOtherwise(head, n, {
              things: q.manyAsked,
              act: actTest ? () => saysAct(r.sentence) : null,
              countedAsAsked: q.countedAsAsked,
              synonyms: ctx.reader.synonymsOf(head),
              lemmas: r.sentence.lemmas,
              countsPeople: (l) => ctx.reader.countsPeople(l),
              wordnet: ctx.reader.data.wordnet,
            })
          : null;
      const named = meets && (generic || saysHead || otherwise !== null);
      if (!named && !partOf) continue;
      const own = ownAsked && givenAsOwn(n, r.sentence);
      const score = figureScore(
        r.score,
        n,
        r.sentence,
        q,
        u,
        ctx,
        { saysHead, otherwise, actedOn, own },
        analyse,
      );
      const candidate = { n, score, sentence: r.sentence, saysHead: saysHead || otherwise === 'same' };
      // "The army denied reports that nine ranchers were wounded": shown only when nothing else answers, unbolded.
      if (figureDenied(r.sentence.text, n.text, analyse)) {
        if (named && (!out.denied || score > out.denied.score)) out.denied = candidate;
        continue;
      }
      if (!named) {
        const { unnamed } = out;
        if (!unnamed.best || score > unnamed.best.score) unnamed.best = candidate;
        if (actTest && (!unnamed.acting || score > unnamed.acting.score) && saysAct(r.sentence) === 'same')
          unnamed.acting = candidate;
        continue;
      }
      out.figures.push(candidate);
      if (!out.best || score > out.best.score) out.best = candidate;
      if (actTest && (!out.bestActing || score > out.bestActing.score) && saysAct(r.sentence) === 'same')
        out.bestActing = candidate;
      if (entailed && (!out.bestEntailed || score > out.bestEntailed.score) && saysEntailed(r.sentence))
        out.bestEntailed = candidate;
    }
  }
  return out;
}

/**
 * The figure is of the kind asked: an offset only for a time between events, a head count ({@link
 * countsMembers}) or an area for a size, a thing for "how many"; no "one" negated, no sum paid for another
 * thing than the one asked.
 */
function ofKindAsked(n: NumberFact, s: Sentence, q: CountQuestion, ctx: Context): boolean {
  if (
    (n.qualifier === 'offset' && !(q.interval && givesInterval(q.interval, n, s.text))) ||
    (q.sizeOfPeople && !countsMembers(n, s, q, ctx) && !AREA_UNIT.test(n.countsLemma)) ||
    (q.sizeOfPlace && !AREA_UNIT.test(n.countsLemma)) ||
    (q.thingsOnly && !refersToThings(n))
  )
    return false;
  return !negatedOne(n, s) && !paidForOther(n, s, q.asksFor, ctx);
}

/**
 * A head count for a size asked: of a noun the data counts as people ("troops"), or of one WordNet makes a
 * kind of person in a sentence naming what the question sizes ("how large was the raiding band": "a small
 * band — fewer than forty warriors"; not "one of the 24 prisoners" for "how big was the American force").
 */
function countsMembers(n: NumberFact, s: Sentence, q: CountQuestion, ctx: Context): boolean {
  if (ctx.reader.countsPeople(n.countsLemma)) return true;
  return (
    q.sizedNoun !== null &&
    s.lemmas.includes(q.sizedNoun) &&
    namesPeople(n.countsLemma, (l) => ctx.reader.countsPeople(l), ctx.reader.data.wordnet)
  );
}

/**
 * "How much did the committee pay for the monument?" is not answered by "paid $20 for the lot". Only a sum of
 * money: "requested 4,000 troops for the mission" says what the troops are for, not a price.
 */
function paidForOther(n: NumberFact, s: Sentence, asksFor: string | null, ctx: Context): boolean {
  return (
    asksFor !== null &&
    n.countsLemma === MONEY_LEMMA &&
    / for /i.test(s.text) &&
    givenForOther(
      asksFor,
      figureObject(s.text, ctx.reader.analyse(s.text).tokens, n.text, n.counts),
      s.lemmas,
      {
        synonymsOf: (w: string) => ctx.reader.synonymsOf(w),
        related: (a: string, b: string) => (ctx.reader.data.wordnet?.relation(a, b) ?? null) !== null,
      },
    )
  );
}

/**
 * The figure counts whatever is asked: nothing counted is named, a sum of money is asked of the verb its
 * sentence says, the counted noun is one that counts anything, or its sentence names a group a follow-up asks
 * the size of.
 */
function countsAnything(n: NumberFact, s: Sentence, q: CountQuestion, ctx: Context): boolean {
  return (
    q.headForms === null ||
    (q.moneyVerb !== null && n.countsLemma === MONEY_LEMMA && s.lemmas.includes(q.moneyVerb)) ||
    (!q.duration && ctx.reader.genericCounts.has(q.head ?? '')) ||
    s.mentions.some((m) => q.groups.has(m.entityId))
  );
}

/** A word in "-ing" before what a figure counts: an activity ("trucking companies"), not the thing counted. */
const ACTIVITY = /ing$/;

/** The figure counts the asked noun, in its words, a synonym, a word near in meaning, or its members'. */
function saysCountedNoun(
  n: NumberFact,
  s: Sentence,
  headForms: ReadonlySet<string>,
  q: CountQuestion,
  u: Understanding,
  ctx: Context,
  { namePeople, analyse }: { namePeople: (lemma: string) => boolean; analyse: Analyse },
): boolean {
  const { head, asked } = q;
  const countsForms = new Set([n.countsLemma, ...ctx.reader.synonymsOf(n.countsLemma)]);
  // "Active-duty service members" says "servicemember", a synonym of troop.
  const joined = n.counts.toLowerCase().replace(/[\s-]+/g, '');
  // "212 trucking companies" counts companies, not trucks: a word naming an activity on the asked thing
  // ("trucking", "shipping") before what is counted names no such thing.
  const activities = new Set(
    n.counts
      .toLowerCase()
      .split(/[\s-]+/)
      .slice(0, -1)
      .filter((w) => ACTIVITY.test(w)),
  );
  const ofActivity = (f: string) =>
    activities.has(`${f}ing`) ||
    activities.has(`${f}${f.at(-1) ?? ''}ing`) ||
    (f.endsWith('e') && activities.has(`${f.slice(0, -1)}ing`));
  return (
    // "A 78-foot trawler" gives the trawler's size, not how far anything is.
    [...headForms].some((f) => countsForms.has(f) || (!q.distance && joined.includes(f) && !ofActivity(f))) ||
    ([...q.nearHead].some((f) => countsForms.has(f)) && !countsByState(n, s.text, analyse)) ||
    (!q.duration && countsPeopleAsked(n, asked, headForms, ctx)) ||
    (head !== null && measuresOf(n, s, head)) ||
    (head !== null && q.muchOfPart && isAmount(n) && amountOf(n, s, head)) ||
    (head !== null && PEOPLE_WORDS.has(head) && ctx.reader.countsPeople(n.countsLemma)) ||
    (q.partOf && countsMembersNamed(asked, n.countsLemma, namePeople)) ||
    // "How many men did Trías have in the garrison": "a garrison of about 800" counts its members.
    (head !== null && countsWholeAsked(n, s, head, u.content, namePeople))
  );
}

/** A figure's sentence's rank score, weighed by how well the figure says what is asked. */
function figureScore(
  rank: number,
  n: NumberFact,
  s: Sentence,
  q: CountQuestion,
  u: Understanding,
  ctx: Context,
  said: {
    saysHead: boolean;
    otherwise: ReturnType<typeof countedOtherwise>;
    actedOn: boolean;
    /** The figure is the speaker's own judgement, and the question asks what they think (own-estimate.ts). */
    own: boolean;
  },
  analyse: Analyse,
): number {
  const { asked, head } = q;
  const countsWords = [...n.counts.toLowerCase().split(/[\s-]+/), ...whoseWords(n, s)];
  const extra = asked.filter(
    (a) => countsWords.some((w) => w.startsWith(a.slice(0, 5))) || (said.saysHead && a === head),
  ).length;
  return (
    rank *
    (1 + 0.3 * extra) *
    (n.qualifier === 'hundreds' || n.qualifier === 'thousands' ? 0.7 : 1) *
    (reportedInYearAsked(s, u.years, ctx.index) ? REPORTED_THEN : 1) *
    (q.pointedBack.has(s.id) ? POINTED_BACK : 1) *
    // "How much fentanyl": a quantity of it ("380 kilos of fentanyl") before a count of things near it.
    (q.muchOf && head !== null && measuresOf(n, s, head) ? MEASURE_FACTOR : 1) *
    (said.otherwise !== null ? SAID_OTHERWISE : 1) *
    (said.actedOn ? ACTED_ON : 1) *
    (said.own ? OWN_ESTIMATE : 1) *
    // "How many men did he have there?" is not answered by "his loss is three men killed".
    (head !== null && q.countingAct === null && countedThenBefell(n, s.text, analyse) ? BEFELL_UNASKED : 1) *
    (!q.relativeAsked && countsRelative(n, s) ? RELATIVE : 1)
  );
}
