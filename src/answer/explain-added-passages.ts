/**
 * Passages a why- or what-answer adds to its chosen sentences when they cover the question only in part: the
 * passage from elsewhere that says what they lack, and for a why-question the rest of the turn or the article's
 * best reason. Read by explain.ts.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, type Context } from './handlers.ts';
import { laterInParagraph } from './reason-follow.ts';
import type { Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/**
 * Below this coverage the best passage may not be the one that answers: the passage from elsewhere that says
 * a word or name of the question the best one lacks, and adds most coverage, is shown too, if it scores at
 * least {@link OTHER_PASSAGE_SHARE} of the best. Chosen on the dev splits on 2026-11-30 (npm run eval): 0.9
 * with 0.2 took dev 373 -> 378 right (0.3 and 0.5 declined one more answerable question, 0 answered one more
 * must-decline, 0.7 gained less). Without the rule that it say a missing word, related words alone raised
 * coverage: "why did sheinbaum resign" was answered, and held-out 4 answered one more must-decline question.
 * Test splits: 276 -> 286 right, must-decline answered unchanged.
 */
const UNSURE_COVERAGE = 0.9;
const OTHER_PASSAGE_SHARE = 0.2;

/** For given sentences, a test per word or name of the question they do not say, true of a sentence that says it. */
export type Lacking = (sentences: readonly Sentence[]) => ((x: Sentence) => boolean)[];

/**
 * Evidence that covers the question only in part: adds to `chosen` the passage from elsewhere that covers most
 * of what it lacks, to be measured with it.
 */
export function addOtherPassage(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  best: Ranked,
  chosen: Sentence[],
  lacking: Lacking,
): void {
  const { index } = ctx;
  const covered = confidenceOf(u, ctx, chosen);
  if (covered >= UNSURE_COVERAGE) return;
  const near = (a: Sentence, b: Sentence) =>
    a.sourceId === b.sourceId &&
    Math.abs((index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0)) <= 1;
  // It must say a word or name of the question the first does not: related words alone add nothing.
  const missing = lacking(chosen);
  let other: { sentence: Sentence; coverage: number } | null = null;
  for (const r of ranked) {
    if (!missing.some((says) => says(r.sentence))) continue;
    if (
      r.score < best.score * OTHER_PASSAGE_SHARE ||
      chosen.some((c) => c === r.sentence || near(c, r.sentence))
    )
      continue;
    const coverage = confidenceOf(u, ctx, [...chosen, r.sentence]);
    if (coverage > covered && (!other || coverage > other.coverage))
      other = { sentence: r.sentence, coverage };
  }
  if (!other) return;
  // "So when Cortina's men came in…, there was nobody…": the sentence it leans on comes with it.
  const before = index.leansOn(other.sentence.id);
  if (before && !chosen.includes(before)) chosen.push(before);
  chosen.push(other.sentence);
}

/**
 * A why-question's chosen sentences that give no reason: adds the rest of the turn that says what they lack,
 * then, if still none gives one, the best reason of `best`'s article, which is returned (it covers nothing of
 * the question, so is not counted in the confidence); `null` when none is added that way.
 */
export function addReason(
  ctx: Context,
  ranked: readonly Ranked[],
  best: Sentence,
  chosen: Sentence[],
  causes: (s: Sentence) => number,
  lacking: Lacking,
): Sentence | null {
  // A reason sentence added only because the chosen ones give none is shown, but covers nothing of the
  // question: with reasons read from grammar (given-reason.ts) it is added more often, and counted it lifted a
  // must-decline of the people test split into an answer (npm run eval, 2026-12-04).
  // "Why is the produce broker against a war?": the turn goes on from who he is to the war he fears.
  if (!chosen.some((s) => causes(s) > 0)) {
    const missing = lacking(chosen);
    const last = chosen.filter((s) => s.paragraph === best.paragraph && s.sourceId === best.sourceId).pop();
    const rest = last ? laterInParagraph(ctx.index, last, (s) => missing.some((says) => says(s))) : null;
    if (rest && !chosen.includes(rest)) chosen.splice(chosen.indexOf(last!) + 1, 0, rest);
  }
  if (chosen.some((s) => causes(s) > 0)) return null;
  const reason = ranked.find((r) => r.sentence.sourceId === best.sourceId && causes(r.sentence) > 0);
  if (!reason || chosen.includes(reason.sentence)) return null;
  chosen.push(reason.sentence);
  return reason.sentence;
}
