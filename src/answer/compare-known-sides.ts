/**
 * A comparison whose sides the coverage knows (people, years, articles: comparison-sides.ts), each side asked
 * the question as it stands for that side and answered side by side (compare.ts).
 */
import { answerComparison, sideIntent } from './compare.ts';
import { sideQuestion, type Side } from './comparison-sides.ts';
import { phraseSides, clauseAsQuestion } from './compare-phrases.ts';
import { dispatch } from './dispatch.ts';
import { saidOnTopic, sidesNaming, stanceTopic } from './stance-side.ts';
import { aspectLemmas, draftOnAspect } from './asked-aspect.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { AnswerIntent } from './types.ts';
import type { Understanding } from './understanding.ts';

/**
 * Each known side answered with its own question, side by side; `null` when no side is answered. `base` is the
 * question as asked of the sides (a family's question read without its family), `text` the question's words,
 * `intent` what it asks, `focus` the people a pronoun names; `sideCtx` answers one side.
 */
export function answerKnownSides(
  base: Understanding,
  text: string,
  sides: readonly Side[],
  intent: AnswerIntent,
  ctx: Context,
  sideCtx: Context,
  focus: readonly string[],
): Draft | null {
  const { index, reader } = ctx;
  const worded = wordedSides(text, sides, (t) => reader.read(t), reader);
  const naming = sidesNaming(
    index,
    sides.flatMap((s) => (s.entityId ? [s.entityId] : [])),
  );
  // "Did Purcell and Tolliver agree about whether Daly was to blame?": what each is asked, in its own words.
  const aspect = aspectLemmas(base.analysis, naming);
  return answerComparison(base, index, sides, (side) => {
    const own = worded?.get(side);
    const asked = own ?? sideQuestion(base, side, sides, reader.comparisonWords);
    const asking = own?.intent ?? sideIntent(base, side, index, intent, reader.comparisonWords);
    const sideFocus = side.entityId ? [side.entityId] : focus;
    const draft = dispatch(asking, asked, sideCtx, sideFocus);
    // A side whose own words do not speak to the topic may still be reported on it.
    const answered =
      asking === 'quote' && (!draft || draft.confidence < MIN_CONFIDENCE)
        ? dispatch(intent === 'quote' ? 'what' : intent, asked, sideCtx, sideFocus)
        : draft;
    // An answered stance side whose lines are off the topic shows what it says on the topic, if anything.
    const said =
      asking === 'quote' &&
      side.entityId &&
      side.year === null &&
      !side.sourceId &&
      answered &&
      answered.confidence >= MIN_CONFIDENCE
        ? saidOnTopic(
            index,
            side.entityId,
            answered.evidence.slice(0, 2),
            stanceTopic(base.analysis, naming, reader.comparisonWords),
            (t) => reader.analyse(t),
            reader.speechVerbs,
          )
        : [];
    const lines = said.length > 0 && answered ? { ...answered, evidence: said } : answered;
    if (!lines || asking !== 'quote' || !side.entityId || side.year !== null || side.sourceId) return lines;
    if (lines.confidence < MIN_CONFIDENCE || aspect.length === 0) return lines;
    return draftOnAspect(index, side.entityId, lines, aspect, (t) => reader.analyse(t), reader.speechVerbs);
  });
}

/**
 * Each side's own words when the question gives each its own ("the difference between what Trump said Mexico
 * agreed to and what AMLO said his troops would do"): the phrase naming that side's person alone, read as
 * the question it stands for. `null` unless every side is a person named by exactly one phrase.
 */
function wordedSides(
  text: string,
  sides: readonly Side[],
  read: (text: string) => Understanding,
  reader: { analyse: (text: string) => Analysis },
): Map<Side, Understanding> | null {
  const phrases = phraseSides(text);
  if (!phrases || phrases.order || sides.length !== phrases.sides.length) return null;
  const asked = phrases.sides.map((p) => read(clauseAsQuestion(reader.analyse(p)) ?? p));
  const out = new Map<Side, Understanding>();
  for (const side of sides) {
    const id = side.entityId;
    const naming = id ? asked.filter((a) => a.entities.includes(id)) : [];
    const [only] = naming;
    if (!only || naming.length !== 1 || [...out.values()].includes(only)) return null;
    out.set(side, only);
  }
  return out;
}
