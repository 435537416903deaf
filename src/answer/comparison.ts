/**
 * Which reading of a comparison a question takes, tried in turn: alternatives by a word of measure
 * (compare-offered.ts), one figure as two people give it (compare-attributed.ts), "X vs Y" sizes, a family's members
 * (compare-people.ts), people, years or articles (compare.ts), two people joined by "and" sharing the rest
 * (compare-coordinated.ts), "bigger than" sizes and "the difference between X and Y" in the question's own
 * words (compare-phrases.ts). The engine answers a question that compares nothing as it is.
 */
import { answerComparison, sideIntent } from './compare.ts';
import { comparisonSides, sideQuestion, type Side } from './comparison-sides.ts';
import { answerCoordinated, ASKS_OF_EACH, coordinatedSides } from './compare-coordinated.ts';
import { familyComparison } from './compare-people.ts';
import { alternativeSizes, withCountedHead } from './compare-alternatives.ts';
import { peopleFigure } from './side-figure.ts';
import { ownNameCount } from './side-own-count.ts';
import {
  answerPhrases,
  answerSizes,
  clauseAsQuestion,
  inOneStory,
  magnitudeSides,
  phraseSides,
  versusSizes,
} from './compare-phrases.ts';
import { answerDistances, distanceSides } from './compare-distance.ts';
import { answerOffered, offeredSides } from './compare-offered.ts';
import { askedFigureComparison, attributedFigures, nounKindsOf } from './compare-attributed.ts';
import { answerDisputedFigure, GIVING } from './compare-disputed.ts';
import { dispatch } from './dispatch.ts';
import { eventAsQuestion } from './side-event.ts';
import { ownSubjectDate } from './side-subject.ts';
import { accountOf, accountSideDraft } from './side-account.ts';
import { saidOnTopic, sidesNaming, stanceTopic } from './stance-side.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { AnswerIntent } from './types.ts';
import type { Understanding } from './understanding.ts';
import type { QuestionReader } from './understand.ts';

/** A question read as a comparison: its draft (`null` when no side is answered). */
export interface Compared {
  draft: Draft | null;
}

/**
 * The draft of a question read as a comparison, or `null` when it compares nothing. `effective` is the
 * question with what the conversation carries; `intent` what it asks; `focus` the people a pronoun names.
 */
export function answerCompared(
  u: Understanding,
  effective: Understanding,
  intent: AnswerIntent,
  ctx: Context,
  focus: readonly string[],
): Compared | null {
  const { index, reader } = ctx;
  // Each side is answered by its first-ranked evidence, not by the sentence covering most of its few words
  // ("the government's account of the shooting": the one telling that account, not any naming the shooting).
  const sideCtx: Context = { ...ctx, side: true };
  // "Which lasted longer, A or B?": each alternative asked the question the word of measure stands for.
  const offered = offeredSides(u.analysis);
  const byOffered = offered
    ? answerOffered(
        offered,
        (question) => {
          const asked = reader.read(question);
          const draft = dispatch(asked.intent ?? 'count', asked, sideCtx, focus);
          return draft && draft.confidence >= MIN_CONFIDENCE ? draft : (peopleFigure(asked, ctx) ?? draft);
        },
        (shared) =>
          ownNameCount(index, [reader.analyse(offered.sides[0]), reader.analyse(offered.sides[1])], shared),
      )
    : null;
  if (byOffered) return { draft: byOffered };
  // "Yancey's estimate of Woll's army compared with the number Caldwell gave": each giver's own figure.
  const given = askedFigureComparison(u.analysis, reader.data.wordnet ?? null);
  const byGivers = given
    ? attributedFigures(index, u, given, (text) => reader.read(text), reader.comparisonWords, {
        isPeople: (lemma) =>
          reader.countsPeople(lemma) ||
          (reader.data.wordnet ? nounKindsOf(reader.data.wordnet).isPerson(lemma) : false),
        gives: givingWords(reader),
      })
    : null;
  if (byGivers) return { draft: byGivers };
  // "How many attackers were there according to his officers versus the disarmed defender?": givers the
  // coverage may not know, whose figures a report sets side by side in one passage.
  const disputed = answerDisputedFigure(effective, ctx);
  if (disputed) return { draft: disputed };
  const versus = versusSizes(u.text);
  const family =
    versus || !ASKS_OF_EACH.test(effective.text)
      ? null
      : familyComparison(effective, index, reader.data.personHeads ?? new Map());
  // "More armed Americans on the train in 1906 or cavalrymen sent out in 1896?": two things counted,
  // offered as alternatives, are the sides, not the years they are placed in.
  const countsApart = alternativeSizes(u.analysis) !== null;
  const byKnown = versus ? null : (family?.sides ?? comparisonSides(effective, index));
  const found = byKnown && countsApart && onlyYears(byKnown) ? null : byKnown;
  const coordinated = versus ? null : coordinatedSides(effective);
  const answerAsCoordinated = (eachNamed: boolean, notSides?: ReadonlySet<string>) =>
    coordinated
      ? answerCoordinated(
          effective,
          index,
          coordinated,
          (text) => reader.read(text),
          (asking, asked, sideFocus) => dispatch(asking, asked, sideCtx, sideFocus),
          eachNamed,
          notSides,
        )
      : null;
  // "The JTF-6 commander in 1992 and the Texas Guard captain in 2023": two people, each found by their own
  // words, are the sides rather than the years their words hold.
  // Sides named before the question asks of them ("Canales in 1919 and Abbott in 2022 — did they want…"):
  // each side is asked the question that follows, not the whole text with the other side's words in it.
  const byPeople =
    found && coordinated && !family && (onlyYears(found) || coordinated.fronted)
      ? answerAsCoordinated(true)
      : null;
  if (byPeople) return { draft: byPeople };
  // "Mexico's government and the DEA agent who studied under Montaño": when a phrase joined by "and" names
  // no one found, the people found are no sides (both found in one phrase here); the two phrases are, unless
  // one of them finds again a person found in neither phrase, which the question asks about ("their view of
  // Crook").
  const outside =
    found && coordinated && !family
      ? sidesOutsidePhrases(found, coordinated.phrases, (t) => reader.read(t))
      : null;
  const byPhrases = outside ? answerAsCoordinated(false, outside) : null;
  if (byPhrases) return { draft: byPhrases };
  const sides = found;
  if (sides) {
    const base = family?.asked ?? effective;
    const worded = wordedSides(u.text, sides, (text) => reader.read(text), reader);
    const naming = sidesNaming(
      index,
      sides.flatMap((s) => (s.entityId ? [s.entityId] : [])),
    );
    // A comparison no side of which is answered is asked again as its two sides joined by "and", each
    // naming its own person, when it has them.
    const orCoordinated = (draft: Draft | null) =>
      draft ?? (!family && coordinated ? answerAsCoordinated(true) : null);
    return {
      draft: orCoordinated(
        answerComparison(base, index, sides, (side) => {
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
          return said.length > 0 && answered ? { ...answered, evidence: said } : answered;
        }),
      ),
    };
  }
  const byCoordinated = answerAsCoordinated(false);
  if (byCoordinated) return { draft: byCoordinated };
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

/**
 * The people found as a comparison's sides that are not the two phrases its "and" joins, when a phrase names
 * none of them: those named in neither phrase, which the question asks about ("their view of Crook").
 * `null` when each phrase names one of them.
 */
function sidesOutsidePhrases(
  sides: readonly Side[],
  phrases: readonly [string, string],
  read: (text: string) => Understanding,
): Set<string> | null {
  const ids = sides.flatMap((s) => (s.entityId ? [s.entityId] : []));
  if (new Set(ids).size < 2) return null;
  const named = phrases.map((p) => read(p).entities);
  if (!named.some((entities) => !ids.some((id) => entities.includes(id)))) return null;
  return new Set(ids.filter((id) => named.every((entities) => !entities.includes(id))));
}

/** True when a comparison's sides are years alone: no two people or bodies, no articles. */
function onlyYears(sides: readonly Side[]): boolean {
  const people = new Set(sides.map((s) => s.entityId).filter((id) => id !== null));
  return people.size < 2 && sides.every((s) => s.year !== null && s.sourceId === undefined);
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

/**
 * Whether a word after a pronoun says or gives a figure ("He said that … 60 soldiers", "she puts"): the giving
 * pattern or a verb of speech, each word read once per question rather than once per sentence asked of it.
 */
function givingWords(reader: Pick<QuestionReader, 'analyse' | 'speechVerbs'>): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    const seen = known.get(word);
    if (seen !== undefined) return seen;
    const gives = GIVING.test(word) || reader.speechVerbs.has(reader.analyse(word).tokens[0]?.lemma ?? '');
    known.set(word, gives);
    return gives;
  };
}
