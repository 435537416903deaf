/**
 * Date questions: a date resolved to the calendar, preferring the one nearest the words asked about and the
 * most precise; or, for a named article, its publication date.
 */
import { onlyDayOfYear } from './year-only-day.ts';
import { actToldAtTime } from './act-at-time.ts';
import type { DateFact, Sentence } from '../knowledge/schema.ts';
import { asksDeadline, isDeadlineDate } from './deadline.ts';
import { datedActTest, phrasalActs, tellsOtherThing, type DatedAct } from './dated-act.ts';
import { confidenceOf, rankOptions, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { ENTITY_TERM } from './knowledge-index.ts';
import { rankSentences } from './retrieval.ts';
import { withSetUp } from './set-up-sentence.ts';
import { verbReadAsNoun } from './mistagged-verb.ts';
import { dateInQuotation } from './quoted-date.ts';
import { askedWordsInOtherSentence } from './inner-sentence.ts';
import { toldInBody } from './body-day.ts';
import { actReportedAsEarlier } from './reported-earlier-act.ts';
import { datesAnothersAct } from './relative-act-holder.ts';
import { formatDate, weekdayOf } from './text.ts';
import type { Understanding } from './understand.ts';
import type { Token } from '../nlp/analysis.ts';
import { isSpace, wordAt } from './words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `pos` starts a word once its punctuation is stripped ("(troops", "“troops"). */
function startsWord(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    if (isSpace(text.charCodeAt(i))) return true;
    if (WORD_CHAR.test(text.charAt(i))) return false;
  }
  return true;
}

/** Prefixes that match a question term's word forms ("deploy" for "deployment"), for {@link dateProximity}. */
function termStems(terms: ReadonlyMap<string, number>): string[] {
  const stems = new Set<string>();
  for (const [t, weight] of terms) {
    if (weight < 0.5 || t.startsWith(ENTITY_TERM) || t.length < 3) continue;
    stems.add(t.slice(0, Math.max(3, t.length - 2)));
  }
  return [...stems];
}

/** What opens or closes a clause between a date and an asked word: marks and the words that open one. */
const CLAUSE_EDGES = /[,;:()—–]|\b(?:which|who|whom|whose|while|because|although)\b/g;
/**
 * "That" and the word after it: it opens a clause ("ruled that the county broke …", "the treaty that ended
 * the war") before a determiner, a pronoun, a name or a verb, and is a determiner ("that year", "that
 * treaty") before a noun.
 */
const THAT_AND_NEXT = /\bthat\s+([\p{L}']+)/gu;
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an this these those his her its their our my your he she it they we i you there some no all ' +
    'many most each every any both one two three is was were are be been has have had do does did will ' +
    'would can could may might must shall should not never also only'
  ).split(' '),
);
/**
 * Commas next to a date that set it off, not a clause ("On Feb. 2, 1848, the treaty …"); a bracket or a
 * dash there does close one ("the wall (built in 1848) and the treaty").
 */
const EDGE_MARKS_AT_START = /^[\s,]+/;
const EDGE_MARKS_AT_END = /[\s,]+$/;

/** How many clause edges the words `between` a date and an asked word cross (`afterDate`: they follow it). */
function clauseEdges(between: string, original: string, afterDate: boolean): number {
  const trimmed = afterDate
    ? between.replace(EDGE_MARKS_AT_START, ' ')
    : between.replace(EDGE_MARKS_AT_END, ' ');
  let edges = trimmed.match(CLAUSE_EDGES)?.length ?? 0;
  for (const m of trimmed.matchAll(THAT_AND_NEXT)) {
    const next = m[1] ?? '';
    // A name after it: capitalised where the sentence wrote it.
    const named = original.includes(`that ${next.charAt(0).toUpperCase()}${next.slice(1)}`);
    if (CLAUSE_OPENING_WORDS.has(next) || named || next.endsWith('ed')) edges++;
  }
  return edges;
}
/** How many words a clause's edge counts for in {@link dateProximity}. */
const CLAUSE_EDGE_WORDS = 4;

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

/** {@link wordAt} of each of `places` (character offsets in `text`), counted in one walk. */
function wordsAtPlaces(text: string, places: readonly number[]): number[] {
  const order = places.map((_, i) => i).sort((a, b) => (places[a] ?? 0) - (places[b] ?? 0));
  const out = new Array<number>(places.length).fill(0);
  let words = 0;
  let inSpace = false;
  let i = 0;
  for (const k of order) {
    const pos = places[k] ?? 0;
    for (; i < pos; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (space && !inSpace) words++;
      inSpace = space;
    }
    out[k] = words;
  }
  return out;
}

/** How close (in words) a date expression stands to the words the question asked about. */
export function dateProximity(text: string, d: Pick<DateFact, 'text'>, stems: readonly string[]): number {
  const lowerText = text.toLowerCase();
  const at = lowerText.indexOf(d.text.toLowerCase());
  if (at < 0) return 0;
  // "Jan. 10 (Wednesday): The Texas Military Department … take over the park": a timeline's entry, a date
  // heading its line with a colon, dates all of it.
  if (/^\s*$/.test(lowerText.slice(0, at)) && lowerText.slice(at + d.text.length).startsWith(':')) return 1;
  const dateWord = wordAt(lowerText, at);
  // Every place an asked word starts, nearest the date first: a place's distance in words is a floor on its
  // distance with clause edges, so the walk stops once that floor reaches the best found (a long sentence that
  // says the word hundreds of times is read once, not once per place).
  const places: number[] = [];
  for (const stem of stems) {
    for (let p = lowerText.indexOf(stem); p >= 0; p = lowerText.indexOf(stem, p + 1))
      if (startsWord(lowerText, p)) places.push(p);
  }
  const byDistance = wordsAtPlaces(lowerText, places)
    .map((word, i) => ({ p: places[i] ?? 0, words: Math.abs(word - dateWord) }))
    .sort((a, b) => a.words - b.words);
  let bestDistance = Infinity;
  for (const { p, words } of byDistance) {
    if (words >= bestDistance) break;
    // "Ruled in 1990 that the kidnapping broke the treaty the two countries signed in 1978": a date across a
    // clause's edge from the asked word is further from it than its words alone.
    const between = p > at ? lowerText.slice(at + d.text.length, p) : lowerText.slice(p, at);
    bestDistance = Math.min(bestDistance, words + CLAUSE_EDGE_WORDS * clauseEdges(between, text, p > at));
  }
  return bestDistance === Infinity ? 0 : 1 / (1 + bestDistance / 4);
}

/**
 * Words asking which end of an event is dated, each with the words a sentence dates that end by: English
 * aspect, not the domain. Word vectors are no guide here ("end" sits near "order" and "Tuesday").
 */
const STARTING = ['start', 'begin', 'since', 'launch', 'open', 'first'];
const ENDING = ['end', 'finish', 'stop', 'conclude', 'expire', 'complete', 'until', 'through', 'close'];
const RESUMING = ['resume', 'restart', 'reopen'];
const ASPECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ...STARTING.slice(0, 2).map((w): [string, readonly string[]] => [w, STARTING]),
  ...ENDING.slice(0, 6).map((w): [string, readonly string[]] => [w, ENDING]),
  ['resume', RESUMING],
]);

/** Words that close a "when did … ?" question as its verb and ask an end of an event or its start. */
const FINAL_ASPECTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['close', ENDING],
  ['open', STARTING],
]);

/**
 * The end asked by the last word of "when did <subject> close?" or "… open?", which the tagger reads as an
 * adjective: after "did" and its subject it is the question's verb.
 */
function finalAspect(tokens: readonly Token[]): readonly string[] | undefined {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words.at(-1);
  const subject = words.at(-2);
  if (!last || !subject || !words.some((t) => t.normal === 'did' || t.normal === 'does')) return undefined;
  if (subject.pos !== 'NOUN' && subject.pos !== 'PROPN') return undefined;
  return FINAL_ASPECTS.get(last.normal);
}

/** True when the sentence speaks of the asked end of an event ("began", "until September", "ended"). */
function sentenceHasAspect(sentence: Sentence, markers: readonly string[]): boolean {
  const words = new Set([...sentence.lemmas, ...sentence.text.toLowerCase().split(P1)]);
  return markers.some(
    (m) => words.has(m) || [...words].some((w) => w.startsWith(m) && w.length <= m.length + 3),
  );
}

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

/** The act a question asking when something was published asks the date of. */
const PUBLISHING = 'publish';

/** A date, resolved to the calendar, best match first; or a source's publication date. */
export function answerDate(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  const asksPublication = /\b(publish|published|article|story|piece|report)\b/i.test(u.text);
  if (u.outletSourceIds.length > 0 && asksPublication) {
    const source = index.sources.get(u.outletSourceIds[0] ?? '');
    if (source) {
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
  }
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, { limit: 40, ...(ctx.followup ? {} : { follow: 'date' as const }) }),
  );
  const lastEvidence = new Set(ctx.followup ? ctx.conversation.lastEvidence : []);
  let best: { d: DateFact; score: number; sentence: Sentence } | null = null;
  let actSaid = false;
  // "When was that published?" of a story that mentions another article ("a Wall Street Journal article
  // published the day before"): publishing is the act asked, though the question's frame words took it, and
  // the date asked stands next to it.
  const publishing = u.predicates.length === 0 && ctx.followup && asksPublication;
  const stems = termStems(publishing ? new Map([[PUBLISHING, 1]]) : u.terms);
  // "When did the deployment end?": a date of the deployment's start does not answer it.
  const aspect =
    u.analysis.tokens.map((t) => ASPECTS.get(t.lemma)).find((m) => m !== undefined) ??
    finalAspect(u.analysis.tokens);
  // "When did the cars start moving again?": a start again is a resumption.
  const markers =
    aspect === STARTING && u.analysis.tokens.some((t) => t.normal === 'again') ? RESUMING : aspect;
  const asksTime = ASKS_TIME.test(u.text);
  const deadline = asksDeadline(u.text);
  const aspectWords = new Set([...ASPECTS.keys(), ...(markers ?? [])]);
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
    : u.content
        .filter((w) => !aspectWords.has(w))
        .flatMap(
          (w) =>
            datedActTest([w], ctx.reader.lens(u), (x) => ctx.reader.stem(x), {
              acts: [],
              tokensOf: (text) => ctx.reader.analyse(text).tokens,
            }) ?? [],
        );
  const saysAct = (lemma: string) =>
    acts.includes(lemma) || acts.some((a) => ctx.reader.synonymsOf(a).includes(lemma));
  // "In 1852 he married Miss Louisa Pettit, who died in 1894" says the asked act of another than Scholl: of
  // him it says no act (counted as the act said elsewhere, npm run eval gave the same output).
  const anothers = (sentence: Sentence, dateText: string) =>
    datesAnothersAct(ctx.reader.analyse(sentence.text), sentence, dateText, saysAct, u.entities);
  for (const r of ranked) {
    const dates = index.datesBySentence.get(r.sentence.id);
    if (!dates) continue;
    if (markers && !sentenceHasAspect(r.sentence, markers)) continue;
    const lower = r.sentence.text.toLowerCase();
    for (const d of distinctDates(dates)) {
      let score = r.score * (0.6 + dateProximity(r.sentence.text, d, stems)) * PRECISION_BONUS[d.precision];
      if (asksTime) score *= d.time ? TIME_ASKED_BONUS : NO_TIME_ASKED_PENALTY;
      if (lastEvidence.has(r.sentence.id)) score *= 2;
      if (deadline && isDeadlineDate(lower, d.text)) score *= DEADLINE_BONUS;
      if (actTest) {
        let act = actTest(r.sentence, d.text);
        if (act === 'dates-act' && anothers(r.sentence, d.text)) act = 'no-act';
        actSaid ||= act !== 'no-act';
        score *= ACT_FACTOR[act];
      } else score *= askedWordsFactor(wordTests, r.sentence, d.text);
      if (!best || score > best.score) best = { d, score, sentence: r.sentence };
    }
  }
  // No date's sentence says the asked act, and a sentence ranked above the best date's tells it at a time of
  // day or a season: that sentence.
  const wordnet = ctx.reader.data.wordnet;
  if (actTest && !actSaid && wordnet && !markers && !asksTime) {
    const above = best ? ranked.findIndex((r) => r.sentence === best?.sentence) : -1;
    const timed = actToldAtTime(above >= 0 ? ranked.slice(0, above) : ranked, actTest, wordnet);
    if (timed)
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
  if (!best) return null;
  const headline = best.sentence;
  best = toldInBody(best, ranked, index, u, markers && ((s) => sentenceHasAspect(s, markers)));
  // "hanigan attack date?" of a year said in passing: the article's one day of that year.
  if (!markers) best = { ...best, ...(onlyDayOfYear(index, best.sentence, best.d) ?? {}) };
  // No candidate says the asked act, and the best one says none of the other words asked: another event's.
  // Not in a follow-up, whose other words were said in the turn before ("and when did the cars start again").
  const others = u.content.filter((w) => !u.predicates.includes(w) && !aspectWords.has(w));
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
  const bestAct = actTest === null ? null : actTest(best.sentence, best.d.text);
  const actDated = bestAct !== null && bestAct !== 'no-act';
  // No date's sentence says the asked act: the date shown may be another event's, so it is not stated as the
  // asked one's ("We pray today…" beside "the men of Mier fought the Texans" dates the prayer).
  // Nor when the date stands in quoted words that do not say the act: it dates the words' occasion.
  // A verb the tagger read as a noun ("did the Texans fight/NOUN at Mier") is the act quoted words are read for.
  const misread = publishing || actTest ? null : verbReadAsNoun(u.analysis.tokens);
  const quotedTest =
    actTest ??
    (misread === null
      ? null
      : datedActTest([misread], ctx.reader.lens(u), stem, {
          acts: [],
          tokensOf: (text) => ctx.reader.analyse(text).tokens,
        }));
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
      u.content.filter((w) => !aspectWords.has(w)),
      stem,
      (text) => ctx.reader.analyse(text).tokens,
    );
  // No act asked, and the asked words the date's sentence says all stand in another clause than the date's
  // ("Her remarks to supporters came in response to an article published the day before"): the other clause's.
  const wordActs = ctx.followup ? [] : wordTests.map((t) => t(best.sentence, best.d.text));
  const otherClauseWords = !wordActs.includes('dates-act') && wordActs.includes('says-act');
  const unsaid = (actTest !== null && !actSaid) || quotedElse || elsewhere || otherClauseWords;
  // "On June 15 the Supreme Court ruled that a Mexican doctor kidnapped in Guadalajara …": the asked act told
  // as done before what the date's clause reports, the date is the report's.
  const otherClause =
    bestAct === 'says-act' &&
    actReportedAsEarlier(
      ctx.reader.analyse(best.sentence.text).tokens,
      best.sentence.text,
      best.d.text,
      saysAct,
    );
  const ofAnother = bestAct === 'dates-act' && anothers(best.sentence, best.d.text);
  const direct =
    (readAfterSetUp && !actDated) || unsaid || otherClause || ofAnother ? null : describeDate(best.d);
  const asWritten = best.d.text.toLowerCase();
  const lead =
    direct === null || direct.toLowerCase().includes(asWritten) ? null : `(“${best.d.text}” in the article)`;
  return {
    answeredAs: 'date',
    confidence,
    direct,
    date: best.d.date,
    lead,
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
