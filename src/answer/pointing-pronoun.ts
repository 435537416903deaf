/**
 * The pronoun of a question that points back to someone of the conversation. A question with a person's
 * pronoun and "they" or "them" beside it ("how much did they pay him?", "how many of them has she
 * represented?") is about the person: "they" is then whoever did it to them, or the group a share is taken
 * of, not whom the conversation was about. Otherwise the first pronoun points back.
 */
import type { Token } from '../nlp/pipeline.ts';

type Pointed = 'male' | 'female' | 'plural';

/**
 * The gender of the pronoun in `tokens` that points to someone (`pronouns` maps a pronoun's form to its
 * gender): the first "he" or "she" form, else the first "they" form; `null` without one.
 */
export function pointingPronoun(
  tokens: readonly Token[],
  pronouns: Readonly<Record<string, Pointed>>,
): Pointed | null {
  let first: Pointed | null = null;
  for (const t of tokens) {
    const g = pronouns[t.normal];
    if (!g) continue;
    if (g !== 'plural') return g;
    first ??= g;
  }
  return first;
}
