/**
 * Numbers with what they count (read in found-numbers.ts: what a figure counts in counted.ts, figures written
 * across several words in number-words.ts), and dates resolved to the calendar against the article's
 * publication date (clock times read in clock-times.ts and given to their days in clock-days.ts; a day after a
 * weekday or an abbreviated month read in month-day.ts).
 */
import { spansStartingIn, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { Lexicon, WorkingSentence } from './annotate.ts';
import { numericValue, opensWithDigit, type Counted } from './counted.ts';
import { DateResolver } from './date-resolver.ts';
import { NumberReader, YEAR_MAX, YEAR_MIN, type FoundNumber, type NounKindsOf } from './found-numbers.ts';
import { clockTime, hourBeforeDayPart, hourOfDay, isThisDayPart } from './clock-times.ts';
import {
  withClockTimes,
  withoutTokens,
  type ClockDays,
  type ClockSpan,
  type DateWithTokens,
} from './clock-days.ts';
import { dayOfMonthAfter, monthDayAt } from './month-day.ts';
import type { DatePrecision, IsoDate } from './schema.ts';
import { clauseTense, isDateline, writeYear, type StoryDays } from './story-time.ts';
import { ordinalDayBeforeMonth } from './ordinal-days.ts';
import { throughWrittenYear } from './written-year.ts';
import { countsAfterDay, endBeforeCount } from './count-after-day.ts';
import { statedToDeny } from './denied-dates.ts';
import { dayReadFirst } from './same-day-again.ts';
import { dayOfWritingEnd, throughMonthOfWriting } from './month-of-writing.ts';
import {
  lastGroupNamed,
  NO_GROUP_BEFORE,
  type GroupBefore,
  type NamedGroup,
} from './partitive-antecedent.ts';
import { untilDateSpan } from './date-until.ts';

export interface FoundDate {
  text: string;
  date: IsoDate;
  end: IsoDate | null;
  precision: DatePrecision;
  /** The clock time of day, `HH:MM` on a 24-hour clock ("11:30 a.m." → `11:30`), when the text gives one. */
  time?: string;
}

/** Tokens `[start, end)` of a sentence's analysis. */
interface TokenSpan {
  start: number;
  end: number;
}

/** Reads numbers and dates; build once with the lexicon. */
export class FactReader {
  readonly #months: Map<string, number>;
  /** The month names and abbreviations, each also with a full stop after it ("sept."): one look-up a token. */
  readonly #monthWords: Set<string>;
  /** Anchored day phrases ("the day before") by their first word, so a sentence is scanned once. */
  readonly #anchoredByFirstWord = new Map<string, string[][]>();
  /** Resolves a date expression to the calendar. */
  readonly #dates: DateResolver;
  /** Reads figures and what they count. */
  readonly #numbers: NumberReader;
  /** The names of the days of the week, lower case. */
  readonly #weekdays: ReadonlySet<string>;
  /** True for a month's name or abbreviation ({@link #monthWords}), as the year reader asks it. */
  readonly #isMonth = (normal: string): boolean => this.#monthWords.has(normal);

  /** `nounKinds`: WordNet's kinds of nouns, for a figure giving the size of a whole ("a garrison of about 800"). */
  constructor(lexicon: Lexicon, nounKinds: NounKindsOf | null = null) {
    this.#months = new Map(
      // "September", "Sep", "Sept": the name, and the abbreviations papers write.
      lexicon.months.flatMap((m, i) => [
        [m, i + 1] as const,
        [m.slice(0, 3), i + 1] as const,
        [m.slice(0, 4), i + 1] as const,
      ]),
    );
    this.#monthWords = new Set([...this.#months.keys()].flatMap((m) => [m, `${m}.`]));
    this.#dates = new DateResolver(lexicon, this.#months);
    this.#numbers = new NumberReader(lexicon, nounKinds);
    this.#weekdays = new Set(lexicon.weekdays);
    for (const phrase of Object.keys(lexicon.anchoredDays)) {
      const words = phrase.split(' ');
      const list = this.#anchoredByFirstWord.get(words[0] ?? '') ?? [];
      list.push(words);
      this.#anchoredByFirstWord.set(words[0] ?? '', list);
    }
  }

  /**
   * Counted things in a sentence ("between 800 and 1,000 active-duty troops"); see {@link NumberReader.numbers}.
   */
  numbers(
    sentence: WorkingSentence,
    referent: Counted | null = null,
    groupBefore: GroupBefore = NO_GROUP_BEFORE,
  ): FoundNumber[] {
    return this.#numbers.numbers(sentence, referent, groupBefore);
  }

  /** The group sentence `s` names that a figure "of them" in the next sentence may count (partitive-antecedent.ts). */
  groupNamed(s: Pick<WorkingSentence, 'analysis' | 'tokenStart' | 'tokenEnd'>): NamedGroup | null {
    return lastGroupNamed(s.analysis.tokens, s.tokenStart, s.tokenEnd, this.#numbers.groupKinds);
  }

  /**
   * Dates in a sentence, resolved against `published`. `anchor` is the last day resolved earlier in the
   * article, for "the day before"; `storyYear` the year the paragraph last wrote out ("In 1846, …"), for a
   * day or month written without one (see {@link resolveDate}). `story` is what the article told before
   * (its last dateline and the last day it wrote out with a year), updated with this sentence's dates.
   */
  dates(
    sentence: WorkingSentence,
    published: IsoDate,
    anchor: IsoDate | null,
    clockDays: ClockDays = { entry: null, first: null },
    storyYear: number | null = null,
    story: StoryDays | null = null,
  ): FoundDate[] {
    const clocks: ClockSpan[] = [];
    const spans = this.#dateSpans(sentence, clocks);
    if (spans.length === 0 && clocks.length === 0) return [];
    const found = this.#resolveSpans(
      sentence,
      this.#widened(sentence, joinedSpans(sentence.analysis, spans)),
      published,
      anchor,
      storyYear,
      story,
    );
    const { analysis } = sentence;
    const stated = clocks.filter(
      (c) => !statedToDeny(analysis, c.start, sentence.tokenStart, sentence.correction),
    );
    if (stated.length === 0) return found.map(withoutTokens);
    return withClockTimes(sentence, found, stated, published, anchor, clockDays);
  }

  /**
   * The token spans of the sentence's dates as first read, each run on through a year written after it:
   * the tagger's dates and the day parts it read as times, bare years, months with a day the tagger missed,
   * days dated by the month of writing and anchored phrases ("the day before"). The clock times go to
   * `clocks`.
   */
  #dateSpans(sentence: WorkingSentence, clocks: ClockSpan[]): TokenSpan[] {
    const { analysis } = sentence;
    const spans: TokenSpan[] = [];
    for (const e of spansStartingIn(analysis.ner, sentence.tokenStart, sentence.tokenEnd)) {
      // "On May 3, 1500 Mexican soldiers": the date ends at its day, before the count the tagger took in.
      if (e.name === 'DATE')
        spans.push({
          start: e.start,
          end: endBeforeCount(analysis.tokens, e.start, e.end, sentence.tokenEnd),
        });
      else if (e.name === 'TIME' && e.end <= sentence.tokenEnd) this.#timeSpan(sentence, e, spans, clocks);
      else if (e.name === 'DURATION') {
        const until = untilDateSpan(analysis.tokens, e, this.#isMonth, (w) => this.#weekdays.has(w));
        if (until && until.end <= sentence.tokenEnd) spans.push(until);
      }
    }
    const dated = spans.length;
    // One pass for bare years and anchored phrases: most sentences have neither, and allocate nothing.
    const anchored: TokenSpan[] = [];
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const tok = analysis.tokens[t];
      if (!tok) continue;
      if (
        tok.value.length === 4 &&
        isBareYear(tok) &&
        !coveredBy(spans, dated, t) &&
        !countsAfterDay(analysis.tokens, t, sentence.tokenEnd)
      )
        spans.push({ start: t, end: t + 1 });
      // "Sept. 28": a month and a day the tagger did not read as a date.
      const day = this.#monthWords.has(tok.normal)
        ? monthDayAt(analysis, t, sentence.tokenEnd, this.#monthWords)
        : -1;
      if (day > 0 && !coveredBy(spans, dated, t)) spans.push({ start: t, end: day + 1 });
      // "on the 31st ult.": a day dated by the month of writing, which the tagger reads as an ordinal.
      const written = opensWithDigit(tok.value) ? dayOfWritingEnd(analysis.tokens, t, sentence.tokenEnd) : -1;
      if (written > 0 && !coveredBy(spans, dated, t)) spans.push({ start: t, end: written });
      const phrases = this.#anchoredByFirstWord.get(tok.normal);
      if (phrases === undefined) continue;
      for (const words of phrases) {
        if (t + words.length <= sentence.tokenEnd && phraseAt(analysis.tokens, t, words))
          anchored.push({ start: t, end: t + words.length });
      }
    }
    for (const s of anchored) spans.push(s);
    if (spans.length === 0) return spans;
    for (const s of spans)
      s.end = throughWrittenYear(analysis, s.start, s.end, sentence.tokenEnd, this.#isMonth);
    return spans;
  }

  /**
   * A time the tagger read, `e`: a clock time (written, worded, or an hour before a part of the day) goes to
   * `clocks`; "this afternoon", the day written on, to `spans`.
   */
  #timeSpan(sentence: WorkingSentence, e: TokenSpan, spans: TokenSpan[], clocks: ClockSpan[]): void {
    const { analysis } = sentence;
    const time = clockTime(analysis, e.start, e.end);
    if (time !== null) {
      clocks.push({ start: e.start, end: e.end, time });
      return;
    }
    const worded = hourOfDay(analysis, e.start, e.end, sentence.tokenStart, this.#numbers.figure);
    const told =
      worded === null ? hourBeforeDayPart(analysis, e.end, sentence.tokenEnd, this.#numbers.figure) : null;
    if (worded !== null) clocks.push({ ...worded, end: e.end });
    else if (told !== null) clocks.push({ start: e.start, end: e.end, time: told });
    // "In the East Room this afternoon, President Clinton granted…": the day written on.
    // Not after an hour ("4 o'clock this morning"): the clock time and its day are read together.
    else if (isThisDayPart(analysis, e.start, e.end) && !clocks.some((c) => c.end === e.start))
      spans.push({ start: e.start, end: e.end });
  }

  /**
   * The joined spans run on through a day of the month after a weekday and a month of writing, and back to
   * an ordinal day before a month ("the 18th of October"); a span the widening reached is merged into the one
   * before it ("Tuesday, the 27th ult.").
   */
  #widened(sentence: WorkingSentence, joined: TokenSpan[]): TokenSpan[] {
    const { analysis } = sentence;
    for (const s of joined) {
      s.end = dayOfMonthAfter(analysis, s.end, sentence.tokenEnd, this.#weekdays);
      s.end = throughMonthOfWriting(analysis.tokens, s.end, sentence.tokenEnd);
      // "the 18th of October": the tagger reads the month alone as the date.
      if (this.#monthWords.has(analysis.tokens[s.start]?.normal ?? ''))
        s.start = ordinalDayBeforeMonth(analysis, s.start, sentence.tokenStart);
    }
    // "Tuesday, the 27th ult.": the weekday's date now holds the day read apart from it.
    for (let i = joined.length - 1; i > 0; i--) {
      const prev = joined[i - 1];
      const s = joined[i];
      if (prev && s && s.start < prev.end) {
        prev.end = Math.max(prev.end, s.end);
        joined.splice(i, 1);
      }
    }
    return joined;
  }

  /**
   * Each span's text resolved to the calendar, in order: a day read becomes the anchor of the next, a year
   * written the year of the next, and `story` learns the dateline and the years written. A date stated only
   * to be denied is left out.
   */
  #resolveSpans(
    sentence: WorkingSentence,
    joined: readonly TokenSpan[],
    published: IsoDate,
    anchor: IsoDate | null,
    storyYear: number | null,
    story: StoryDays | null,
  ): DateWithTokens[] {
    const { analysis } = sentence;
    const found: DateWithTokens[] = [];
    for (const span of joined) {
      let start = span.start;
      const before = analysis.tokens[start - 1]?.normal;
      if ((before === 'earlier' || before === 'later') && analysis.tokens[start]?.normal === 'this')
        start -= 1;
      const first = analysis.tokens[start];
      const last = analysis.tokens[span.end - 1];
      if (!first || !last) continue;
      const text = analysis.text.slice(first.start, last.end);
      const context = story && {
        ...story,
        tense: clauseTense(analysis, start, span.end, sentence.tokenStart, sentence.tokenEnd),
      };
      // "Rebuilt in 1872, not 1870": a date stated only to be denied dates nothing.
      if (statedToDeny(analysis, start, sentence.tokenStart, sentence.correction)) {
        // A correction mends a day and leaves its year: "we said Aug. 9, 1915. It took place on Aug. 8."
        const retracted = sentence.correction && story && writtenYear(text) !== null;
        const stated = retracted ? this.#dates.resolve(text, published, anchor, storyYear, context) : null;
        if (story && stated?.precision === 'day') writeYear(story, stated.date, stated.precision);
        continue;
      }
      const read = this.#dates.resolve(text, published, anchor, storyYear, context);
      const resolved =
        read && story ? this.#asFirstRead(story, read, analysis.tokens, start, span.end, text) : read;
      if (resolved) {
        found.push({ text, ...resolved, from: start, to: span.end });
        if (resolved.precision === 'day') anchor = resolved.date;
        const year = writtenYear(text);
        storyYear = year ?? storyYear;
        if (story && resolved.precision === 'day') {
          if (
            sentence.position === 1 &&
            isDateline(analysis, start, span.end, sentence.tokenStart, sentence.tokenEnd)
          )
            story.dateline = resolved.date;
        }
        if (story && year !== null) writeYear(story, resolved.date, resolved.precision);
      }
    }
    return found;
  }

  /**
   * `read`, a day named by its month in tokens `[start, end)`, as the day the article read that month and day
   * as first when it is written without a year (see same-day-again.ts); any other date as read.
   */
  #asFirstRead(
    story: StoryDays,
    read: Omit<FoundDate, 'text'>,
    toks: readonly Token[],
    start: number,
    end: number,
    text: string,
  ): Omit<FoundDate, 'text'> {
    if (read.precision !== 'day') return read;
    let month = false;
    for (let t = start; t < end && !month; t++) month = this.#monthWords.has(toks[t]?.normal ?? '');
    if (!month) return read;
    const date = dayReadFirst(story.daysRead, read.date, writtenYear(text) === null);
    return date === read.date ? read : { ...read, date };
  }

  /**
   * One date expression on the calendar, read against the article's publication date and the day read last
   * (see {@link DateResolver.resolve}); `null` when it names no definite time.
   */
  resolveDate(
    expression: string,
    published: IsoDate,
    anchor: IsoDate | null,
    storyYear: number | null = null,
  ): Omit<FoundDate, 'text'> | null {
    return this.#dates.resolve(expression, published, anchor, storyYear);
  }
}

/**
 * `spans` in token order (sorted in place), those that overlap or touch joined: across a comma between them
 * ("Monday, May 4"), and a weekday in brackets after a date ("Jan. 10 (Wednesday):"). New objects: the
 * spans given are not changed.
 */
function joinedSpans(analysis: Analysis, spans: TokenSpan[]): TokenSpan[] {
  spans.sort((a, b) => a.start - b.start);
  const joined: TokenSpan[] = [];
  for (const s of spans) {
    const prev = joined.at(-1);
    if (prev && s.start <= prev.end) {
      prev.end = Math.max(prev.end, s.end);
    } else if (prev && s.start === prev.end + 1 && analysis.tokens[prev.end]?.value === ',') {
      prev.end = s.end;
    } else if (
      prev &&
      s.start === prev.end + 1 &&
      analysis.tokens[prev.end]?.value === '(' &&
      analysis.tokens[s.end]?.value === ')'
    ) {
      // "Jan. 10 (Wednesday):": the day in brackets is the weekday of the date before it, one day.
      prev.end = s.end + 1;
    } else joined.push({ ...s });
  }
  return joined;
}

/** The year a date expression writes out in four digits ("April 25, 1846", "1846"), or `null`. */
export function writtenYear(expression: string): number | null {
  const m = /\b(\d{4})\b/.exec(expression);
  return m ? Number(m[1]) : null;
}

/** A four-digit figure from {@link YEAR_MIN} to {@link YEAR_MAX}, as a token alone. */
function isBareYear(tok: Token): boolean {
  // Called for every four-letter word ("said", "that"): a look at the first character spares the pattern.
  if (!opensWithDigit(tok.value) || !/^\d{4}$/.test(tok.value)) return false;
  const v = numericValue(tok);
  return v !== null && v >= YEAR_MIN && v <= YEAR_MAX;
}

/** True when token `t` is inside one of the first `count` spans. */
function coveredBy(spans: readonly TokenSpan[], count: number, t: number): boolean {
  for (let i = 0; i < count; i++) {
    const s = spans[i];
    if (s && t >= s.start && t < s.end) return true;
  }
  return false;
}

/** True when the tokens from `t` have the normal forms `words`. */
function phraseAt(tokens: readonly Token[], t: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[t + k]?.normal !== words[k]) return false;
  return true;
}
