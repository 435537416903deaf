/**
 * A figure that counts relative to another count: a part of a group it names ("17 of the country's 32 state
 * legislatures") or an addition to a count before ("1,500 more active-duty troops", "eight more"). It
 * answers a question asking a part or an addition ("how many of the men…", "how many more troops…"); asked
 * the size of a group, it gives way to a figure of the whole.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';

/** Words that ask, or give, an addition to a count ("more troops", "extra troops", "additional agents"). */
const ADDITION_WORDS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further', 'fewer']);
/** "More" or "fewer" written as the figure's last word or its counted phrase's first. */
const ADDED = /\s(?:more|fewer)$/i;
const ADDED_COUNTED = /^(?:more|additional|extra|further|fewer)\b/i;
/** The partitive "of" right after a figure ("17 of the 32 legislatures"). */
const PART_OF = /^\s+of\s/i;

/** True when `n` counts a part of a group or an addition to a count before (see the module header). */
export function countsRelative(
  n: Pick<NumberFact, 'text' | 'counts'>,
  sentence: Pick<Sentence, 'text'>,
): boolean {
  if (ADDED.test(n.text) || ADDED_COUNTED.test(n.counts)) return true;
  const at = sentence.text.indexOf(n.text);
  return at >= 0 && PART_OF.test(sentence.text.slice(at + n.text.length, at + n.text.length + 5));
}

/** True when the counted words a question asks (`asked`, lemmas) ask an addition ("how many more troops"). */
export function asksAddition(asked: readonly string[]): boolean {
  return asked.some((w) => ADDITION_WORDS.has(w));
}
