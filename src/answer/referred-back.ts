/**
 * A figure's sentence that points back by a pronoun to what the sentence before it names: "The procession
 * formed at ten o'clock in the forenoon. Some three hundred people were in it." The figure counts the people
 * in the procession, and the question's word for it ("how many people walked in the procession?") is said
 * in the sentence the pronoun points to.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';

/** Pronouns that stand for a thing or a group a sentence before named ("were in it", "of them"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'its', 'they', 'them', 'their']);

/**
 * The sentence before `sentence` in its paragraph (`before`, as the index gives it) when `sentence`'s tokens
 * hold a pronoun pointing back ({@link POINTING_BACK}); `null` when none does, or it opens its paragraph.
 */
export function referredBack(
  sentence: Sentence,
  tokens: readonly Token[],
  before: Sentence | null,
): Sentence | null {
  if (!before || before.paragraph !== sentence.paragraph) return null;
  return tokens.some((t) => t.pos === 'PRON' && POINTING_BACK.has(t.normal)) ? before : null;
}

/**
 * What a pronoun may stand for in the sentence it points to (`tokens`, analysed from `before`): the nouns and
 * names of its subject, before its first verb ("The procession formed at ten o'clock in the forenoon" lends
 * "procession", not "form", "o'clock" or "forenoon").
 */
export function namedIn(before: Sentence, tokens: readonly Token[]): Sentence {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const nouns = new Set(
    tokens
      .slice(0, verb < 0 ? tokens.length : verb)
      .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      .flatMap((t) => [t.lemma, t.normal]),
  );
  return { ...before, lemmas: before.lemmas.filter((l) => nouns.has(l)) };
}
