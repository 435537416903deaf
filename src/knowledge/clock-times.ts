/**
 * Clock times as articles write them: "11:30 a.m.", "5 p.m. CDT", "noon", "midnight", and the hours the old
 * dispatches tell by the part of the day ("two in the morning", "six o'clock in the evening", "3 o'clock
 * this morning", "twelve o'clock that night" — midnight). Reads a sentence's tokens and the TIME spans the
 * tagger found; which day a time falls on is facts.ts's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { TokenFigure } from './number-words.ts';

/**
 * Words that may stand between a day and its clock time ("Monday, 8:05 a.m.", "5 p.m. on Sunday"), the
 * clock's zone written out among them ("2:30 p.m. Pacific time last Sunday, Sept. 21").
 */
const DAY_TIME_JOINERS = new Set([
  ',',
  'on',
  'at',
  'time',
  'local',
  'pacific',
  'mountain',
  'central',
  'eastern',
]);

/** True when the tokens from `from` to `to` are only {@link DAY_TIME_JOINERS} (or none). */
export function onlyJoiners(toks: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  for (let t = from; t < to; t++) if (!DAY_TIME_JOINERS.has(toks[t]?.normal ?? '')) return false;
  return true;
}

/** True for "o'clock", written with a straight or a curly apostrophe ("o’clock"). */
function isOClock(tok: Token | undefined): boolean {
  return tok !== undefined && tok.normal.replace('’', "'") === "o'clock";
}

/** Parts of the day an hour is told by ("two in the morning", "ten at night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/**
 * Words that set a part of the day after an hour on the day the text is at ("3 o'clock this morning", "that
 * evening"); "last night" and "tomorrow" would move the day, which the clock time is not given.
 */
const DAY_PART_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that']);

/** Words before a clock time that make it approximate ("about 3 a.m.", "around 10:30 p.m."). */
const APPROXIMATING_WORDS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
]);

const CLOCK = /^(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/**
 * The clock time of a TIME span, `HH:MM` on a 24-hour clock: "11:30 a.m.", "5 p.m.", "17:45", "noon",
 * "midnight", with a zone after it ("5:48 a.m. CDT"); `null` for a time of day that is no clock time ("this
 * morning") or a bare hour ("at 5").
 */
export function clockTime(analysis: Analysis, start: number, end: number): string | null {
  // "About 3 a.m.": an approximate time is read as the hour it gives.
  const from = APPROXIMATING_WORDS.has(analysis.tokens[start]?.normal ?? '') ? start + 1 : start;
  const first = analysis.tokens[from];
  const last = analysis.tokens[end - 1];
  if (!first || !last) return null;
  const text = analysis.text.slice(first.start, last.end).trim();
  const lower = text.toLowerCase();
  if (lower === 'noon' || lower === 'midday') return '12:00';
  if (lower === 'midnight') return '00:00';
  const m = CLOCK.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase().charAt(0);
  if (half === undefined && m[2] === undefined) return null;
  if (minute > 59 || hour > 23 || (half !== undefined && (hour < 1 || hour > 12))) return null;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * "two in the morning", "six o'clock in the evening", "ten at night": an hour, in digits or a count word, before
 * the part of the day the tagger reads as a TIME span (`start`–`end`, one token), as a clock time; the span it
 * makes starts at the hour. `null` for any other span ("in the morning" alone, "the next morning").
 */
export function hourOfDay(
  analysis: Analysis,
  start: number,
  end: number,
  sentenceStart: number,
  figure: TokenFigure,
): { start: number; time: string } | null {
  const toks = analysis.tokens;
  const part = end - start === 1 ? toks[start]?.normal : undefined;
  if (part === undefined || !DAY_PARTS.has(part)) return null;
  let k = start - 1;
  if (toks[k]?.normal === 'the') k--;
  if (k < sentenceStart || !(toks[k]?.normal === 'in' || toks[k]?.normal === 'at')) return null;
  k--;
  if (isOClock(toks[k])) k--;
  if (k < sentenceStart) return null;
  const time = hourInPart(toks[k], part, figure);
  return time === null ? null : { start: k, time };
}

/**
 * "3 o'clock this morning", "nine o'clock that evening", "six o'clock tonight": an hour the tagger reads as a TIME
 * span of its own, ending in "o'clock" at `end`, told by the part of the day written after it ("this" or "that"
 * and the part, or "tonight"), as a clock time. `null` for an hour the text
 * does not place in the day ("about 9 o'clock" is morning or evening), and for "in the morning", which
 * {@link hourOfDay} reads from the part's own span.
 */
export function hourBeforeDayPart(
  analysis: Analysis,
  end: number,
  sentenceEnd: number,
  figure: TokenFigure,
): string | null {
  const toks = analysis.tokens;
  if (!isOClock(toks[end - 1]) || end >= sentenceEnd) return null;
  const next = toks[end]?.normal;
  const part =
    next === 'tonight'
      ? 'night'
      : next !== undefined && DAY_PART_DETERMINERS.has(next) && end + 1 < sentenceEnd
        ? toks[end + 1]?.normal
        : undefined;
  if (part === undefined || !DAY_PARTS.has(part)) return null;
  return hourInPart(toks[end - 2], part, figure);
}

/** The clock time of an hour (1–12, in digits or a count word) in a part of the day; `null` for another token. */
function hourInPart(tok: Token | undefined, part: string, figure: TokenFigure): string | null {
  const hour = figure(tok);
  if (hour === null || !Number.isInteger(hour) || hour < 1 || hour > 12) return null;
  // "Twelve o'clock that night" is midnight, as "twelve in the morning" is: the night's evening hours are 6 to 11.
  const pm = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6 && hour < 12);
  const h = pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
  return `${String(h).padStart(2, '0')}:00`;
}

/**
 * True when tokens `[start, end)` are "this morning", "this afternoon" or "this evening": the day the text is
 * written on, told by a part of it, with no hour.
 */
export function isThisDayPart(analysis: Analysis, start: number, end: number): boolean {
  return (
    end - start === 2 &&
    analysis.tokens[start]?.normal === 'this' &&
    DAY_PARTS.has(analysis.tokens[start + 1]?.normal ?? '')
  );
}
