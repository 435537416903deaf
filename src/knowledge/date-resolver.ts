/**
 * Date expressions resolved to the calendar: "last Tuesday", "the day before", "next month", "Sept. 28",
 * "May 1911", each read against the article's publication date, the day the article read last (the anchor
 * of "the day before") and the year its paragraph wrote out last (a story of 1846 told in 2026), with the
 * lexicon's tables of month and weekday names and of relative days, weeks and months. The fact reader
 * (facts.ts) finds the expressions in a sentence; this reads what day, month or year each names.
 */
import type { Lexicon } from './annotate.ts';
import type { FoundDate } from './facts.ts';
import type { IsoDate } from './schema.ts';
import { framesDate } from './date-phrase.ts';
import { UNTIL_WORDS } from './date-until.ts';
import { DAY_PARTS } from './clock-times.ts';
import { ordinalDay } from './ordinal-days.ts';
import { monthOfWritingShift } from './month-of-writing.ts';
import { addDays, isoDay, monthOf, nearestYear, parseDay, weekday } from './calendar.ts';
import type { DateContext } from './story-time.ts';

/** A date expression in lower case, spaced plainly, and its words; shared, never changed. */
interface ExpressionWords {
  text: string;
  words: readonly string[];
}

/** Expressions whose words are remembered before the memory starts again. */
const MAX_REMEMBERED_EXPRESSIONS = 10_000;

/** Resolves date expressions; build once with the lexicon. */
export class DateResolver {
  readonly #months: ReadonlyMap<string, number>;
  readonly #weekdays: Map<string, number>;
  /** The lexicon's tables of relative dates, each read into a map once. */
  readonly #anchoredDays: Map<string, number>;
  readonly #relativeDays: Map<string, number>;
  readonly #relativeMonths: Map<string, number>;
  readonly #relativeWeeks: Map<string, number>;
  /** Each expression's words, by the expression as written ({@link #wordsOf}). */
  readonly #words = new Map<string, ExpressionWords>();

  /** `months` are the month names and the abbreviations papers write, with each month's number. */
  constructor(lexicon: Lexicon, months: ReadonlyMap<string, number>) {
    this.#months = months;
    this.#weekdays = new Map(lexicon.weekdays.map((d, i) => [d, i]));
    this.#anchoredDays = new Map(Object.entries(lexicon.anchoredDays));
    this.#relativeDays = new Map(Object.entries(lexicon.relativeDays));
    this.#relativeMonths = new Map(Object.entries(lexicon.relativeMonths));
    this.#relativeWeeks = new Map(Object.entries(lexicon.relativeWeeks));
  }

  /**
   * One date expression on the calendar; `null` when it names no definite time. `anchor` is the day read last
   * (for "the day before"). `storyYear`, the year written out last in the expression's paragraph, dates a day, a month or a weekday
   * written without a year when it lies years from publication: "In 1846, … On April 24, Thornton's patrol…"
   * in a 2026 article is 1846's April 24; a weekday there ("On Tuesday, …") names no day that can be told.
   * `context` says how the passage is told (see story-time.ts): under a dateline, days relative to now count
   * from the dateline's day; a past event written without its year is not after publication, and is in the
   * year the story last wrote out when that is years from publication.
   */
  resolve(
    expression: string,
    published: IsoDate,
    anchor: IsoDate | null,
    storyYear: number | null = null,
    context: DateContext | null = null,
  ): Omit<FoundDate, 'text'> | null {
    const resolved =
      this.#resolve(expression, published, anchor, storyYear, context) ??
      this.#apposed(expression, published, anchor, storyYear, context);
    if (resolved === null) return null;
    if (context?.tense === 'past') return notAfterPublication(resolved, published, context.written);
    const { yearWritten: _written, ...date } = resolved;
    return date;
  }

  /**
   * "Yesterday, Sunday the 20th": a day said twice, the second time after a comma, is the day the part after
   * the comma names when the whole reads as no one date; `null` without a comma.
   */
  #apposed(
    expression: string,
    published: IsoDate,
    anchor: IsoDate | null,
    storyYear: number | null,
    context: DateContext | null,
  ): (Omit<FoundDate, 'text'> & { yearWritten?: boolean }) | null {
    const comma = expression.indexOf(',');
    if (comma < 0) return null;
    return this.#resolve(expression.slice(comma + 1), published, anchor, storyYear, context);
  }

  /**
   * The expression in lower case with its punctuation and runs of spaces made single spaces, and its words:
   * read once per expression, as the same few ("Monday", "last week", "Sept. 28") come again and again.
   */
  #wordsOf(expression: string): ExpressionWords {
    const known = this.#words.get(expression);
    if (known !== undefined) return known;
    const text = expression
      .toLowerCase()
      .replace(/[,.()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const read: ExpressionWords = { text, words: text.split(' ') };
    if (this.#words.size >= MAX_REMEMBERED_EXPRESSIONS) this.#words.clear();
    this.#words.set(expression, read);
    return read;
  }

  #resolve(
    expression: string,
    published: IsoDate,
    anchor: IsoDate | null,
    storyYear: number | null,
    context: DateContext | null,
  ): (Omit<FoundDate, 'text'> & { yearWritten?: boolean }) | null {
    const dateline = context?.dateline ?? null;
    // Days relative to now count from the day the passage is told on: its dateline's, else publication's.
    const now = dateline ?? published;
    const { text, words } = this.#wordsOf(expression);
    const pub = parseDay(published);
    const anchored = this.#anchoredDays.get(text);
    if (anchored !== undefined)
      return anchor ? { date: addDays(anchor, anchored), end: null, precision: 'day' } : null;
    // "This afternoon": today, by a part of it.
    if (words.length === 2 && words[0] === 'this' && DAY_PARTS.has(words[1] ?? ''))
      return { date: now, end: null, precision: 'day' };
    const days = this.#relativeDays.get(text);
    if (days !== undefined) return { date: addDays(now, days), end: null, precision: 'day' };
    const told = parseDay(now);
    const months = this.#relativeMonths.get(text);
    if (months !== undefined)
      return { date: monthOf(told.y, told.m + months), end: null, precision: 'month' };
    const weeks = this.#relativeWeeks.get(text);
    if (weeks !== undefined) {
      const monday = addDays(now, -((weekday(now) + 6) % 7) + 7 * weeks);
      return { date: monday, end: addDays(monday, 6), precision: 'week' };
    }
    let day: number | null = null;
    let month: number | null = null;
    let year: number | null = null;
    let weekdayIndex: number | null = null;
    let relative = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const shift = monthOfWritingShift(w);
      // "the 27th ult.": last month's 27th, counted from the month the passage is told in.
      if (shift !== null && month === null && year === null) {
        const m = told.m + shift;
        [month, year] = [m - 12 * Math.floor((m - 1) / 12), told.y + Math.floor((m - 1) / 12)];
      } else if (this.#months.has(w) && month === null) month = this.#months.get(w) ?? null;
      else if (this.#weekdays.has(w)) weekdayIndex = this.#weekdays.get(w) ?? null;
      else if (/^\d{4}$/.test(w)) year = Number(w);
      else if (/^\d{1,2}(st|nd|rd|th|d)?$/.test(w)) day = Number.parseInt(w, 10);
      else if (RELATIVE_WORDS.has(w)) relative = true;
      // "the first of August": an ordinal word is a day only before "of" and a month.
      else if (words[i + 1] === 'of' && this.#months.has(words[i + 2] ?? '') && ordinalDay(w) !== null)
        day = ordinalDay(w);
      // "The summer of 1980", "Monday morning": a season dates no finer than its year, a part of the day its day.
      else if (!DATE_FILLER_WORDS.has(w) && !framesDate(w) && !SEASONS.has(w) && !DAY_PARTS.has(w))
        return null;
    }
    // "Last Tuesday the City Council voted": that day of the week before publication's (see lastWeekday).
    if (relative && words.includes('last') && weekdayIndex !== null && month === null && day === null)
      return year === null && (dateline !== null || !storyTold(storyYear, pub.y))
        ? lastWeekday(now, weekdayIndex)
        : null;
    // "Last Sunday, Sept. 21": the day and month written out say which; "last May" alone does not say the year.
    if (relative && (month === null || day === null)) return null;
    // "On May 21" after "May 10, 1911": a month without its year is in the story's year, the one nearest the
    // day read last (the anchor) when that is years from publication, not the one nearest publication.
    // A clause told in the present or the future ("The council will meet on February 20") is of the time of
    // publication, whatever story the article told before it.
    const present = context?.tense === 'present';
    const near =
      anchor && !present && Math.abs(parseDay(anchor).y - pub.y) > STORY_YEARS_APART ? parseDay(anchor) : pub;
    const story =
      storyYear !== null && !present && Math.abs(storyYear - pub.y) > STORY_YEARS_APART ? storyYear : null;
    const yearWritten = year !== null || story !== null;
    if (month !== null && day !== null) {
      const read =
        year ?? (story !== null && isoDay(story, month, day) ? story : nearestYear(near, month, day));
      const y =
        year === null && weekdayIndex !== null ? weekdayYear(read, month, day, weekdayIndex, context) : read;
      const date = isoDay(y, month, day);
      return date ? { date, end: null, precision: 'day', yearWritten } : null;
    }
    // "Until July" told in the present or the future: the next such month from the day told, which the act
    // lasts to; told in the past, the one nearest, as any other. "Until Monday" (a story of this week: one
    // told years later names no weekday that can be told, below): the next Monday, whatever the tense, as
    // a closing is told done ("the saloons were ordered closed until Monday") of a day still to come.
    const until = UNTIL_WORDS.has(words[0] ?? '');
    if (
      month !== null &&
      until &&
      context?.tense !== 'past' &&
      day === null &&
      year === null &&
      story === null
    )
      return { date: monthOf(month < told.m ? told.y + 1 : told.y, month), end: null, precision: 'month' };
    if (month !== null) {
      const y = year ?? story ?? nearestYear(near, month, 15);
      return { date: monthOf(y, month), end: null, precision: 'month', yearWritten };
    }
    // "Tuesday the 20th": the 20th of the month in play that is a Tuesday, not after the day told on; in a
    // story told years later with no dateline ("On the 11th … And on Monday the 13th"), not after publication.
    if (weekdayIndex !== null && day !== null && year === null)
      return weekdayOfMonth(
        anchor ?? now,
        dateline ?? (anchor !== null && storyTold(parseDay(anchor).y, pub.y) ? now : (anchor ?? now)),
        weekdayIndex,
        day,
        context?.tense !== 'present',
      );
    if (year !== null && day === null) return { date: String(year), end: null, precision: 'year' };
    if (weekdayIndex !== null && story !== null && dateline === null) return null;
    if (weekdayIndex !== null && until)
      return { date: addDays(now, (weekdayIndex - weekday(now) + 7) % 7 || 7), end: null, precision: 'day' };
    if (weekdayIndex !== null) {
      // "LA GRANGE, Sept. 22. — … came in on Friday": the last Friday to the dateline's day.
      const back = (weekday(now) - weekdayIndex + 7) % 7;
      return { date: addDays(now, -back), end: null, precision: 'day' };
    }
    return null;
  }
}

/**
 * A past event's day or month written without its year, moved to no later than publication: to the year the
 * story last wrote out (`written`) when that lies years from publication ("On February 15, Vega attacked"
 * in a 1961 article about January 1911), else to the year before.
 */
function notAfterPublication(
  resolved: Omit<FoundDate, 'text'> & { yearWritten?: boolean },
  published: IsoDate,
  written: IsoDate | null,
): Omit<FoundDate, 'text'> {
  const { yearWritten, ...date } = resolved;
  if (yearWritten !== false || (date.precision !== 'day' && date.precision !== 'month')) return date;
  const after = date.precision === 'day' ? date.date > published : date.date > published.slice(0, 7);
  if (!after) return date;
  const { y, m, d } = parseDay(date.date);
  const pub = parseDay(published);
  const storyYear =
    written !== null && Math.abs(parseDay(written).y - pub.y) > STORY_YEARS_APART
      ? nearestYear(parseDay(written), m, date.precision === 'day' ? d : 15)
      : y - 1;
  if (date.precision === 'month') return { ...date, date: monthOf(storyYear, m) };
  const moved = isoDay(storyYear, m, d);
  return moved ? { ...date, date: moved } : date;
}

/**
 * The year of a day written with its weekday and without its year ("Friday, September 10th"): `read`, as the
 * day was read, unless that day is another weekday and the day falls on that weekday in the year the story
 * last wrote out (a 1997 broadcast on "September 1847").
 */
function weekdayYear(
  read: number,
  month: number,
  day: number,
  weekdayIndex: number,
  context: DateContext | null,
): number {
  const readDay = isoDay(read, month, day);
  if (readDay === null || weekday(readDay) === weekdayIndex || !context?.written) return read;
  const story = parseDay(context.written).y;
  const storyDay = isoDay(story, month, day);
  return storyDay !== null && weekday(storyDay) === weekdayIndex ? story : read;
}

/** Milliseconds since 1970 to the start of `day`, for comparing distances between days. */
function utc(day: IsoDate): number {
  const { y, m, d } = parseDay(day);
  return Date.UTC(y, m - 1, d);
}

/**
 * The day `day` of the month of `inPlay`, of the month before or of the month after, that falls on
 * `weekdayIndex`, nearest `inPlay` (for a past event, `past`, not after `told`): "On Tuesday the 18th" after
 * "February 15, 1913" in a 1938 obituary is February's, not March's; "On Sunday, the 28th, we'll gather" with
 * no date in play is the one nearest the telling. `null` when none of the three months has that day on that
 * weekday.
 */
function weekdayOfMonth(
  inPlay: IsoDate,
  told: IsoDate,
  weekdayIndex: number,
  day: number,
  past: boolean,
): Omit<FoundDate, 'text'> | null {
  const { y, m } = parseDay(inPlay);
  let best: IsoDate | null = null;
  let bestGap = Infinity;
  for (const shift of [-1, 0, 1]) {
    const date = isoDay(y + Math.floor((m - 1 + shift) / 12), ((m - 1 + shift + 12) % 12) + 1, day);
    if (date === null || weekday(date) !== weekdayIndex || (past && date > told)) continue;
    const gap = Math.abs(utc(date) - utc(inPlay));
    if (gap < bestGap) [best, bestGap] = [date, gap];
  }
  return best === null ? null : { date: best, end: null, precision: 'day' };
}

/** True when `storyYear` lies years from publication (see {@link DateResolver.resolve}). */
function storyTold(storyYear: number | null, publishedYear: number): boolean {
  return storyYear !== null && Math.abs(storyYear - publishedYear) > STORY_YEARS_APART;
}

/**
 * The day `weekdayIndex` (0 Sunday … 6 Saturday, as {@link weekday}) of the week, Monday first, before the
 * week of `published`, as "last week" is that week: news style names a day of the last seven days by its
 * name alone, so "last Thursday" in a Friday's report is eight days before, not the day before.
 */
function lastWeekday(published: IsoDate, weekdayIndex: number): Omit<FoundDate, 'text'> {
  const monday = addDays(published, -((weekday(published) + 6) % 7) - 7);
  return { date: addDays(monday, (weekdayIndex + 6) % 7), end: null, precision: 'day' };
}

/**
 * How many years a day read in an article must lie from its publication for a month without a year to be
 * read in that day's year: more than one, so a report of last December read in January stays as it was.
 */
const STORY_YEARS_APART = 1;

/** Words a date expression may hold besides its day, month, year and weekday ("early in May"). */
const DATE_FILLER_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'of', 'the', 'early', 'late', 'mid']);
/** The seasons, which a date names with its year ("the summer of 1980", "fall 1996"): the year they are of. */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);
/** Words placing a day before or after another ("last Sunday"): filler beside a written month and day. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past']);
