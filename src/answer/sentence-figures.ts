/**
 * The figures a sentence gives as written, for setting one person's figure against another's
 * (compare-attributed.ts): those the knowledge reads as counting something ("forty-two men"), and those the
 * tagger found that count nothing named ("between 400 and 600"), but no year, no lone "one" and no date.
 */
import { TIME_UNIT } from '../knowledge/counted.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** True for a figure that counts something: not a distance in time ("four days later") or a year. */
function counts(n: NumberFact): boolean {
  return n.qualifier !== 'offset' && !YEAR.test(n.text.trim());
}

const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** Kinds of named entity that give a figure ("between 400 and 600", "$3,800"). */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['CARDINAL', 'MONEY', 'QUANTITY', 'PERCENT']);

/**
 * The figures of a sentence as written: the ones it counts something with, and the ones the tagger found that
 * count nothing named ("casualties, dead and wounded, between 400 and 600").
 */
export function figuresOf(index: KnowledgeIndex, s: Sentence): Figure[] {
  const facts = (index.numbersBySentence.get(s.id) ?? []).filter(counts);
  const counted = facts.map((n) => n.text);
  const dates = s.nerEntities.filter((e) => e.type === 'DATE' || e.type === 'TIME').map((e) => e.text);
  const tagged = s.nerEntities
    .filter((e) => FIGURE_TYPES.has(e.type) && !YEAR.test(e.text.trim()) && !ONE.test(e.text.trim()))
    .map((e) => e.text)
    .filter((t) => !dates.some((d) => d.includes(t)) && !counted.some((c) => c.includes(t)));
  return [
    ...facts.map((n) => ({
      text: n.text,
      counted: true,
      span: TIME_UNIT.test(n.countsLemma ?? ''),
      counts: n.countsLemma ?? '',
    })),
    ...tagged.map((text) => ({ text, counted: false, span: false, counts: '' })),
  ];
}

/** A figure as written, and whether the knowledge reads it as counting something named. */
export interface Figure {
  text: string;
  counted: boolean;
  /** A span of time ("150 years", "about ten minutes"): how long, not how many of what is compared. */
  span: boolean;
  /** The lemma of what it counts ("man" of "forty-two men"), '' when it counts nothing named. */
  counts: string;
}

/** "One of the lawyers", "a single face": one is no one's estimate of anything. */
const ONE = /^(?:one|a single|single|1)$/i;
