/**
 * An act told at a time of day or a season, not a date: "At nightfall they went back to their boats and
 * returned to the ship" answers "When did the landing party go back to the ship?", though the article's only
 * dates are its dateline's. The time is a phrase a preposition opens ("at nightfall", "in the summer of 1980",
 * "toward dawn") whose noun WordNet files as an hour, a part of the day or a season.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { DatedAct } from './dated-act.ts';
import type { Ranked } from './retrieval.ts';

/** A preposition, an optional determiner and "early"/"late", then the noun that may name a time. */
const TIME_PHRASE =
  /\b(?:at|in|by|before|after|toward|towards|until|till|during|around|near)\s+(?:(?:the|that|this|each|every)\s+)?(?:(?:early|late)\s+)?([a-z]+)\b/gi;
/** The kinds of time WordNet's first noun sense must be, within {@link TIME_STEPS} steps. */
const TIME_KINDS: readonly string[] = ['hour', 'time of day', 'daytime', 'season'];
/** Hypernym steps from a noun to a kind of time ("nightfall" → twilight → hour: 1). */
const TIME_STEPS = 2;
/** The best-ranked sentences read for an act told at a time (each read once, so bounded). */
const MAX_SENTENCES = 10;

/** The time phrases of `text` ("At nightfall"), in order. */
export function timePhrases(text: string, wordnet: WordNet): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TIME_PHRASE)) {
    const noun = (m[1] ?? '').toLowerCase();
    const kinds = wordnet.nounKindWords(noun, TIME_STEPS);
    if (TIME_KINDS.some((k) => kinds.has(k)) && !TIME_KINDS.includes(noun)) out.push(m[0]);
  }
  return out;
}

/**
 * The first of the best-ranked sentences (`ranked`) that says the asked act in the clause of a time phrase
 * (`actTest` reads the phrase as it reads a date), with that phrase; null when none does.
 */
export function actToldAtTime(
  ranked: readonly Ranked[],
  actTest: (sentence: Sentence, dateText: string) => DatedAct,
  wordnet: WordNet,
): { sentence: Sentence; phrase: string } | null {
  for (const r of ranked.slice(0, MAX_SENTENCES)) {
    const phrase = timePhrases(r.sentence.text, wordnet).find((p) => actTest(r.sentence, p) === 'dates-act');
    if (phrase) return { sentence: r.sentence, phrase };
  }
  return null;
}
