/**
 * Which reading of a comparison a question takes, tried in turn: alternatives by a word of measure
 * (compare-offered.ts), one figure as two people give it, or as two people joined by "and" differ on it
 * (compare-attributed.ts), or as a passage sets givers'
 * figures side by side (compare-disputed.ts), a family's members (compare-people.ts), two people joined by "and"
 * sharing the rest (compare-coordinated.ts), people, years or articles the coverage knows
 * (compare-known-sides.ts), then sides in the question's own words: sizes, distances and phrases
 * (compare-worded-sides.ts). The engine answers a question that compares nothing as it is.
 */
import { comparisonSides, type Side } from './comparison-sides.ts';
import { answerCoordinated, ASKS_OF_EACH, coordinatedSides } from './compare-coordinated.ts';
import { familyComparison } from './compare-people.ts';
import { alternativeSizes } from './compare-alternatives.ts';
import { peopleFigure } from './side-figure.ts';
import { ownNameCount } from './side-own-count.ts';
import { versusSizes } from './compare-phrases.ts';
import { answerOffered, offeredSides } from './compare-offered.ts';
import { askedFigureComparison, attributedFigures, nounKindsOf } from './compare-attributed.ts';
import { answerDisputedFigure, GIVING } from './compare-disputed.ts';
import { answerKnownSides } from './compare-known-sides.ts';
import { answerWordedSides } from './compare-worded-sides.ts';
import { dispatch } from './dispatch.ts';
import { aspectLemmas, draftOnAspect } from './asked-aspect.ts';
import { sidesNaming } from './stance-side.ts';
import { withoutAccents } from '../nlp/pipeline.ts';
import { MIN_CONFIDENCE, type Context, type Draft } from './handlers.ts';
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
  const byOffered = offeredDraft(u, ctx, sideCtx, focus);
  if (byOffered) return { draft: byOffered };
  const byGivers = giversDraft(u, ctx);
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
  const aspect = aspectLemmas(effective.analysis, new Set());
  const aspectFirst = (id: string, draft: Draft): Draft => {
    // A figure, a date or a reason asked of each side is found by its own handler, not among words said.
    if (aspect.length === 0 || (draft.answeredAs !== 'quote' && draft.answeredAs !== 'what')) return draft;
    const naming = sidesNaming(index, [id]);
    const asked = aspect.filter((w) => !naming.has(w));
    return draftOnAspect(index, id, draft, asked, (t) => reader.analyse(t), reader.speechVerbs);
  };
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
          aspectFirst,
        )
      : null;
  // "Mexico's government and the DEA agent who studied under Montaño": when a phrase joined by "and" names
  // no one found, the people found are no sides (both found in one phrase here); the two phrases are, unless
  // one of them finds again a person found in neither phrase, which the question asks about ("their view of
  // Crook").
  const outside =
    found && coordinated && !family
      ? sidesOutsidePhrases(
          found,
          coordinated.phrases,
          (t) => reader.read(t),
          (id) => index.entities.get(id)?.aliases ?? [],
        )
      : null;
  // "The JTF-6 commander in 1992 and the Texas Guard captain in 2023": two people, each found by their own
  // words, are the sides rather than the years their words hold.
  // Sides named before the question asks of them ("Canales in 1919 and Abbott in 2022 — did they want…"):
  // each side is asked the question that follows, not the whole text with the other side's words in it.
  // "Chávez the UTEP professor and the burrito seller … did they react the same way to Torres's story?":
  // Torres, named in neither phrase, is what both are asked about, not a side.
  const byPeople =
    found && coordinated && !family && (onlyYears(found) || coordinated.fronted)
      ? answerAsCoordinated(true, outside ?? undefined)
      : null;
  if (byPeople) return { draft: byPeople };
  const byPhrases = outside ? answerAsCoordinated(false, outside) : null;
  if (byPhrases) return { draft: byPhrases };
  if (found) {
    // A comparison no side of which is answered is asked again as its two sides joined by "and", each
    // naming its own person, when it has them.
    const draft = answerKnownSides(family?.asked ?? effective, u.text, found, intent, ctx, sideCtx, focus);
    return { draft: draft ?? (!family && coordinated ? answerAsCoordinated(true) : null) };
  }
  const byCoordinated = answerAsCoordinated(false);
  if (byCoordinated) return { draft: byCoordinated };
  return answerWordedSides(u, effective, versus, intent, ctx, sideCtx, focus);
}

/**
 * "Which lasted longer, A or B?": each alternative asked the question the word of measure stands for;
 * `null` when the question offers no such alternatives or neither is answered.
 */
function offeredDraft(
  u: Understanding,
  ctx: Context,
  sideCtx: Context,
  focus: readonly string[],
): Draft | null {
  const { index, reader } = ctx;
  const offered = offeredSides(u.analysis);
  return offered
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
}

/**
 * "Yancey's estimate of Woll's army compared with the number Caldwell gave": each giver's own figure
 * (compare-attributed.ts); `null` when the question sets no two givers' figures against each other.
 */
function giversDraft(u: Understanding, ctx: Context): Draft | null {
  const { index, reader } = ctx;
  const given = askedFigureComparison(u.analysis, reader.data.wordnet ?? null) ?? differingGivers(u, reader);
  return given
    ? attributedFigures(index, u, given, (text) => reader.read(text), reader.comparisonWords, {
        isPeople: (lemma) =>
          reader.countsPeople(lemma) ||
          (reader.data.wordnet ? nounKindsOf(reader.data.wordnet).isPerson(lemma) : false),
        gives: givingWords(reader),
        // WordNet's first sense, not the lexicon's heads of people, where "head" is one ("Thirty head of my sheep").
        ofPeople: (lemma) =>
          reader.data.wordnet
            ? nounKindsOf(reader.data.wordnet).kindOf(lemma) !== null ||
              nounKindsOf(reader.data.wordnet).isKindOf(lemma, 'group')
            : reader.countsPeople(lemma),
      })
    : null;
}

/**
 * "How did Castañeda and Arredondo differ on how far Progreso is from the border?", "Haskell and Pool give
 * different sizes for the Californian force. What does each of them say?": two people or bodies joined by
 * "and" said to differ on a figure the question asks (a size, or a noun of measure); `null` otherwise.
 */
function differingGivers(u: Understanding, reader: QuestionReader): [string, string] | null {
  if (!DIFFERING.test(u.text)) return null;
  const coordinated = coordinatedSides(u);
  if (!coordinated) return null;
  const wordnet = reader.data.wordnet;
  const asksFigure =
    FIGURE_ASKED.test(u.text) ||
    (wordnet
      ? u.analysis.tokens.some((t) => t.pos === 'NOUN' && nounKindsOf(wordnet).isMeasure(t.lemma))
      : false);
  return asksFigure ? coordinated.phrases : null;
}

/** Words saying two sides' accounts differ ("differ on", "different sizes", "disagree about"). English grammar. */
const DIFFERING = /\b(?:differ\w*|disagree\w*)\b/i;
/** Words asking a figure: how many, how much, how far, how long, how old, how big. */
const FIGURE_ASKED = /\bhow\s+(?:many|much|far|long|old|big|large)\b/i;

/**
 * The people found as a comparison's sides that are not the two phrases its "and" joins, when a phrase names
 * none of them: those named in neither phrase, which the question asks about ("their view of Crook").
 * `null` when each phrase names one of them.
 */
function sidesOutsidePhrases(
  sides: readonly Side[],
  phrases: readonly [string, string],
  read: (text: string) => Understanding,
  namesOf: (id: string) => readonly string[],
): Set<string> | null {
  const ids = sides.flatMap((s) => (s.entityId ? [s.entityId] : []));
  if (new Set(ids).size < 2) return null;
  const named = phrases.map((p) => read(p).entities);
  const outside = new Set(ids.filter((id) => named.every((entities) => !entities.includes(id))));
  if (!named.some((entities) => !ids.some((id) => entities.includes(id))))
    return outside.size > 0 && describedSide(phrases, named, ids, namesOf) ? outside : null;
  return outside;
}

/**
 * True when one phrase finds its one side by what the article says of them, with no name of theirs in it ("the
 * visitor from Oaxaca" for Donato Ruiz Chávez), and the other finds its one side by name: a third person found
 * is then asked about, as when the described side finds no one.
 */
function describedSide(
  phrases: readonly [string, string],
  named: readonly (readonly string[])[],
  ids: readonly string[],
  namesOf: (id: string) => readonly string[],
): boolean {
  const byName = (phrase: string, id: string) => {
    const text = withoutAccents(phrase.toLowerCase());
    return namesOf(id).some((n) => text.includes(withoutAccents(n.toLowerCase())));
  };
  const found = named.map((entities) => ids.filter((id) => entities.includes(id)));
  const [a, b] = found;
  if (a?.length !== 1 || b?.length !== 1 || a[0] === b[0]) return false;
  const kinds = phrases.map((p, i) => byName(p, found[i]?.[0] ?? ''));
  return kinds[0] !== kinds[1];
}

/** True when a comparison's sides are years alone: no two people or bodies, no articles. */
function onlyYears(sides: readonly Side[]): boolean {
  const people = new Set(sides.map((s) => s.entityId).filter((id) => id !== null));
  return people.size < 2 && sides.every((s) => s.year !== null && s.sourceId === undefined);
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
