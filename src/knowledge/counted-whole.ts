/**
 * A figure that gives the size of a whole ("Trías is usually credited with a garrison of about 800", "a crowd
 * of about 70 answered"): with no noun after it, the figure counts the members of the singular noun it is
 * "of". The members are what the figures before it counted when those were people ("a force of up to 1,000"
 * after "Guard members"); a figure of anything else before it (the wounded of the last fight, governments)
 * is no member of the whole, which is then what the figure counts. A measure's figure ("a total of 800", "a
 * peak of 5,900") is a number of whatever was counted before, a person's ("a man of 19") an age, and "the war
 * of 1846" a year: none is a whole of so many, nor is "one" ("in sight of one another").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { Counted } from './counted.ts';

/** What is known of a noun: its first sense a measure or a quantity, or a person or a body of people. */
export interface WholeNounKinds {
  isMeasure(lemma: string): boolean;
  /** True for a person or a body of people, as a singular noun ("soldier", "troop", "agent"). */
  namesPeople(lemma: string): boolean;
}

/** A figure written as a year ("1846"): no size of a whole. */
const YEAR_WRITTEN = /^\d{4}$/;

/**
 * The singular noun a figure is "of" ("a garrison of about 800" → garrison), as what the figure counts; `null`
 * when the figure follows no "of", the word before "of" is no singular common noun, it names a measure or a
 * person, the figure is one or a year, or `before` (what a figure before it counted, in its sentence or the
 * ones before) names people: the whole's members, as counted there. `startTok`: the figure's first token
 * (its qualifier); `from`: the sentence's first token.
 */
export function countedAsWhole(
  analysis: Analysis,
  figure: { from: number; startTok: number; value: number; text: string },
  before: Counted | null,
  kinds: WholeNounKinds,
): Counted | null {
  const { from, startTok } = figure;
  if (startTok - 2 < from || figure.value <= 1 || YEAR_WRITTEN.test(figure.text)) return null;
  const toks = analysis.tokens;
  const noun = toks[startTok - 2];
  if (toks[startTok - 1]?.normal !== 'of' || !noun || noun.pos !== 'NOUN' || noun.lemma !== noun.normal)
    return null;
  if (kinds.isMeasure(noun.lemma) || kinds.namesPeople(noun.lemma)) return null;
  if (before && kinds.namesPeople(before.lemma)) return null;
  return { text: noun.value, lemma: noun.lemma };
}
