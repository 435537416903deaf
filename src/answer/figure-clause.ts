/**
 * Whether a figure's own clause tells of an act of its own. "How many troops guarded the presidents?" is
 * answered by "Some 4,000 soldiers … were under arms" and "how much did the governor commit?" by "…, for $1.75
 * million in all": the figure counts what is asked, and its clause says no act but being, so no other act
 * is counted. "700 officers were suspended" tells of an act of its own, which is not the one asked ("failed").
 * Reads the tokens of the sentence only: the clause runs from the figure to the nearest mark, conjunction or
 * preposition-led clause boundary on either side.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Parts of speech that close a figure's clause: a mark, a conjunction joining clauses or introducing one. */
const CLAUSE_END: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
/** Longest clause read either side of the figure, in tokens: a sentence with no mark is read no further. */
const MAX_CLAUSE_TOKENS = 24;

/** Marks that join the figures of a list. */
const LIST_MARK: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Parts of speech a figure may open with before its number ("about 50", "$1 million", "some 260"). */
const FIGURE_LEAD: ReadonlySet<string> = new Set(['ADV', 'ADJ', 'DET', 'SYM']);

/** True when a figure starts at token `i`: a number, or a word of measure or a sign right before one. */
function figureStarts(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return t.pos === 'NUM' || (FIGURE_LEAD.has(t.pos) && tokens[i + 1]?.pos === 'NUM');
}

/**
 * True when the clause holding the figure `text` (first met in the sentence's `tokens`, analysed from
 * `sentence`) has no verb of an act: only auxiliaries and the stop list's light verbs ("were", "had"), or
 * none. False when the figure is not found, or its clause has a verb of its own.
 */
export function figureClauseActless(sentence: string, tokens: readonly Token[], text: string): boolean {
  return figureClauseActs(sentence, tokens, text)?.length === 0;
}

/** Parts of speech of the verbs of an act. */
const VERB_POS: ReadonlySet<string> = new Set(['VERB']);

/**
 * The verbs of an act (not auxiliaries nor the stop list's light verbs) in the clause holding the figure
 * `text`, first met in the sentence's `tokens`, analysed from `sentence`: "Six migrants were killed and ten more
 * remain…" gives "killed"; with `pos`, the words of those parts of speech instead ("wounded" read as an
 * adjective). `null` when the figure is not found.
 */
export function figureClauseActs(
  sentence: string,
  tokens: readonly Token[],
  text: string,
  pos: ReadonlySet<string> = VERB_POS,
): Token[] | null {
  const at = sentence.indexOf(text);
  if (at < 0 || text.length === 0) return null;
  const first = tokens.findIndex((t) => t.end > at);
  const last = tokens.findLastIndex((t) => t.start < at + text.length);
  if (first < 0 || last < first) return null;
  const acts = (t: Token | undefined): t is Token => t !== undefined && pos.has(t.pos) && !t.stop;
  // "12 soldiers, 3 police and 2 civilians were wounded": a comma or "and" before another figure goes on
  // with a list of figures, whose verb is every one's.
  const listGoesOn = (b: number) => LIST_MARK.has(tokens[b]?.normal ?? '') && figureStarts(tokens, b + 1);
  const out: Token[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (acts(t)) out.push(t);
  }
  for (let i = first - 1; i >= Math.max(0, first - MAX_CLAUSE_TOKENS); i--) {
    const t = tokens[i];
    if (!t || (CLAUSE_END.has(t.pos) && !listGoesOn(i))) break;
    if (acts(t)) out.push(t);
  }
  // "181 of them overpowered their guards and escaped": "and" before a verb goes on with the figure's subject.
  const verbGoesOn = (b: number) => tokens[b]?.pos === 'CCONJ' && tokens[b + 1]?.pos === 'VERB';
  for (let i = last + 1; i < Math.min(tokens.length, last + 1 + MAX_CLAUSE_TOKENS); i++) {
    const t = tokens[i];
    if (!t || (CLAUSE_END.has(t.pos) && !listGoesOn(i) && !verbGoesOn(i))) break;
    if (acts(t)) out.push(t);
  }
  return out;
}

/** A figure the count handler weighs: its score, the sentence it is in, and whether it counts what is asked. */
export interface WeighedFigure {
  n: { text: string };
  score: number;
  sentence: { id: string; text: string };
  saysHead: boolean;
}

/** Sentences analysed for their figures' clauses, at most: the best-scored first. */
const MAX_SENTENCES_READ = 5;

/**
 * The best-scored figure counting what is asked (`saysHead`) whose own clause tells of no act
 * ({@link figureClauseActless}); `null` when none of the best-scored sentences has one.
 */
export function actlessFigure<T extends WeighedFigure>(
  figures: readonly T[],
  tokensOf: (text: string) => readonly Token[],
): T | null {
  const read = new Map<string, readonly Token[]>();
  for (const f of [...figures].filter((x) => x.saysHead).sort((a, b) => b.score - a.score)) {
    let tokens = read.get(f.sentence.id);
    if (!tokens) {
      if (read.size >= MAX_SENTENCES_READ) return null;
      tokens = tokensOf(f.sentence.text);
      read.set(f.sentence.id, tokens);
    }
    if (figureClauseActless(f.sentence.text, tokens, f.n.text)) return f;
  }
  return null;
}
