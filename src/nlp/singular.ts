/**
 * A plural noun's singular by its ending, for a word the lemmatiser left as written (a capitalised plural,
 * a role word in a description). One rule with options for the real differences between its callers:
 * "-men" → "-man" ("guardsmen"), "-es" and "-ies" ("witnesses", "deputies"), a word in "ss" ("witness")
 * kept or cut, and a length guard for short words ("bus", "gas").
 */

export interface SingularRules {
  /** The final-s rule leaves a word of at most this many letters as written ("bus", "gas" with 3). */
  readonly longerThan?: number;
  /** A word ending in "ss" stays as written ("witness", "press"); true unless told. */
  readonly keepSs?: boolean;
  /** "-men" → "-man" ("guardsmen" → "guardsman", "men" → "man"). */
  readonly men?: boolean;
  /** "-sses", "-shes", "-ches", "-xes" lose "es" ("witnesses" → witness); a consonant's "-ies" → "-y". */
  readonly es?: boolean;
}

/**
 * The singular of `word` by its ending ("orders" → "order", "monuments" → "monument"); the word itself when
 * no rule applies (no final "s", a word in "ss" or one no longer than `longerThan` letters).
 */
export function singularOf(word: string, rules: SingularRules = {}): string {
  const { longerThan = 0, keepSs = true, men = false, es = false } = rules;
  if (es) {
    if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
    if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  }
  if (men && word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.length <= longerThan || !word.endsWith('s')) return word;
  return keepSs && word.endsWith('ss') ? word : word.slice(0, -1);
}

/** The rules for a counted lemma: a word of more than three letters in "s" (a final "ss" cut too). */
const KEPT_PLURAL: SingularRules = { longerThan: 3, keepSs: false };

/**
 * The forms a lemma may take when the lemmatiser kept a plural: itself and, when `rules` find one (by default
 * for a word of more than three letters in "s"), its singular.
 */
export function withSingular(lemma: string, rules: SingularRules = KEPT_PLURAL): string[] {
  const one = singularOf(lemma, rules);
  return one === lemma ? [lemma] : [lemma, one];
}
