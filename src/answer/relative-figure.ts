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
/**
 * What a figure counts, then "in" and a group named by whose it is ("soldiers in her task force"): group 1 the
 * counted words. Not "the": "about three hours in the streets" says where, not a part of a group.
 */
const COUNTED_THEN_GROUP = /^\s+([\p{L}' -]+?)\s+(?:in|from)\s+(?:his|her|its|their|our)\s+\p{L}/iu;
/** A letter or digit: what a figure written as a word of its own is not next to. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `n` counts a part of a group or an addition to a count before (see the module header). */
export function countsRelative(
  n: Pick<NumberFact, 'text' | 'counts'>,
  sentence: Pick<Sentence, 'text'>,
): boolean {
  if (ADDED.test(n.text) || ADDED_COUNTED.test(n.counts)) return true;
  // The figure as a word of its own: "6" is not the end of "16" ("16 of the 30 towns reported 6 deaths").
  const { text } = sentence;
  for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) {
    const end = at + n.text.length;
    if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[end] ?? ' ')) continue;
    if (PART_OF.test(text.slice(end, end + 5))) return true;
    // "Two soldiers in her task force have been isolated": members of a group named after what is counted.
    const counted = text.slice(end).match(COUNTED_THEN_GROUP);
    if (counted && counted[1]?.toLowerCase() === n.counts.toLowerCase()) return true;
  }
  return false;
}

/** True when the counted words a question asks (`asked`, lemmas) ask an addition ("how many more troops"). */
export function asksAddition(asked: readonly string[]): boolean {
  return asked.some((w) => ADDITION_WORDS.has(w));
}
