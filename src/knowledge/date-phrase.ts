/**
 * The words a date expression may hold around the day, month or year it names: a bound ("by July 15",
 * "until the end of September", "since 2006") and a part of the period ("the end of 2008", "early May",
 * "mid 2009"). English grammar, not the domain: the date they frame is the period they name.
 */

/** Prepositions that make a date a bound of an act: a deadline ("by", "until") or a start ("since"). */
export const DATE_BOUND_WORDS: ReadonlySet<string> = new Set([
  'by',
  'until',
  'till',
  'through',
  'before',
  'after',
  'since',
]);

/** Bounds that make a date a deadline: the act is done by then, or lasts until then. */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'before']);

/** Words naming a part of a period ("the end of 2008", "early May", "the middle of June"). */
export const PERIOD_PART_WORDS: ReadonlySet<string> = new Set([
  'end',
  'beginning',
  'start',
  'middle',
  'close',
  'early',
  'late',
  'mid',
]);

/** True when `word` (lower case) may frame a date without naming a time of its own. */
export function framesDate(word: string): boolean {
  return DATE_BOUND_WORDS.has(word) || PERIOD_PART_WORDS.has(word);
}
