/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;
const P2 = /^\p{Ll}+$/u;
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
  const givers = joinedGivers(before, after);
  if (givers) return givers;
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
  const elided = withTailElided(clause, a);
  if (elided) return [...b.slice(0, open + 2), ...elided].join(' ');
  // The longest run ending the clause that follows the other side in `after`: what both are asked.
  for (let shared = clause.length - 3; shared >= 1; shared--) {
    const rest = clause.slice(-shared).map(bare);
    const side = clause.slice(2, clause.length - shared);
    // A name's last word is the side's, not what both are asked ("Javier Loera say", "Mariana Loera say").
    if (side.length === 0 || side.length > MAX_SIDE_WORDS || P1.test(clause.at(-shared) ?? '')) continue;
    for (let j = 3; j <= Math.min(2 + MAX_SIDE_WORDS, a.length - shared); j++) {
      if (!rest.every((w, k) => bare(a[j + k] ?? '') === w)) continue;
      const other = a.slice(2, j);
      if (other.map(bare).join(' ') === side.map(bare).join(' ')) return null;
      return [...b.slice(0, open + 2), ...side, 'and', ...other, 'each', ...a.slice(j)].join(' ');
    }
  }
  return null;
}

/**
 * The sides and what both are asked when `after` stops at the verb the first clause asks with, leaving out
 * what follows it ("what did García Harfuch say about the labs, and what did Gen. Trevilla say?"): the
 * words after the verb are asked of both. `clause` and `after` open with the same question word and
 * auxiliary. `null` unless `after` is exactly that question word, auxiliary, a side and the verb.
 */
function withTailElided(clause: readonly string[], after: readonly string[]): string[] | null {
  const verb = bare(after.at(-1) ?? '');
  const other = after.slice(2, -1);
  if (other.length === 0 || other.length > MAX_SIDE_WORDS || !P2.test(verb)) return null;
  for (let n = 1; n <= MAX_SIDE_WORDS; n++) {
    if (bare(clause[2 + n] ?? '') !== verb) continue;
    const side = clause.slice(2, 2 + n);
    const rest = clause.slice(3 + n);
    if (rest.length === 0 || other.map(bare).join(' ') === side.map(bare).join(' ')) return null;
    const last = rest.length - 1;
    const tail = rest.map((w, i) => (i === last ? w.replace(/[,;:]+$/, '') : w));
    return [...side, 'and', ...other, 'each', clause[2 + n] ?? verb, ...tail];
  }
  return null;
}

/** A figure asked again with nothing counted, of another giver: "how many according to his brother Refugio?". */
const FIGURE_OF_GIVER = /^how\s+(many|much)\s+according\s+to\s+(\S.*?)\s*([?.!]*)$/i;
/**
 * A figure question whose second giver follows with the rest left out: "How long did the shooting last
 * according to the engineer, and according to the retired teacher?" (the first question, its giver, the
 * second giver, the closing punctuation).
 */
const SECOND_GIVER_ALONE =
  /^(\s*how\s+(?:many|much|long|far|old|big|large|high|deep|wide)\b.*?\baccording\s+to\s+[^,;:?]+?)\s*,?\s+and\s+according\s+to\s+([^,;:?]+?)\s*([?.!]*)\s*$/i;
/** The giver that ends the first question ("…at Laredo according to the correspondent"). */
const ENDS_WITH_GIVER = /\baccording\s+to\s+[^,;:?]+$/i;
/** The first question's own figure word, by the second's ("many", "much"). */
const ASKS_FIGURE: Readonly<Record<string, RegExp>> = { many: /\bhow\s+many\b/i, much: /\bhow\s+much\b/i };
/** Longest phrase naming a giver ("his brother Refugio"). */
const MAX_GIVER_WORDS = 6;

/**
 * One figure question whose second giver stands alone after "and" ({@link SECOND_GIVER_ALONE}) as one figure
 * two givers state: "How long did the shooting last according to the engineer versus the retired teacher?"
 * (compare-disputed.ts); `null` unless `sentence` is such a question.
 */
export function joinedSecondGiver(sentence: string): string | null {
  const m = SECOND_GIVER_ALONE.exec(sentence);
  if (!m?.[1] || !m[2] || m[2].split(/\s+/).length > MAX_GIVER_WORDS) return null;
  return `${m[1].trim()} versus ${m[2]}${m[3] || '?'}`;
}

/**
 * One figure asked of two givers ("How many men did Benavides have according to the correspondent, and how
 * many according to his brother Refugio?"): the second asks the first's figure again, counting nothing of its
 * own, so the two are one figure as two givers state it, "…according to the correspondent versus his brother
 * Refugio?" (compare-disputed.ts). `null` unless `after` is exactly that and `before` asks the same figure
 * ending with its own giver.
 */
function joinedGivers(before: string, after: string): string | null {
  const m = FIGURE_OF_GIVER.exec(after.trim());
  const first = before.trim().replace(/[,;]+$/, '');
  if (!m?.[1] || !m[2] || m[2].split(/\s+/).length > MAX_GIVER_WORDS) return null;
  if (!ASKS_FIGURE[m[1].toLowerCase()]?.test(first) || !ENDS_WITH_GIVER.test(first)) return null;
  return `${first} versus ${m[2]}${m[3] || '?'}`;
}
