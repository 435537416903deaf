/**
 * One question asked twice of two people ("what did she say and what did he say?", "what did the mayor say
 * and what did the colonel say about the fence?"): a comparison, not two questions. Split, each half would
 * be read alone and a pronoun in it would have no one to point to; joined, the two are the sides of one
 * comparison ("what did she and he each say?").
 */

/** Words that open a question asked of someone: a question word, then an auxiliary. */
const QUESTION_WORD = /^(?:what|who|whom|when|where|why|how)$/i;
const AUXILIARY = /^(?:did|does|do|was|is|were|are|has|have|had|will|would|could|can|should)$/i;
/** Longest phrase naming a side ("the Texas Guard captain"): longer, the halves ask different things. */
const MAX_SIDE_WORDS = 4;

const bare = (word: string): string => word.toLowerCase().replace(/^[\s"“¿¡]+|[?.!,;:"”]+$/g, '');

/**
 * The one question `before`'s last clause and `after` ask of two sides, joined ("What did she and he each
 * say?"), when `after` repeats that clause's question word, auxiliary and what follows the side it names;
 * `after` may go on ("…say about the fence?"). `null` when they are two questions.
 */
export function joinedParallel(before: string, after: string): string | null {
  const b = before.trim().split(/\s+/);
  const a = after.trim().split(/\s+/);
  const [q, aux] = [bare(a[0] ?? ''), bare(a[1] ?? '')];
  if (!QUESTION_WORD.test(q) || !AUXILIARY.test(aux)) return null;
  let open = -1;
  for (let i = b.length - 2; i >= 0; i--)
    if (bare(b[i] ?? '') === q && bare(b[i + 1] ?? '') === aux) {
      open = i;
      break;
    }
  if (open < 0) return null;
  const clause = b.slice(open);
  // The longest run ending the clause that follows the other side in `after`: what both are asked.
  for (let shared = clause.length - 3; shared >= 1; shared--) {
    const rest = clause.slice(-shared).map(bare);
    const side = clause.slice(2, clause.length - shared);
    // A name's last word is the side's, not what both are asked ("Javier Loera say", "Mariana Loera say").
    if (side.length === 0 || side.length > MAX_SIDE_WORDS || /^\p{Lu}/u.test(clause.at(-shared) ?? ''))
      continue;
    for (let j = 3; j <= Math.min(2 + MAX_SIDE_WORDS, a.length - shared); j++) {
      if (!rest.every((w, k) => bare(a[j + k] ?? '') === w)) continue;
      const other = a.slice(2, j);
      if (other.map(bare).join(' ') === side.map(bare).join(' ')) return null;
      return [...b.slice(0, open + 2), ...side, 'and', ...other, 'each', ...a.slice(j)].join(' ');
    }
  }
  return null;
}
