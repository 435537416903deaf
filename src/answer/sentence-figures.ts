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
      countsWritten: n.counts,
    })),
    ...tagged.map((text) => ({ text, counted: false, span: false, counts: '', countsWritten: '' })),
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
  /** What it counts as written ("sailors and marines"), '' when it counts nothing named. */
  countsWritten: string;
}

/** "Of them", "of those" right after a figure: a part of a group named before it. */
const PARTITIVE = /^\s+of\s+(?:them|those|these)\b/i;

/** How far after a figure the words it counts are looked for ("two hundred and fifty sailors"). */
const MAX_COUNTED_GAP = 12;

/**
 * The figure at offset `at` of `text` as that text counts it: what the knowledge says it counts when the
 * words it counts follow it there ("fourteen hundred men"), else nothing named. A figure standing alone ("I
 * make it near three hundred") is given the noun of a figure before it by the knowledge, which may be another
 * thing counted in passing ("the three ships").
 */
export function countedAt(figure: Figure, text: string, at: number): Figure {
  if (figure.countsWritten === '') return figure;
  // "There was three hundred of them": the knowledge read what "them" stands for, named before the figure.
  if (PARTITIVE.test(text.slice(at + figure.text.length))) return figure;
  const after = text.slice(
    at + figure.text.length,
    at + figure.text.length + MAX_COUNTED_GAP + figure.countsWritten.length,
  );
  return after.toLowerCase().includes(figure.countsWritten.toLowerCase())
    ? figure
    : { ...figure, counts: '', countsWritten: '' };
}

/** "One of the lawyers", "a single face": one is no one's estimate of anything. */
const ONE = /^(?:one|a single|single|1)$/i;
