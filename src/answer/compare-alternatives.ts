/**
 * Comparisons of sizes offered as alternatives: "Were there more armed Americans on the train to Cananea in
 * 1906 or cavalrymen sent out from Fort Huachuca in 1896?", "Who had more men: the defenders waiting at Las
 * Cuevas or the Mexican troops rushed to Nogales?". Each side is a thing counted; a side that leaves out what
 * it counts ("…or riding with Mackenzie in 1873", "…than were hurt by stray bullets") counts what the first
 * side does ("American soldiers").
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}{3,}/u;

/** Words that ask which of two is the larger number. */
const MORE: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);
/** Punctuation that sets the alternatives apart from what is counted ("more men: A or B"). */
const LIST_OPENER = /^[:—–-]$/;
/** Parts of speech of the words naming what a side counts ("American soldiers", "armed Americans"). */
const COUNTED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech a side opens with when it names what it counts itself. */
const NAMING_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Question words that open a second question after "or", not a second side. */
const ASKING: ReadonlySet<string> = new Set(['what', 'who', 'how', 'why', 'when', 'where', 'which']);
/** Longest side, in words, read as a thing counted. */
const MAX_SIDE_WORDS = 12;

const words = (x: string) => x.split(/\s+/).filter(Boolean).length;

/**
 * The two things a question asks which is more of, offered as alternatives after "more" ("more A or B",
 * "more N: A or B"), each as its own words; `null` when the question offers no such alternatives.
 */
export function alternativeSizes(analysis: Analysis): [string, string] | null {
  const { tokens, text } = analysis;
  const more = tokens.findIndex((t) => MORE.has(t.normal));
  if (more < 0) return null;
  const ors = tokens.flatMap((t, i) => (i > more && t.normal === 'or' ? [i] : []));
  const [or] = ors;
  if (ors.length !== 1 || or === undefined) return null;
  const colon = tokens.findIndex((t, i) => i > more && i < or && LIST_OPENER.test(t.value));
  const from = colon >= 0 ? colon + 1 : more + 1;
  const first = tokens[from];
  const and = tokens[or - 1];
  const after = tokens[or + 1];
  if (!first || !and || !after || from >= or) return null;
  // "…more troops after the order, or did the Guard leave?": a second question, not a second thing counted.
  if (after.pos === 'AUX' || ASKING.has(after.normal)) return null;
  const left = text.slice(first.start, and.end).trim();
  const right = text
    .slice(after.start)
    .replace(/[?.!\s]+$/, '')
    .trim();
  if (!P1.test(right) || words(left) > MAX_SIDE_WORDS || words(right) > MAX_SIDE_WORDS) return null;
  const bare = (x: string) => x.replace(/^(?:the|a|an)\s+/i, '');
  return [bare(left), bare(right)];
}

/**
 * `right` with what `left` counts before it when it names nothing it counts itself: "riding with Mackenzie
 * in 1873" after "American soldiers around Douglas" → "American soldiers riding with Mackenzie in 1873",
 * "were hurt by stray bullets" after "Americans killed…" → "Americans were hurt by stray bullets".
 * `right` as it is when it opens with a thing named, or `left` opens with no words naming one.
 */
export function withCountedHead(left: Analysis, right: Analysis): string {
  const opening = right.tokens[0];
  if (!opening || NAMING_POS.has(opening.pos)) return right.text;
  const head = countedWords(left.tokens);
  return head ? `${left.text.slice(0, head.end)} ${right.text}` : right.text;
}

/** The last token of the words a side opens with naming what it counts, or `null` when it opens otherwise. */
function countedWords(tokens: readonly Token[]): Token | null {
  let last: Token | null = null;
  for (const t of tokens) {
    if (!COUNTED_POS.has(t.pos)) break;
    last = t;
  }
  return last !== null && (last.pos === 'NOUN' || last.pos === 'PROPN') ? last : null;
}
