/**
 * Who led a body of people as war reporting writes it: "the Mississippi Riflemen of Col. Jefferson Davis" (a
 * body named as a titled officer's), "Col. Dodd's men rode fifty-five miles" (the men of one). Only a person
 * the coverage gives a title is read so: "the ranch of Hollis Brannock" names an owner, not a leader.
 */
import type { Analysis } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;
/** Capitalised words between "of" and the mention of a name ("of Col. Jefferson Davis"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** The possessive's ending ("Dodd's", "Dodd’s", "the Rangers'"). */
const POSSESSIVE = /^['’]s?$/;

/** What the check needs to know of words and people. */
export interface BodyLeaderReading {
  /** True for a person the coverage gives a title or rank. */
  titled: (id: string) => boolean;
  /** True for a noun counting people ("men", "troopers", "riflemen"). */
  countsPeople: (lemma: string) => boolean;
  /** True for a title word, lower case ("secretary"): "Secretary of War Baker" names an office, not a body. */
  isTitle: (word: string) => boolean;
}

/** The titled person of `spans` a body of people in the sentence is named as belonging to, or `null`. */
export function titledLeaderOfBody(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  reading: BodyLeaderReading,
): string | null {
  for (const m of spans) {
    if (!reading.titled(m.entityId)) continue;
    // "Col. Dodd's men": the possessive before a noun for people.
    const owned = tokens[m.end + 1];
    if (
      POSSESSIVE.test(tokens[m.end]?.normal ?? '') &&
      owned?.pos === 'NOUN' &&
      reading.countsPeople(owned.lemma)
    )
      return m.entityId;
    // "the Mississippi Riflemen of Col. Jefferson Davis": a body of people, then "of" and the titled name.
    let k = m.start - 1;
    while (
      k >= 0 &&
      m.start - k <= MAX_WORDS_BEFORE_NAME &&
      (P1.test(tokens[k]?.value ?? '') || tokens[k]?.value === '.')
    )
      k--;
    if (tokens[k]?.normal !== 'of') continue;
    const body = tokens[k - 1];
    if (
      body &&
      !reading.isTitle(body.normal) &&
      (body.pos === 'PROPN' || body.pos === 'NOUN') &&
      (P1.test(body.value) || reading.countsPeople(body.lemma))
    )
      return m.entityId;
  }
  return null;
}
