/**
 * What a count question asks, read once before any figure is weighed (count.ts): whether it asks a span, a
 * size or a sum; the noun counted and its forms; the act and event a figure must say; and what a follow-up
 * borrows from the last question.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { ACT_WORD_POS, countedAction, countedActionTest, howManyAt, type ActSaid } from './asked-action.ts';
import { askedCount, askedEvent, MUCH_OF_A_VERB, verbAsked } from './asked-count.ts';
import { asksSize, asksSizeOfPlace, sizedNoun } from './asked-size.ts';
import { asksDistance, asksTimeSpan, spanUnits } from './asked-span.ts';
import { topicWords } from './conversation.ts';
import { asksPartOf } from './counted-part.ts';
import { entailedActTest } from './entailed-count-act.ts';
import { askedObject } from './figure-object.ts';
import type { Context } from './handlers.ts';
import { askedInterval } from './interval.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { asksAddition } from './relative-figure.ts';
import type { Understanding } from './understand.ts';

/** Units of area: the size of a place ("a ranch of about 9,000 acres"), as a head count is a group's. */
export const AREA_UNIT = /^(?:acre|hectare|square)s?$/;

/** A count question as read before its figures are weighed. */
export interface CountQuestion {
  /** The question's own content words, or with none the adverbs the stop list holds ("already", "still"). */
  own: string[];
  /** A distance asked ("how far offshore"), counted in units of length as a span is in time. */
  distance: boolean;
  /** The time between two events asked ("how long after the shooting"). */
  interval: ReturnType<typeof askedInterval>;
  /** A span asked: a distance, an interval or a span of time. */
  duration: boolean;
  /** The words of what is counted, the counted noun last. */
  asked: ReturnType<typeof askedCount>;
  /** The asked event a figure's sentence must carry. */
  event: ReturnType<typeof askedEvent>;
  /** The counted noun. */
  head: string | null;
  /** The size of a place of land the last answer gave the area of. */
  sizeOfPlace: boolean;
  /** A follow-up naming nothing: the last question's topic words, counted instead. */
  borrowed: string[] | null;
  /** The forms a figure's counted noun may take to say what is asked (span units for a span). */
  headForms: ReadonlySet<string> | null;
  /** The size of a group of people asked, with nothing counted named. */
  sizeOfPeople: boolean;
  /** The noun whose size is asked ("how large was the raiding band" → band). */
  sizedNoun: string | null;
  /** The coverage's words nearest in meaning to a counted noun it never uses. */
  nearHead: ReadonlySet<string>;
  /** "How much" asked of a verb. */
  muchOfAVerb: boolean;
  /** The verb a sum of money answers, when "how much" is asked of it. */
  moneyVerb: string | null;
  /** Groups a follow-up borrowing the last topic counts the members of. */
  groups: ReadonlySet<string>;
  /** "How much of …": an amount of what is named after "of". */
  muchOfPart: boolean;
  /** "How much" asked of a noun. */
  muchOf: boolean;
  /** The last answer's evidence, pointed back to by a pronoun. */
  pointedBack: ReadonlySet<string>;
  /** "How many", which counts things. */
  manyAsked: boolean;
  /** "How many of the Apache band": a part of a group, counted by the word naming its members. */
  partOf: boolean;
  /** Naming nothing counted, "how many" asks a count of things, not a sum or a span. */
  thingsOnly: boolean;
  /** A part of a group or an addition to a count asked, not the size of the whole. */
  relativeAsked: boolean;
  /** What a sum asked is paid for ("how much did the committee pay for the monument"). */
  asksFor: string | null;
  /** How far a sentence says the asked act, or null when no act is asked. */
  actTest: ReturnType<typeof countedActionTest>;
  /** An act WordNet makes the asked one cause or entail, or cause or entail it. */
  entailed: ReturnType<typeof entailedActTest>;
  /** The act a figure of people in that state is counted by. */
  countingAct: ReturnType<typeof countedAction>;
  /** The counted noun, or a synonym, is counted somewhere in the coverage. */
  countedAsAsked: boolean;
}

/** What a count question asks (see {@link CountQuestion}). */
export function readCountQuestion(u: Understanding, ctx: Context): CountQuestion {
  const { index } = ctx;
  // "And how many were already there?": a follow-up with words of its own asks for another figure; with no
  // other, an adverb the stop list holds ("already", "still") is its own.
  const own = u.content.length > 0 ? u.content : u.adverbs;
  // "How far offshore was the boat stopped?": a distance, counted in units of length as a span is in time.
  const distance = asksDistance(u.text);
  // "How long after the shooting…": the time between two events, which a distance in time answers.
  const interval = askedInterval(u.text);
  const duration = distance || interval !== null || asksTimeSpan(u.text);
  const asked = duration ? [] : askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l));
  const event = duration ? null : askedEvent(u, ctx);
  const head = asked.at(-1) ?? null;
  const sizeOfPlace =
    !duration &&
    head === null &&
    areaShown(u, ctx) &&
    asksSizeOfPlace(u.analysis.tokens, ctx.reader.data.wordnet);
  const borrowed = !duration && !sizeOfPlace && head === null ? borrowedTopic(u, ctx) : null;
  // "How long was the first tunnel?": a span of time, or asked with "be" a length as well (spanUnits).
  const headForms = duration
    ? spanUnits(u.text, distance)
    : sizeOfPlace
      ? null
      : head
        ? new Set([head, ...ctx.reader.synonymsOf(head)])
        : borrowed
          ? new Set(borrowed.flatMap((w) => [w, ...ctx.reader.synonymsOf(w)]))
          : null;
  // "How big was Obama's deployment?", "which deployment was bigger?": with nothing counted named, the size of
  // a deployment, a caravan or a force is how many people it has, not a sum or a span of time.
  const sizeOfPeople = headForms === null && !duration && !sizeOfPlace && asksSize(u.analysis.tokens);
  // "How many households…" where the coverage never says "household": a figure counting a word of its own
  // nearest in meaning ("about 40 families") counts what is asked.
  const nearHead = !duration && head !== null ? countedInOtherWords(head, ctx) : new Set<string>();
  // "How much did the government pay the family?": asked of a verb, "how much" is a sum of money whatever
  // noun the verb takes, when the evidence says that verb ("paid the family $1.9 million").
  const muchOfAVerb = MUCH_OF_A_VERB.test(u.text);
  const moneyVerb = headForms && !duration && muchOfAVerb ? verbAsked(u) : null;
  // "Who was in that caravan?" — "how many tho": a follow-up asking the size of the group the last question
  // was about counts whatever a sentence naming that group counts.
  const groups = borrowed
    ? new Set(u.entities.filter((id) => index.entities.get(id)?.type === 'group'))
    : new Set<string>();
  // "How many migrants has the army detained": a figure whose sentence does not say the act counts another
  // thing (the 700 officers suspended, not those who failed). The best figure may say it in a word near in
  // meaning; when it does not say it at all, the best figure whose sentence says it in its words answers.
  const wordnet = ctx.reader.data.wordnet;
  const actTest = countedActionTest(
    u,
    ctx.reader.lens(u),
    ctx.reader.speechVerbs,
    (w) => ctx.reader.stem(w),
    // A link between the verbs' senses ("stone" a way to kill), which a word used as a noun does not carry.
    (verb, word) => (wordnet?.relation(verb, word) ?? null) !== null,
  );
  // "How many times…" counts things; "how much time…" an amount, which a unit may give.
  const manyAsked = u.analysis.tokens[howManyAt(u.analysis.tokens)]?.normal === 'many';
  // "How many of the Apache band died": the band's members, counted by the word naming them ("78 Apaches").
  const partOf = manyAsked && asksPartOf(u.analysis.tokens, howManyAt(u.analysis.tokens));
  return {
    own,
    distance,
    interval,
    duration,
    asked,
    event,
    head,
    sizeOfPlace,
    borrowed,
    headForms,
    sizeOfPeople,
    sizedNoun: sizeOfPeople ? sizedNoun(u.analysis.tokens) : null,
    nearHead,
    muchOfAVerb,
    moneyVerb,
    groups,
    // "How much of the riverside woods got bulldozed": an amount of what is named after "of" ("40 acres of
    // cottonwood").
    muchOfPart: /\bhow much of\b/i.test(u.text),
    // "How much fentanyl…": "how much" asked of a noun, not of a verb.
    muchOf: /\bhow much\s+\w/i.test(u.text) && !muchOfAVerb,
    // "How big is his place?": a pronoun points back to what the last answer showed, whose figures come first.
    pointedBack: new Set(u.pronoun !== null && ctx.followup ? ctx.conversation.lastEvidence : []),
    manyAsked,
    partOf,
    // "How many did Perry order?": naming nothing counted, "how many" asks a count of things, not a sum of
    // money or a span of time ("$12 million a month" is how much).
    thingsOnly: manyAsked && headForms === null && !sizeOfPlace,
    // "How many troops are on the border": "1,500 more troops" or "six of the men" is no size of the whole.
    relativeAsked: partOf || asksAddition(asked),
    // "How much did the committee pay for the monument?" is not answered by "paid $20 for the lot".
    asksFor: askedObject(u.analysis.tokens, Math.max(0, howManyAt(u.analysis.tokens))),
    actTest,
    // "How many men were killed" — "Five men died": an act WordNet makes the asked one cause or entail, or
    // cause or entail it, says it when no figure's sentence says it as asked, in a sentence saying all else
    // asked.
    entailed: actTest ? entailedActTest(u, ctx.reader.speechVerbs, ctx.reader.data.wordnet) : null,
    // "How many Americans were killed": the act a figure of people in that state ("120 killed") is counted by.
    countingAct: countedAction(u, ctx.reader.speechVerbs),
    countedAsAsked:
      head !== null && [head, ...ctx.reader.synonymsOf(head)].some((w) => index.countedThings.has(w)),
  };
}

/**
 * How far a sentence says the question's act, remembered by sentence: 'same' for every sentence when no act
 * is asked.
 */
export function actSaidOf(
  actTest: CountQuestion['actTest'],
  analyse: (text: string) => Analysis,
): (s: Sentence) => ActSaid {
  const actSaid = new Map<string, ActSaid>();
  return (s) => {
    if (!actTest) return 'same';
    const known = actSaid.get(s.id);
    if (known !== undefined) return known;
    const acts = analyse(s.text)
      .tokens.filter((t) => ACT_WORD_POS.has(t.pos))
      .map((t) => t.lemma.toLowerCase());
    const said = actTest(s.lemmas, acts);
    actSaid.set(s.id, said);
    return said;
  };
}

/** The sentence's source was published in a year the question asks about. */
export function reportedInYearAsked(s: Sentence, years: readonly number[], index: KnowledgeIndex): boolean {
  return years.includes(index.sourceYears[index.sourcePosition.get(s.sourceId) ?? -1] ?? 0);
}

/**
 * "How big is his place?" after an answer giving its area: naming nothing counted, the size of a place of
 * land is that area, not a figure of what the last question named ("what happened on his land?") nor a number
 * of people. Only when the last answer gave an area: a post or a zone may be sized by its people (read
 * wherever an area was ranked, it gave one held-out question a wrong headline, npm run eval).
 */
function areaShown(u: Understanding, ctx: Context): boolean {
  return (
    u.pronoun !== null &&
    ctx.followup &&
    ctx.conversation.lastEvidence.some((id) =>
      (ctx.index.numbersBySentence.get(id) ?? []).some((n) => AREA_UNIT.test(n.countsLemma)),
    )
  );
}

/**
 * "How many tho?", "how big is his place?": a follow-up naming nothing counts what the last question named,
 * and no other figure the evidence happens to give. A person the last question named ("who is Dale Hutto?")
 * is no thing counted: "how big is his place" asks the size of something of theirs.
 */
function borrowedTopic(u: Understanding, ctx: Context): string[] | null {
  if (!ctx.followup || u.content.length > 0) return null;
  const personWords = new Set(
    u.entities
      .filter((id) => ctx.index.entities.get(id)?.type === 'person')
      .flatMap((id) => {
        const e = ctx.index.entities.get(id);
        return e ? [e.name, ...e.aliases].flatMap((a) => a.toLowerCase().split(/\s+/)) : [];
      }),
  );
  const lastTopic = topicWords(ctx.conversation.lastTerms).filter((w) => !personWords.has(w));
  return lastTopic.length > 0 ? lastTopic : null;
}

/**
 * The coverage's words nearest in meaning to a counted noun it never uses, and their synonyms: what a figure
 * may count for the question's noun said in other words ("households" → "family"). Empty for a noun the
 * coverage uses: its figures say it as asked.
 */
function countedInOtherWords(head: string, ctx: Pick<Context, 'reader'>): Set<string> {
  return new Set(ctx.reader.nearCoverageWords(head).flatMap((w) => [w, ...ctx.reader.synonymsOf(w)]));
}
