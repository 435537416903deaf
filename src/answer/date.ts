/**
 * Date questions: a date resolved to the calendar, preferring the one nearest the words asked about and the
 * most precise; or, for a named article, its publication date.
 */
import { onlyDayOfYear } from './year-only-day.ts';
import { yearInferredAgainstAsked, yearsAsked } from './inferred-year.ts';
import { actToldAtTime } from './act-at-time.ts';
import type { DateFact, Sentence } from '../knowledge/schema.ts';
import { asksDeadline, isDeadlineDate } from './deadline.ts';
import { datedActTest, phrasalActs, tellsOtherThing, type DatedAct } from './dated-act.ts';
import { askedAspect, asksEnd, aspectWordsOf, sentenceHasAspect } from './date-aspect.ts';
import { dateProximity, termStems } from './date-proximity.ts';
import { confidenceOf, rankOptions, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import { withSetUp } from './set-up-sentence.ts';
import { verbReadAsNoun } from './mistagged-verb.ts';
import { dateInQuotation } from './quoted-date.ts';
import { askedWordsInOtherSentence } from './inner-sentence.ts';
import { toldInBody } from './body-day.ts';
import { actReportedAsEarlier } from './reported-earlier-act.ts';
import { datesAnothersAct } from './relative-act-holder.ts';
import { formatDate, weekdayOf } from './text.ts';
import type { Understanding } from './understand.ts';

/**
 * The dates of one sentence a date question reads: one of each date written the same way to the same day (a
 * date's score depends only on its words and its day: a sentence saying "in 1894" a thousand times is read
 * once), and at most {@link MAX_DATES_READ} of them, so no sentence makes a question's time grow with its size.
 */
function distinctDates(dates: readonly DateFact[]): DateFact[] {
  const seen = new Set<string>();
  const out: DateFact[] = [];
  for (const d of dates) {
    const key = `${d.text}\u0000${d.date}\u0000${d.end ?? ''}\u0000${d.precision}\u0000${d.time ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
    if (out.length === MAX_DATES_READ) break;
  }
  return out;
}
/** The most dates of one sentence a date question reads (a long timeline sentence names some twenty). */
const MAX_DATES_READ = 60;

/**
 * How much a date counts by where it stands to the act the question asks the date of (see dated-act.ts): in
 * the clause that says the act, in a sentence that says it elsewhere, in one that does not say it. Twice and
 * half, the first round figures tried: all dev splits 918 → 919/1090, test 742 → 743/1246, answerable
 * declined test 168 → 167, must-decline answered unchanged (npm run eval 2026-12-01).
 */
const ACT_FACTOR: Record<DatedAct, number> = { 'dates-act': 2, 'says-act': 1, 'no-act': 0.5 };

/**
 * How much a date counts, for a question that asks no act ("When was de la Huerta interim governor?"), by
 * where it stands to each of the question's own words: {@link ACT_FACTOR} of each word, as one act, averaged
 * geometrically. "Serving as interim governor in 1916" says both words in the year's clause (twice); "On June
 * 1 de la Huerta took the oath" says neither (half), however closely its day stands to his name.
 */
function askedWordsFactor(
  tests: ReadonlyArray<(sentence: Sentence, dateText: string) => DatedAct>,
  sentence: Sentence,
  dateText: string,
): number {
  if (tests.length === 0) return 1;
  let log = 0;
  for (const test of tests) log += Math.log(ACT_FACTOR[test(sentence, dateText)]);
  return Math.exp(log / tests.length);
}

const PRECISION_BONUS: Record<DateFact['precision'], number> = { day: 1.15, week: 1, month: 1.05, year: 0.8 };

/**
 * `17:05` → `5:05 p.m.`, `00:30` → `12:30 a.m.`; an hour on the hour as the news writes it, `07:00` → `7 a.m.`
 * (noon and midnight keep their minutes: `12:00 p.m.`).
 */
export function formatClock(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const hour = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 && hour !== 12 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour}${minutes} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

/** A question that asks for a time of day ("what time did the port close", "san ysidro closure time?"). */
const ASKS_TIME = /\b(?:what|which) time\b|\btime\s*\??\s*$|\bwhat hour\b|\bat what hour\b/i;
/** How much a date with a clock time counts for a question that asks the time, and one without. */
const TIME_ASKED_BONUS = 2;
/** How much a date a bound introduces ("by July 15") counts for a question that asks a deadline. */
const DEADLINE_BONUS = 2;
const NO_TIME_ASKED_PENALTY = 0.5;

/** Describes a resolved date: "Saturday 3 May 2025", "11:30 a.m., Sunday 25 Nov 2018", "April 2025", "the week of 15 Oct 2018". */
export function describeDate(d: {
  date: string;
  end: string | null;
  precision: DateFact['precision'];
  time?: string | null;
}): string {
  if (d.precision === 'day') {
    const wd = weekdayOf(d.date);
    const day = wd ? `${wd} ${formatDate(d.date)}` : formatDate(d.date);
    return d.time ? `${formatClock(d.time)}, ${day}` : day;
  }
  if (d.precision === 'week')
    return `the week of ${formatDate(d.date)}${d.end ? ` to ${formatDate(d.end)}` : ''}`;
  return formatDate(d.date);
}

/** The words of a date as written or resolved: runs of letters or digits, lower-cased. */
const DATE_WORD = /[\p{L}\p{N}]+/gu;
/** A day's number with its ordinal suffix ("19th", "3d"): the number is the word the resolved date writes. */
const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th|d)$/;

/**
 * A resolved date's headline with the article's own words for it when they say the day in words the resolved
 * date does not ("Wednesday 3 September 1851 (“3d of September”)", "Monday 4 March 2019 (“yesterday”)"), so
 * a reader finds the day as the article wrote it; not when they only shorten or reorder its words ("Sept. 19th,
 * 1851": every word, its ordinal suffix aside, begins one of "Friday 19 September 1851").
 */
export function withWordsAsWritten(resolved: string, asWritten: string): string {
  const words = resolved.toLowerCase().match(DATE_WORD) ?? [];
  const written = (asWritten.toLowerCase().match(DATE_WORD) ?? []).map((w) =>
    w.replace(ORDINAL_SUFFIX, '$1'),
  );
  return written.every((w) => words.some((r) => r.startsWith(w))) ? resolved : `${resolved} (“${asWritten}”)`;
}

/** The act a question asking when something was published asks the date of. */
const PUBLISHING = 'publish';
/** Words of a question that ask when something was published, or about an article ("when was that story"). */
const ASKS_PUBLICATION = /\b(publish|published|article|story|piece|report)\b/i;

/** Where a sentence's date stands to an act asked (see dated-act.ts). */
type ActTest = (sentence: Sentence, dateText: string) => DatedAct;

/** What a date question asks, read once for all the dates it weighs. */
interface AskedDate {
  /** Publishing is the act asked, though the question's frame words took it (see {@link readAskedDate}). */
  publishing: boolean;
  /** Prefixes of the asked words, for {@link dateProximity}. */
  stems: string[];
  /** The words that speak of the end of an event asked ("ended", "until"), when one is asked. */
  markers: readonly string[] | undefined;
  /** The words that ask an end of an event: not the act asked. */
  aspectWords: ReadonlySet<string>;
  asksTime: boolean;
  deadline: boolean;
  /** Where a date stands to the act asked; `null` when the question asks none. */
  actTest: ActTest | null;
  /** With no act asked, a test of each of the question's words, as one act. */
  wordTests: ActTest[];
  /** True when a lemma says the act asked (the same word or a synonym). */
  saysAct: (lemma: string) => boolean;
  /** True when the date's clause says the act asked of another than the one asked about. */
  anothers: (sentence: Sentence, dateText: string) => boolean;
}

/** A candidate date, its sentence and its score. */
interface ScoredDate {
  d: DateFact;
  score: number;
  sentence: Sentence;
}

/** A source's publication date, for a question that names its outlet and asks when it was published. */
function publicationDate(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  const source = index.sources.get(u.outletSourceIds[0] ?? '');
  if (!source) return null;
  const headline =
    index.sentences.find((s) => s.sourceId === source.id && s.kind === 'headline') ??
    index.sentences.find((s) => s.sourceId === source.id);
  return {
    answeredAs: 'date',
    confidence: 1,
    direct: describeDate({ date: source.published, end: null, precision: 'day' }),
    lead: `${source.outlet} published “${source.title}” on that date.`,
    evidence: headline ? [sentenceEvidence(headline)] : [],
    lines: [],
    focus: [],
  };
}

/** {@link datedActTest} of one word of the question, read as the act asked. */
function wordActTest(word: string, u: Understanding, ctx: Context): ActTest | null {
  return datedActTest([word], ctx.reader.lens(u), (w) => ctx.reader.stem(w), {
    acts: [],
    tokensOf: (text) => ctx.reader.analyse(text).tokens,
  });
}

/** Reads what a date question asks: its act or its words, the end of an event, a time of day, a deadline. */
function readAskedDate(u: Understanding, ctx: Context, asksPublication: boolean): AskedDate {
  // "When was that published?" of a story that mentions another article ("a Wall Street Journal article
  // published the day before"): publishing is the act asked, though the question's frame words took it, and
  // the date asked stands next to it.
  const publishing = u.predicates.length === 0 && ctx.followup && asksPublication;
  const stems = termStems(publishing ? new Map([[PUBLISHING, 1]]) : u.terms);
  // "When did the deployment end?": a date of the deployment's start does not answer it.
  const markers = askedAspect(u.analysis.tokens);
  const aspectWords = aspectWordsOf(markers);
  const acts = publishing ? [PUBLISHING] : u.predicates;
  const actTest = datedActTest(
    acts.filter((p) => !aspectWords.has(p)),
    ctx.reader.lens(u),
    (w) => ctx.reader.stem(w),
    { acts: phrasalActs(u.analysis.tokens), tokensOf: (text) => ctx.reader.analyse(text).tokens },
  );
  // With no act asked, each of the question's words is one the date's clause should say.
  const wordTests = actTest
    ? []
    : u.content.filter((w) => !aspectWords.has(w)).flatMap((w) => wordActTest(w, u, ctx) ?? []);
  const saysAct = (lemma: string) =>
    acts.includes(lemma) || acts.some((a) => ctx.reader.synonymsOf(a).includes(lemma));
  // "In 1852 he married Miss Louisa Pettit, who died in 1894" says the asked act of another than Scholl: of
  // him it says no act (counted as the act said elsewhere, npm run eval gave the same output).
  const anothers = (sentence: Sentence, dateText: string) =>
    datesAnothersAct(ctx.reader.analyse(sentence.text), sentence, dateText, saysAct, u.entities);
  return {
    publishing,
    stems,
    markers,
    aspectWords,
    asksTime: ASKS_TIME.test(u.text),
    deadline: asksDeadline(u.text),
    actTest,
    wordTests,
    saysAct,
    anothers,
  };
}

/**
 * The best-scored date of the ranked sentences (by its sentence's rank, its nearness to the asked words, its
 * precision, and where it stands to the act asked), and whether any date's sentence says the act asked.
 */
function bestDate(
  ranked: readonly Ranked[],
  asked: AskedDate,
  ctx: Context,
): { best: ScoredDate | null; actSaid: boolean } {
  const lastEvidence = new Set(ctx.followup ? ctx.conversation.lastEvidence : []);
  const { markers, actTest } = asked;
  let best: ScoredDate | null = null;
  let actSaid = false;
  for (const r of ranked) {
    const dates = ctx.index.datesBySentence.get(r.sentence.id);
    if (!dates) continue;
    if (markers && !sentenceHasAspect(r.sentence, markers)) continue;
    const lower = r.sentence.text.toLowerCase();
    for (const d of distinctDates(dates)) {
      let score =
        r.score * (0.6 + dateProximity(r.sentence.text, d, asked.stems)) * PRECISION_BONUS[d.precision];
      if (asked.asksTime) score *= d.time ? TIME_ASKED_BONUS : NO_TIME_ASKED_PENALTY;
      if (lastEvidence.has(r.sentence.id)) score *= 2;
      // "When does the watch wrap up?": of "began today and is scheduled to run until the end of April", the
      // date a bound introduces is the end asked, not the start.
      if ((asked.deadline || asksEnd(markers)) && isDeadlineDate(lower, d.text)) score *= DEADLINE_BONUS;
      if (actTest) {
        let act = actTest(r.sentence, d.text);
        if (act === 'dates-act' && asked.anothers(r.sentence, d.text)) act = 'no-act';
        actSaid ||= act !== 'no-act';
        score *= ACT_FACTOR[act];
      } else score *= askedWordsFactor(asked.wordTests, r.sentence, d.text);
      if (!best || score > best.score) best = { d, score, sentence: r.sentence };
    }
  }
  return { best, actSaid };
}

/**
 * No date's sentence says the asked act, and a sentence ranked above the best date's (`best`) tells it at a
 * time of day or a season: that sentence, with no date stated.
 */
function timeOfDayAnswer(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  best: ScoredDate | null,
  actTest: ActTest,
): Draft | null {
  const wordnet = ctx.reader.data.wordnet;
  if (!wordnet) return null;
  const above = best ? ranked.findIndex((r) => r.sentence === best.sentence) : -1;
  const timed = actToldAtTime(above >= 0 ? ranked.slice(0, above) : ranked, actTest, wordnet);
  if (!timed) return null;
  return {
    answeredAs: 'date',
    confidence: confidenceOf(u, ctx, [timed.sentence]),
    direct: null,
    lead: null,
    evidence: [sentenceEvidence(timed.sentence)],
    lines: [],
    focus: timed.sentence.mentions.map((m) => m.entityId),
  };
}

/**
 * True when the date shown may be another event's than the one asked, so it is not stated as the asked one's:
 * no date's sentence says the asked act (`actSaid`), or the date stands in quoted words, in another inner
 * sentence or in another clause than the asked words.
 */
function unsaidOfAsked(
  u: Understanding,
  ctx: Context,
  asked: AskedDate,
  best: ScoredDate,
  actSaid: boolean,
): boolean {
  const { actTest } = asked;
  const stem = (w: string) => ctx.reader.stem(w);
  // No date's sentence says the asked act: the date shown may be another event's, so it is not stated as the
  // asked one's ("We pray today…" beside "the men of Mier fought the Texans" dates the prayer).
  // Nor when the date stands in quoted words that do not say the act: it dates the words' occasion.
  // A verb the tagger read as a noun ("did the Texans fight/NOUN at Mier") is the act quoted words are read for.
  const misread = asked.publishing || actTest ? null : verbReadAsNoun(u.analysis.tokens);
  const quotedTest = actTest ?? (misread === null ? null : wordActTest(misread, u, ctx));
  const quotedElse =
    quotedTest !== null &&
    quotedTest(best.sentence, best.d.text) === 'no-act' &&
    dateInQuotation(best.sentence.text, best.d.text);
  // A date in one inner sentence of a passage read as one, the asked words said only in another ("The men of
  // Mier fought the Texans in the streets. … We pray today"): the date is the other sentence's act's.
  const elsewhere =
    !ctx.followup &&
    askedWordsInOtherSentence(
      best.sentence.text,
      best.d.text,
      u.content.filter((w) => !asked.aspectWords.has(w)),
      stem,
      (text) => ctx.reader.analyse(text).tokens,
    );
  // No act asked, and the asked words the date's sentence says all stand in another clause than the date's
  // ("Her remarks to supporters came in response to an article published the day before"): the other clause's.
  const wordActs = ctx.followup ? [] : asked.wordTests.map((t) => t(best.sentence, best.d.text));
  const otherClauseWords = !wordActs.includes('dates-act') && wordActs.includes('says-act');
  return (actTest !== null && !actSaid) || quotedElse || elsewhere || otherClauseWords;
}

/**
 * True when the best date is stated as the asked event's (in bold): not when it may be another event's
 * ({@link unsaidOfAsked}), another clause's report, another's act, or a date read after its scene's sentence
 * (`readAfterSetUp`) whose own sentence does not say the act.
 */
function statedAsAsked(
  u: Understanding,
  ctx: Context,
  asked: AskedDate,
  best: ScoredDate,
  actSaid: boolean,
  readAfterSetUp: boolean,
): boolean {
  const { actTest } = asked;
  const bestAct = actTest === null ? null : actTest(best.sentence, best.d.text);
  const actDated = bestAct !== null && bestAct !== 'no-act';
  const unsaid = unsaidOfAsked(u, ctx, asked, best, actSaid);
  // "On June 15 the Supreme Court ruled that a Mexican doctor kidnapped in Guadalajara …": the asked act told
  // as done before what the date's clause reports, the date is the report's.
  const otherClause =
    bestAct === 'says-act' &&
    actReportedAsEarlier(
      ctx.reader.analyse(best.sentence.text).tokens,
      best.sentence.text,
      best.d.text,
      asked.saysAct,
    );
  const ofAnother = bestAct === 'dates-act' && asked.anothers(best.sentence, best.d.text);
  // "When did the siege end in 1892?" — "remembered on Thursday, the 29th, the fiftieth anniversary of the day
  // in 1892": a day the article's year dates, which is not the year asked, is another event's date.
  const otherYear = yearInferredAgainstAsked(best.d, yearsAsked(u.analysis.tokens));
  return !((readAfterSetUp && !actDated) || unsaid || otherClause || ofAnother || otherYear);
}

/** A date, resolved to the calendar, best match first; or a source's publication date. */
export function answerDate(u: Understanding, ctx: Context): Draft | null {
  const asksPublication = ASKS_PUBLICATION.test(u.text);
  if (u.outletSourceIds.length > 0 && asksPublication) {
    const published = publicationDate(u, ctx);
    if (published) return published;
  }
  const { index } = ctx;
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, { limit: 40, ...(ctx.followup ? {} : { follow: 'date' as const }) }),
  );
  const asked = readAskedDate(u, ctx, asksPublication);
  const { markers, actTest } = asked;
  const scored = bestDate(ranked, asked, ctx);
  const { actSaid } = scored;
  if (actTest && !actSaid && !markers && !asked.asksTime) {
    const timed = timeOfDayAnswer(u, ctx, ranked, scored.best, actTest);
    if (timed) return timed;
  }
  if (!scored.best) return null;
  const headline = scored.best.sentence;
  let best = toldInBody(scored.best, ranked, index, u, markers && ((s) => sentenceHasAspect(s, markers)));
  // "hanigan attack date?" of a year said in passing: the article's one day of that year.
  if (!markers) best = { ...best, ...(onlyDayOfYear(index, best.sentence, best.d) ?? {}) };
  // No candidate says the asked act, and the best one says none of the other words asked: another event's.
  // Not in a follow-up, whose other words were said in the turn before ("and when did the cars start again").
  const others = u.content.filter((w) => !u.predicates.includes(w) && !asked.aspectWords.has(w));
  const stem = (w: string) => ctx.reader.stem(w);
  if (
    actTest &&
    !actSaid &&
    !ctx.followup &&
    tellsOtherThing(others, best.sentence, stem, ctx.reader.lens(u))
  )
    return null;
  // A day told in the body is shown with the headline that named its event, read together for the confidence.
  const { sentences, confidence } =
    best.sentence === headline
      ? withEventTold(u, ctx, best.sentence)
      : {
          sentences: [best.sentence, headline],
          confidence: confidenceOf(u, ctx, [best.sentence, headline]),
        };
  // Read after the sentence that sets its scene (set-up-sentence.ts), the date is shown in bold as the asked
  // event's only when its own sentence says the asked act: otherwise it may date the next thing told.
  const readAfterSetUp = best.sentence === headline && sentences[0] !== best.sentence;
  const resolved = statedAsAsked(u, ctx, asked, best, actSaid, readAfterSetUp) ? describeDate(best.d) : null;
  return {
    answeredAs: 'date',
    confidence,
    direct: resolved === null ? null : withWordsAsWritten(resolved, best.d.text),
    date: best.d.date,
    lead: null,
    evidence: sentences.map(sentenceEvidence),
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
  };
}

/** Sentences after a dated one, in its paragraph, that may tell the event it dates. */
const MAX_TELLING_SENTENCES = 5;

/**
 * The dated sentence, and in a follow-up the sentence of its paragraph that tells the event asked about
 * when the dated one does not name it ("when did that shooting happen?": "On May 20, 1997, … Bañuelos shot
 * him once"), with the confidence of the two together.
 */
function withEventTold(
  u: Understanding,
  ctx: Context,
  dated: Sentence,
): { sentences: Sentence[]; confidence: number } {
  // Asked on its own, the dated sentence is read after the one that sets its scene (set-up-sentence.ts).
  const alone = withSetUp(u, ctx, dated);
  if (!ctx.followup || alone.confidence >= 1) return alone;
  let best = alone;
  for (let i = 1; i <= MAX_TELLING_SENTENCES; i++) {
    const next = ctx.index.neighbour(dated.id, i);
    if (!next || next.paragraph !== dated.paragraph) break;
    const confidence = confidenceOf(u, ctx, [dated, next]);
    if (confidence > best.confidence) best = { sentences: [dated, next], confidence };
  }
  return best;
}
