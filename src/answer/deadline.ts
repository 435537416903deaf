/**
 * Deadline questions ("by what date", "by when", "until when", "how long until") and the dates that answer
 * them: a date a sentence introduces by a bound ("by July 15", "until the end of September"), not the day
 * the news was told nor a date of another act.
 */
import { DEADLINE_WORDS } from '../knowledge/date-phrase.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}]+/u;

/** A question asking the date something is to be done by, or lasts until. */
const ASKS_DEADLINE =
  /\b(?:by|until|till|through|before) (?:what|which) (?:date|day|time|month|year|point)\b|\b(?:by|until|till) when\b|\bhow long (?:until|till|before|will|would)\b|\bdeadline\b/i;

/** True when the question asks a deadline ("By what date were the last soldiers to be gone?"). */
export function asksDeadline(question: string): boolean {
  return ASKS_DEADLINE.test(question);
}

/** Words that may stand between a bound and its date ("by the end of 2008", "until early May"). */
const BETWEEN: ReadonlySet<string> = new Set(['the', 'a', 'about', 'around', 'roughly', 'approximately']);

/**
 * True when the date written `dateText` in `lowerSentence` is introduced by a deadline bound: the bound opens
 * the date's own text ("by July 15") or stands just before it ("by the end of 2008").
 */
export function isDeadlineDate(lowerSentence: string, dateText: string): boolean {
  const lowerDate = dateText.toLowerCase();
  const first = lowerDate.split(/\s+/)[0] ?? '';
  if (DEADLINE_WORDS.has(first)) return true;
  const at = lowerSentence.indexOf(lowerDate);
  if (at < 0) return false;
  const before = lowerSentence
    .slice(0, at)
    .split(P1)
    .filter((w) => w !== '');
  while (before.length > 0 && BETWEEN.has(before.at(-1) ?? '')) before.pop();
  return DEADLINE_WORDS.has(before.at(-1) ?? '');
}
