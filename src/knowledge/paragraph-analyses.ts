/**
 * The analyses of an article's kept paragraphs, one per paragraph: those cleaning already made (every kept
 * paragraph, read in one pass, when one at a page's edges was read for an appeal to the reader) are used as
 * they are, and the rest are read in one pass. The joined pass reads each paragraph as if alone (sentences end
 * at a paragraph's end, an entity across two is dropped, and wink-nlp's tagger is not told the entities): of
 * the 4,076 paragraphs of the shipped sources and the tuned fixtures, every one reads the same alone as in the
 * pass. No paragraph is read twice, which had cost a tenth of bench:kb's build.
 */
import type { Analysis, Nlp } from '../nlp/pipeline.ts';
import type { CleanParagraph } from './clean.ts';

export function paragraphAnalyses(
  nlp: Pick<Nlp, 'analyseParagraphs'>,
  paragraphs: readonly CleanParagraph[],
  analysed: ReadonlyMap<CleanParagraph, Analysis> = new Map(),
): Analysis[] {
  const rest = paragraphs.filter((p) => madeOf(analysed, p) === undefined);
  if (rest.length === paragraphs.length) return nlp.analyseParagraphs(paragraphs.map((p) => p.text));
  const read = rest.length > 0 ? nlp.analyseParagraphs(rest.map((p) => p.text)) : [];
  let next = 0;
  // Pushed onto a literal, not a map result: the list has one shape whichever way it was made.
  const out: Analysis[] = [];
  for (const p of paragraphs) out.push(madeOf(analysed, p) ?? (read[next++] as Analysis));
  return out;
}

/**
 * The analysis cleaning made of `p`, if any: one is used only for the text it was made of. A module function,
 * not a named closure: tsx (esbuild's `keepNames`) defines the name of a closure each time one is made, a
 * property definition that costs more than the look-ups (about a microsecond; see src/nlp/letter-tests.ts for
 * the like cost of a `\p{…}` pattern in a function).
 */
function madeOf(analysed: ReadonlyMap<CleanParagraph, Analysis>, p: CleanParagraph): Analysis | undefined {
  const analysis = analysed.get(p);
  return analysis?.text === p.text ? analysis : undefined;
}
