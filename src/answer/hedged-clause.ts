/**
 * A second question clause whose question word comes after a hedge or an adverb: "…, and about how many
 * cadets answered?", "…and roughly how much…", "…and then when…", "…and also who…", "…and, if so, why…".
 * The words between the "and" and the question word are read by their part of speech, not looked up in a
 * list: adverbs and "if" ("roughly", "then", "if so"), and a preposition only before a question word the
 * tagger reads as an adverb that asks on its own ("about how many", "around when did"). A preposition before
 * "who" or "what", or before "how"/"when" opening a clause ("about how Mexico would respond"), names a topic
 * ("what did they say about the war and about who built it"), and does not start a question.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** At most this many words stand between the "and" and the question word ("if so"). */
const MAX_HEDGE_WORDS = 2;

/** Parts of speech of a word that only hedges or links the clause it opens ("roughly", "then", "if"). */
const HEDGE_POS = new Set(['ADV', 'SCONJ']);

/** Question words that open a question clause of their own. */
const QUESTION_WORDS = new Set('who whom whose what when where why how which'.split(' '));

/** Words joining two question clauses. */
const JOINING = new Set(['and', 'but', 'plus']);

/** A joining word, then one to {@link MAX_HEDGE_WORDS} words, then a question word: worth tagging. */
const MAY_HOLD_HEDGED =
  /\b(?:and|but|plus)\b[\s,]+(?:[\p{L}'’]+[\s,]+){1,2}(?:who|whom|whose|what|when|where|why|how|which)\b/iu;

/** Where a clause starts: `at` is the joining word's offset, `length` runs to the question word. */
export interface ClauseStart {
  at: number;
  length: number;
}

/** True when `sentence` may hold a hedged question clause, so it is worth tagging (most are not). */
export function mayHoldHedgedClause(sentence: string): boolean {
  return MAY_HOLD_HEDGED.test(sentence);
}

/** Parts of speech of the word after a question word that make it ask on its own after a preposition. */
const ASKING_NEXT_POS = new Set(['ADJ', 'ADV', 'AUX']);

function hedges(words: readonly Token[], asking: Token, next: Token | undefined): boolean {
  return words.every(
    (w, i) =>
      HEDGE_POS.has(w.pos) ||
      // "about how many", "around when did …": a preposition bounding an amount or a time, just before a
      // question word that asks a degree ("how" and an adjective) or inverts its verb ("when did"); "about how
      // Mexico would respond" and "about when it was built" name a topic.
      (w.pos === 'ADP' &&
        i === words.length - 1 &&
        asking.pos === 'ADV' &&
        next !== undefined &&
        ASKING_NEXT_POS.has(next.pos)),
  );
}

/**
 * The starts of the question clauses in `analysis` (of one sentence) that open with a hedge before their
 * question word (see the module header); the span runs from the space before the joining word, past a
 * comma before it, to the question word.
 */
export function hedgedClauseStarts(analysis: Analysis): ClauseStart[] {
  const text = analysis.text;
  const words = analysis.tokens.filter((t) => t.pos !== 'PUNCT' && t.type !== 'punctuation');
  const out: ClauseStart[] = [];
  for (let i = 0; i < words.length; i++) {
    const joining = words[i];
    if (!joining || !JOINING.has(joining.normal)) continue;
    for (let n = 1; n <= MAX_HEDGE_WORDS; n++) {
      const asking = words[i + 1 + n];
      if (!asking || !QUESTION_WORDS.has(asking.normal)) continue;
      if (!hedges(words.slice(i + 1, i + 1 + n), asking, words[i + 2 + n])) continue;
      const at = text.slice(0, joining.start).search(/[\s,]*$/);
      out.push({ at, length: asking.start - at });
      break;
    }
  }
  return out;
}
