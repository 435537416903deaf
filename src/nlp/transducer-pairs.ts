/**
 * The word pairs of a compiled Apertium bilingual dictionary, read from the text `lt-print` writes of it (AT&T
 * format: `from to input output weight`, one transition a line, sections apart by `--`). Each path from the
 * start spells a source lemma and its translation letter by letter, then their tags (`<n>`, `<vblex>`); a
 * pair is read up to the first tag on each side. Only the first section is read: the later ones are the
 * dictionary's patterns (any word with a tag), which spell no word.
 */

/** One pair: the source lemma, its part of speech (its first tag, "n"), the target lemma. */
export interface TransducerPair {
  source: string;
  pos: string;
  target: string;
}

/** Paths longer than this many transitions before both sides reach a tag are not words (a loop guard). */
const MAX_PATH = 80;
const EPSILON = '@0@';

interface Transition {
  to: number;
  input: string;
  output: string;
}

/** A symbol's letters: a blank (`<b>`) is a space, the empty symbol none, a verb particle's `#` none. */
function letters(symbol: string): string {
  if (symbol === EPSILON || symbol === 'ε' || symbol === '#') return '';
  return symbol === '<b>' ? ' ' : symbol;
}

const isTag = (symbol: string): boolean => symbol.length > 2 && symbol.startsWith('<') && symbol !== '<b>';

/** The transitions of the first section of `att`, by state. */
function firstSection(att: string): Map<number, Transition[]> {
  const states = new Map<number, Transition[]>();
  for (const line of att.split('\n')) {
    if (line === '--') break;
    const [from, to, input, output] = line.split('\t');
    if (from === undefined || to === undefined || input === undefined || output === undefined) continue;
    const list = states.get(Number(from)) ?? [];
    list.push({ to: Number(to), input, output });
    states.set(Number(from), list);
  }
  return states;
}

/**
 * Every pair the transducer spells, in no set order (one per source lemma, tag and target; a lemma with two
 * translations gives two). A state met twice on one path is not followed again.
 */
export function transducerPairs(att: string): TransducerPair[] {
  const states = firstSection(att);
  const seen = new Set<string>();
  const out: TransducerPair[] = [];
  interface Step {
    state: number;
    source: string;
    target: string;
    pos: string | null;
    done: boolean;
    path: ReadonlySet<number>;
  }
  const stack: Step[] = [{ state: 0, source: '', target: '', pos: null, done: false, path: new Set([0]) }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.path.size > MAX_PATH) continue;
    for (const t of states.get(step.state) ?? []) {
      let { source, target, pos, done } = step;
      if (pos === null) {
        if (isTag(t.input)) pos = t.input.slice(1, -1);
        else source += letters(t.input);
      }
      if (!done) {
        if (isTag(t.output)) done = true;
        else target += letters(t.output);
      }
      if (pos !== null && done) {
        const key = `${source}\t${pos}\t${target}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ source, pos, target });
        }
        continue;
      }
      if (step.path.has(t.to)) continue;
      stack.push({ state: t.to, source, target, pos, done, path: new Set([...step.path, t.to]) });
    }
  }
  return out;
}
