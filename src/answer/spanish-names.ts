/**
 * Names the coverage writes in Spanish, kept whole by the Spanish reader (`spanish.ts`): a capitalised run
 * after an article or a preposition ("la guarnición de Las Vacas", "la gente de Piedras Negras", "Carlos de la
 * Garza") is a place's or a person's name when the coverage writes it so, and read word by word it loses its
 * article ("the Vacas") or is torn apart by the reordering of nouns ("Piedras's people Negras"). Spanish
 * grammar, not the domain: which runs are names the coverage tells.
 */
import { foldWord } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{L}*$/u;

/** Articles and prepositions a name may follow. */
const BEFORE_NAME: ReadonlySet<string> = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'a',
  'al',
  'en',
  'desde',
  'hasta',
  'por',
  'para',
  'con',
  'sobre',
  'entre',
  'hacia',
]);
/** Lower-case words inside a name ("Carlos de la Garza"). */
const INSIDE_NAME: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los']);
/** The longest name read, in words. */
const MAX_NAME_WORDS = 6;

/**
 * The tokens with each name the coverage writes joined into one token, its words as written and a space
 * between them (a token with a space is passed through as written). A name starts on a capitalised word after
 * an article or a preposition (or holds an article or "de" of its own: "era Carlos de la Garza"), ends on one, and holds capitalised words, articles and "de" between; the
 * longest the coverage writes is kept (`writesName` reads folded words), unless a lexicon phrase takes as many
 * words from its start (`phraseLength`): the lexicon's sense of "Guardia Nacional" is told by the message.
 */
export function namesKept(
  tokens: readonly string[],
  writesName: (folded: readonly string[]) => boolean,
  phraseLength: (tokens: readonly string[], i: number) => number,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = nameLength(tokens, i, writesName);
    if (n < 2 || phraseLength(tokens, i) >= n) {
      out.push(tokens[i] ?? '');
      continue;
    }
    out.push(tokens.slice(i, i + n).join(' '));
    i += n - 1;
  }
  return out;
}

/** How many words from `i` the longest name the coverage writes takes, or 0. */
function nameLength(
  tokens: readonly string[],
  i: number,
  writesName: (folded: readonly string[]) => boolean,
): number {
  if (!P1.test(tokens[i] ?? '')) return 0;
  const after = i > 0 && BEFORE_NAME.has(foldWord(tokens[i - 1] ?? ''));
  let end = i + 1;
  while (
    end < tokens.length &&
    end - i < MAX_NAME_WORDS &&
    (P1.test(tokens[end] ?? '') || INSIDE_NAME.has(tokens[end] ?? ''))
  )
    end++;
  for (let n = end - i; n >= 2; n--) {
    const run = tokens.slice(i, i + n);
    // Not after an article or a preposition, a name holds one ("Carlos de la Garza"): the first word of a
    // question is capitalised, and so are names the reader keeps as written.
    const inside = run.some((t) => INSIDE_NAME.has(t));
    if ((after || inside) && P1.test(run.at(-1) ?? '') && writesName(run.map(foldWord))) return n;
  }
  return 0;
}
