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

/** The last plural common noun of `toks` from `from` up to `to` (exclusive), as counted; `null` when none. */
export function lastGroupNamed(toks: readonly Token[], from: number, to: number): Counted | null {
  for (let k = to - 1; k >= from; k--) {
    const tok = toks[k];
    if (
      tok &&
      tok.pos === 'NOUN' &&
      tok.lemma !== tok.normal &&
      /^\p{L}+$/u.test(tok.value) &&
      referredToLater({ countsLemma: tok.lemma, qualifier: null })
    )
      return { text: tok.value, lemma: tok.lemma };
  }
  return null;
}

/**
 * What a figure opening its clause as "N of them" counts when nothing counted before it in its sentence or
 * the ones before: the group its sentence names last before it, else the one the sentence before names
 * last (`groupBefore`); `null` for any other figure.
 */
export function partOfGroupNamed(
  sentence: Pick<WorkingSentence, 'analysis' | 'tokenStart' | 'tokenEnd'>,
  span: { startTok: number; endTok: number; value: number; high: number | null },
  groupBefore: Counted | null,
): Counted | null {
  const { analysis, tokenStart: from, tokenEnd: limit } = sentence;
  const toks = analysis.tokens;
  if (toks[span.endTok]?.normal !== 'of' || !PARTITIVE_PRONOUNS.has(toks[span.endTok + 1]?.normal ?? ''))
    return null;
  const group = lastGroupNamed(toks, from, span.startTok) ?? groupBefore;
  const figure = {
    from,
    startTok: span.startTok,
    endTok: span.endTok,
    limit,
    value: span.high ?? span.value,
  };
  return group ? countedAsSubject(analysis, figure, null, group) : null;
}
