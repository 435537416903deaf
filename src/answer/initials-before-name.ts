/**
 * "When did Harold J. Pruitt die?" of an article that writes "Harold Jesse Pruitt": the question's name is
 * found by its surname, and the initials written before it are letters of the name, not words asked of the
 * person. Left as asked words, an initial ("j.") that no sentence says costs the answer its confidence.
 */
import type { Token } from '../nlp/pipeline.ts';

/** An initial as a name word ("J.", "H"). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Where a person's name opens when the words right before the span found at `start` are initials of their
 * names (`nameWords`: the words of the person's name and aliases, in small letters): each word back from
 * `start`, not in `taken`, that is a capital letter one of those words opens with. `start` when there is
 * none. A given name written out stays an asked word: taking "Henry" of "Who pardoned Henry O. Flipper?" as
 * well left "pardon" alone to be covered, and the question was declined (npm run eval 2026-12-05:
 * new-articles-31 dev 29 → 27, test must-decline answered 147 → 148).
 */
export function initialsStart(
  tokens: readonly Token[],
  start: number,
  nameWords: ReadonlySet<string>,
  taken: ReadonlySet<number>,
): number {
  const initials = new Set([...nameWords].map((w) => w.charAt(0)));
  let at = start;
  while (at > 0 && !taken.has(at - 1)) {
    const t = tokens[at - 1];
    if (!t || !INITIAL.test(t.value) || !initials.has(t.value.charAt(0).toLowerCase())) break;
    at--;
  }
  return at;
}
