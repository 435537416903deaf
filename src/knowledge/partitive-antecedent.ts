/**
 * What "them" stands for in a figure's "of them" when no figure before it counted anything: the group the
 * sentence names last before the figure, or the sentence before it in its paragraph names last. "The
 * prisoners were marched by way of Matamoros, Monterrey and Saltillo." then "At the Hacienda del Salado …,
 * 181 of them overpowered their guards": the 181 are prisoners. "… the Mexican soldiers three times raised a
 * white flag and the deserters three times tore it down." then "Upwards of eighty of them were taken": the
 * deserters, the nearest group before the pronoun, not the times. A plural common noun is a group, but a unit
 * of time or measure and "times" are none; a name is not.
 */
import type { Token } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import { referredToLater, type Counted } from './counted.ts';
import { countedAsSubject, PARTITIVE_PRONOUNS } from './subject-figure.ts';

/** True for a plural common noun that names a group ("prisoners", "deserters"): not a name, a unit or "times". */
function isGroup(tok: Token | undefined): tok is Token {
  return (
    tok !== undefined &&
    tok.pos === 'NOUN' &&
    tok.lemma !== tok.normal &&
    /^\p{L}+$/u.test(tok.value) &&
    referredToLater({ countsLemma: tok.lemma, qualifier: null })
  );
}

/** The last plural common noun of `toks` from `from` up to `to` (exclusive), as counted; `null` when none. */
export function lastGroupNamed(toks: readonly Token[], from: number, to: number): Counted | null {
  for (let k = to - 1; k >= from; k--) {
    const tok = toks[k];
    if (isGroup(tok)) return { text: tok.value, lemma: tok.lemma };
  }
  return null;
}

/**
 * The groups one sentence names, read once from its start as its figures are read: each figure "of them" asks
 * for the last one before it ({@link lastGroupNamed}'s answer) without a scan back to the sentence's start, which
 * a sentence of a thousand such figures and no group would make once per figure. Reused sentence after sentence
 * ({@link reset}).
 */
export class GroupsNamed {
  #toks: readonly Token[] = [];
  /** The next token to read. */
  #read = 0;
  /** Where the groups read so far stand, in order. */
  readonly #at: number[] = [];

  /** Starts on a sentence whose tokens from `from` on are read. */
  reset(toks: readonly Token[], from: number): void {
    this.#toks = toks;
    this.#read = from;
    this.#at.length = 0;
  }

  /** The last group named before token `to`, as counted; `null` when none. */
  lastBefore(to: number): Counted | null {
    for (; this.#read < to; this.#read++) if (isGroup(this.#toks[this.#read])) this.#at.push(this.#read);
    // The groups read may run past `to` (a figure's qualifier opens before the last figure read): the last before it.
    let lo = 0;
    let hi = this.#at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#at[mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    const tok = lo > 0 ? this.#toks[this.#at[lo - 1] as number] : undefined;
    return tok ? { text: tok.value, lemma: tok.lemma } : null;
  }
}

/**
 * What a figure opening its clause as "N of them" counts when nothing counted before it in its sentence or
 * the ones before: the group its sentence names last before it (`named`, on that sentence), else the one the
 * sentence before names last (`groupBefore`); `null` for any other figure.
 */
export function partOfGroupNamed(
  sentence: Pick<WorkingSentence, 'analysis' | 'tokenStart' | 'tokenEnd'>,
  span: { startTok: number; endTok: number; value: number; high: number | null },
  groupBefore: Counted | null,
  named: GroupsNamed,
): Counted | null {
  const { analysis, tokenStart: from, tokenEnd: limit } = sentence;
  const toks = analysis.tokens;
  if (toks[span.endTok]?.normal !== 'of' || !PARTITIVE_PRONOUNS.has(toks[span.endTok + 1]?.normal ?? ''))
    return null;
  const group = named.lastBefore(span.startTok) ?? groupBefore;
  const figure = {
    from,
    startTok: span.startTok,
    endTok: span.endTok,
    limit,
    value: span.high ?? span.value,
  };
  return group ? countedAsSubject(analysis, figure, null, group) : null;
}
