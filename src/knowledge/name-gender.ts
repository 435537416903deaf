/**
 * The gender a first name suggests when the text says nothing, read from the word vectors: "maria" sits
 * nearer "she", "her", "woman", "miguel" nearer "he", "his", "man". A weak prior for a discovered person
 * (`ArticlePerson.nameGender`): an honorific, a gendered title or a pronoun the text gives overrides it.
 */
import { withoutAccents } from '../nlp/pipeline.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';

/**
 * How much nearer one gender's words a first name must sit. Of 40 first names measured, 0.12 classed 30,
 * one wrongly (Jan, 0.15 towards "he"); 9 (Kenneth 0.08, Chuck 0.08…) stay unknown.
 */
const NAME_GENDER_MARGIN = 0.12;
const MALE_WORDS: readonly string[] = ['he', 'his', 'man'];
const FEMALE_WORDS: readonly string[] = ['she', 'her', 'woman'];

/**
 * The summed similarity of word `w` to each of `words`. A function of the module, not a closure made per name:
 * under tsx each named closure costs a property definition when it is made (esbuild's `keepNames`).
 */
function nearness(v: WordVectors, w: string, words: readonly string[]): number {
  let sum = 0;
  for (const x of words) sum += v.similarity(w, x) ?? 0;
  return sum;
}

/**
 * The gender `first` leans to in `vectors`: nearer "he", "his", "man" or "she", "her", "woman" by at least
 * {@link NAME_GENDER_MARGIN}; `null` without vectors, for a name they do not hold, or within the margin.
 */
export function nameGender(vectors: WordVectors | null, first: string): 'male' | 'female' | null {
  const v = vectors;
  const lower = first.toLowerCase();
  // "Mónica", "Héctor": the vectors hold most names without their accents.
  const w = v?.has(lower) ? lower : withoutAccents(lower);
  if (!v || !v.has(w)) return null;
  const score = nearness(v, w, MALE_WORDS) - nearness(v, w, FEMALE_WORDS);
  return score >= NAME_GENDER_MARGIN ? 'male' : score <= -NAME_GENDER_MARGIN ? 'female' : null;
}

/**
 * {@link nameGender} for one reading of `vectors`, each first name worked out once: an article that names a
 * different Tomas in every paragraph asks the vectors six similarities per Tomas otherwise.
 */
export function nameGenderReader(vectors: WordVectors | null): (first: string) => 'male' | 'female' | null {
  const known = new Map<string, 'male' | 'female' | null>();
  return (first) => {
    let gender = known.get(first);
    if (gender === undefined) {
      gender = nameGender(vectors, first);
      known.set(first, gender);
    }
    return gender;
  };
}
