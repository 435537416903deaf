/**
 * A comparison whose sides are only the question's own words, no person, year or article the coverage knows:
 * two sizes ("X vs Y", "bigger than", alternatives counted), two distances, or two phrases ("the difference
 * between X and Y", "which came first, X or Y"), each side asked as the question it stands for.
 */
import { alternativeSizes, withCountedHead } from './compare-alternatives.ts';
import {
  answerPhrases,
  answerSizes,
  clauseAsQuestion,
  inOneStory,
  magnitudeSides,
  phraseSides,
} from './compare-phrases.ts';
import { answerDistances, distanceSides } from './compare-distance.ts';
import { dispatch } from './dispatch.ts';
import { eventAsQuestion } from './side-event.ts';
import { ownSubjectDate } from './side-subject.ts';
import { accountOf, accountSideDraft } from './side-account.ts';
import { peopleFigure } from './side-figure.ts';
import { MIN_CONFIDENCE, type Context } from './handlers.ts';
import type { AnswerIntent } from './types.ts';
import type { Understanding } from './understanding.ts';
import type { Compared } from './comparison.ts';

/**
 * A comparison of sides in the question's own words, `null` when it names no such sides (it compares nothing).
 * `versus` holds the sides of "X vs Y" sizes; `effective` is the question with what the conversation carries,
 * answered whole when no side is. `sideCtx` answers one side.
 */
export function answerWordedSides(
  u: Understanding,
  effective: Understanding,
  versus: [string, string] | null,
  intent: AnswerIntent,
  ctx: Context,
  sideCtx: Context,
  focus: readonly string[],
): Compared | null {
  const { reader } = ctx;
  const stated = versus ?? magnitudeSides(u.text) ?? alternativeSizes(u.analysis);
  // "…than were hurt by stray bullets": a side naming nothing it counts counts what the first side does.
  const sizes: [string, string] | null = stated
    ? [stated[0], withCountedHead(reader.analyse(stated[0]), reader.analyse(stated[1]))]
    : null;
  if (sizes) {
    return {
      draft:
        answerSizes(
          inOneStory(
            sizes.map((label) => reader.read(`how many ${label}`)),
            (asked) => {
              const counted = dispatch('count', asked, sideCtx, focus);
              // A side counting people in words its article does not use ("the defenders", "300 men").
              return counted && counted.confidence >= MIN_CONFIDENCE
                ? counted
                : (peopleFigure(asked, ctx) ?? counted);
            },
          ).map((draft, i) => ({ label: sizes[i] ?? '', draft })),
        ) ?? dispatch(intent, effective, ctx, focus),
    };
  }
  const distances = distanceSides(u.text);
  const byDistance = distances
    ? answerDistances(distances, (asked) => dispatch('count', reader.read(asked), sideCtx, focus))
    : null;
  if (byDistance) return { draft: byDistance };
  return answerPhraseSides(u, effective, intent, ctx, sideCtx, focus);
}

/**
 * Two phrases set against each other ("the difference between X and Y", "the family's account … from the
 * Army's"), each asked as the question it stands for; `null` when the question has no such phrases.
 */
function answerPhraseSides(
  u: Understanding,
  effective: Understanding,
  intent: AnswerIntent,
  ctx: Context,
  sideCtx: Context,
  focus: readonly string[],
): Compared | null {
  const { index, reader } = ctx;
  const phrases = phraseSides(u.text);
  if (!phrases) return null;
  // Two accounts are set side by side only when the coverage gives one of them from its source's report;
  // otherwise the question is read as comparing nothing and answered whole.
  // "The Mexican government's account … from the U.S. government's": two possessors read as one word are no
  // two sources this can tell apart.
  const owners = phrases.elided
    ? phrases.sides.map((side) => accountOf(reader.analyse(side))?.possessor)
    : [];
  const twoOwners = owners[0] !== owners[1];
  const accounts =
    phrases.elided && twoOwners
      ? phrases.sides.map((side) =>
          accountSideDraft(index, reader.analyse(side), (t) => reader.analyse(t), reader.speechVerbs),
        )
      : [];
  if (phrases.elided && (!twoOwners || accounts.every((a) => a === null))) return null;
  return {
    draft:
      answerPhrases(phrases, (side) => {
        // Each side alone, as the question it stands for: the other side's words are not its topic.
        // "The Army clearing the soldiers' records" asks when the Army cleared them. A side offered as an
        // alternative is read without the other's words ("Congress voting Willis the money" is not its topic).
        const other = phrases.offered ? phrases.sides.find((s) => s !== side) : undefined;
        const asked = phrases.order
          ? reader.read(
              eventAsQuestion(reader.analyse(side), (t) => reader.analyse(t)) ?? `when was ${side}`,
              other ? u.text.replace(other, ' ') : u.text,
            )
          : reader.read(clauseAsQuestion(reader.analyse(side)) ?? side);
        // "The family's account of the shooting": what the family is reported to say of it.
        const account = phrases.order ? null : accounts[phrases.sides.indexOf(side)];
        if (account) return account;
        const draft = dispatch(phrases.order ? 'date' : (asked.intent ?? 'what'), asked, sideCtx, focus);
        // A side named by a thing and what it did is dated where that thing acts.
        return phrases.order
          ? ownSubjectDate(index, reader.analyse(side), asked, draft, (t) => reader.analyse(t))
          : draft;
      }) ?? dispatch(intent, effective, ctx, focus),
  };
}
