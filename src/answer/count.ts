/**
 * Count questions ("how many troops", "how much did it cost", "how long"): the number the coverage gives
 * for what is counted, with what it counts, best match first. What the question asks is read in asked-count.ts;
 * what a figure's sentence says of the figure, in count-figure.ts.
 */
import { MONEY_LEMMA, refersToThings } from '../knowledge/counted.ts';
import type { NumberFact, Sentence, Source } from '../knowledge/schema.ts';
import { answerAge, asksAge, givesAge } from './age.ts';
import { countedAction, countedActionTest, howManyAt, type ActSaid } from './asked-action.ts';
import { countsActedOn } from './counted-state.ts';
import { figureDenied } from './denied-figure.ts';
import { countedThenBefell, countsByState } from './state-figure.ts';
import { entailedActTest, saysTheRest } from './entailed-count-act.ts';
import { actlessFigure } from './figure-clause.ts';
import { askedObject, figureObject, givenForOther } from './figure-object.ts';
import { asksSize, asksSizeOfPlace } from './asked-size.ts';
import { askedCount, askedEvent, MUCH_OF_A_VERB, priceWords, verbAsked } from './asked-count.ts';
import { asksDistance, asksTimeSpan, spanUnits } from './asked-span.ts';
import { topicWords } from './conversation.ts';
import { replyFigures } from './reply-figure.ts';
import { sentencesOfShownFigure } from './shown-figure.ts';
import { answerLasted } from './lasted-span.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { amountFallback, passageAmount } from './count-amount.ts';
import { askedInterval, givesInterval } from './interval.ts';
import { rankSentences } from './retrieval.ts';
import {
  amountOf,
  carriesEvent,
  countsPeopleAsked,
  isAmount,
  measuresOf,
  meetsModifiers,
  negatedOne,
  saysOtherYear,
  whoseWords,
  YEAR_IN_TEXT,
} from './count-figure.ts';
import { countedOtherwise, namesPeople } from './counted-otherwise.ts';
import { asksPartOf, countsMembersNamed } from './counted-part.ts';
import { countsWholeAsked } from './counted-whole.ts';
import { figureHeadline } from './figure-headline.ts';
import { asksAddition, countsRelative } from './relative-figure.ts';
import { namedIn, referredBack } from './referred-back.ts';
import type { ChartFigure } from './types.ts';
import type { Understanding } from './understand.ts';

/** A follow-up that names only a year ("and in 2019?", "what about 2025"). */
const YEAR_ONLY = /^\W*(?:(?:and|but|what about|how about|same)\s+)?(?:(?:in|for|by)\s+)?(?:19|20)\d{2}\W*$/i;

/** Weight of a figure from a source published in the year asked about. */
const REPORTED_THEN = 1.25;

/**
 * Weight of a figure whose counted noun only means what the question's does (counted-otherwise.ts), against
 * one that says it: a figure in the question's own words comes first. 1 gave the same npm run eval figures
 * (2026-12-01); kept below 1 for that order.
 */
const SAID_OTHERWISE = 0.5;

/**
 * Weight of a figure counting a part of a group or an addition to a count (relative-figure.ts) when the
 * question asks neither: the size of the whole comes first.
 */
const RELATIVE = 0.5;

/**
 * Weight of a figure counting the asked act's participle ("… thirty-three Mexicans were killed … and eight
 * wounded" for "how many were wounded"), over one counting the asked people by another act of its sentence.
 */
const ACTED_ON = 1.5;

/**
 * Weight of a figure of people a participle after it says what befell ("three men killed") when the question
 * asks no act done to them ("how many men did he have there"): it counts a part the act took, not the group.
 */
const BEFELL_UNASKED = 0.25;

/** Chat nouns for anyone: "how many border patrol guys" is answered by a count of its officers. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(['guy', 'folk', 'dude']);
/** Weight of a quantity of the substance "how much" asks about, over other figures. */
const MEASURE_FACTOR = 3;
/** Units of area: the size of a place ("a ranch of about 9,000 acres"), as a head count is a group's. */
const AREA_UNIT = /^(?:acre|hectare|square)s?$/;
/**
 * Weight of a figure in the evidence the last answer showed, for a follow-up that points back to it: 2 answers
 * new-articles-2 dev one more ("how big is his place"), 1.5 none, with every test row unchanged (npm run eval).
 */
const POINTED_BACK = 2;

/** "How much", which asks an amount as well as a count. */
const HOW_MUCH = /\bhow much\b/i;
/** Best-ranked sentences whose articles are read for a verb of lasting ({@link answerLasted}). */
const LASTED_RANKS = 3;

/** A number with what it counts, best match first. */
export function answerCount(u: Understanding, ctx: Context): Draft | null {
  const { index } = ctx;
  // "And how many were already there?": a follow-up with words of its own asks for another figure; with no
  // other, an adverb the stop list holds ("already", "still") is its own.
  const own = u.content.length > 0 ? u.content : u.adverbs;
  const another = ctx.followup && own.some((l) => !ctx.conversation.lastTerms.some(([t]) => t === l));
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, {
      limit: 60,
      // A follow-up reads on from the last answer's passage already (nearSentences, passageAmount).
      ...(ctx.followup ? {} : { follow: 'figure' as const }),
      ...(another ? { exclude: sentencesOfShownFigure(index, ctx.conversation) } : {}),
    }),
  );
  // "How old is he?": a person's age, given after the name, before any span of years a figure counts.
  const age = answerAge(u, ctx, ranked);
  if (age) return age;
  // "How far offshore was the boat stopped?": a distance, counted in units of length as a span is in time.
  const distance = asksDistance(u.text);
  // "How long after the shooting…": the time between two events, which a distance in time answers.
  const interval = askedInterval(u.text);
  const duration = distance || interval !== null || asksTimeSpan(u.text);
  const asked = duration ? [] : askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l));
  const event = duration ? null : askedEvent(u, ctx);
  const head = asked.at(-1) ?? null;
  // "How many tho?", "how big is his place?": a follow-up naming nothing counts what the last question
  // named, and no other figure the evidence happens to give.
  // A person the last question named ("who is Dale Hutto?") is no thing counted: "how big is his place" asks
  // the size of something of theirs.
  const personWords = new Set(
    u.entities
      .filter((id) => index.entities.get(id)?.type === 'person')
      .flatMap((id) => {
        const e = index.entities.get(id);
        return e ? [e.name, ...e.aliases].flatMap((a) => a.toLowerCase().split(/\s+/)) : [];
      }),
  );
  // "How big is his place?" after an answer giving its area: naming nothing counted, the size of a place of
  // land is that area, not a figure of what the last question named ("what happened on his land?") nor a
  // number of people. Only when the last answer gave an area: a post or a zone may be sized by its people
  // (read wherever an area was ranked, it gave one held-out question a wrong headline, npm run eval).
  const areaShown =
    u.pronoun !== null &&
    ctx.followup &&
    ctx.conversation.lastEvidence.some((id) =>
      (index.numbersBySentence.get(id) ?? []).some((n) => AREA_UNIT.test(n.countsLemma)),
    );
  const sizeOfPlace =
    !duration && head === null && areaShown && asksSizeOfPlace(u.analysis.tokens, ctx.reader.data.wordnet);
  const lastTopic =
    !duration && !sizeOfPlace && head === null && ctx.followup && u.content.length === 0
      ? topicWords(ctx.conversation.lastTerms).filter((w) => !personWords.has(w))
      : [];
  const borrowed = lastTopic.length > 0 ? lastTopic : null;
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
  // "How much of the riverside woods got bulldozed": an amount of what is named after "of" ("40 acres of
  // cottonwood").
  const muchOfPart = /\bhow much of\b/i.test(u.text);
  // "How much fentanyl…": "how much" asked of a noun, not of a verb.
  const muchOf = /\bhow much\s+\w/i.test(u.text) && !muchOfAVerb;
  // "Bush's deployment in 2006": a report from 2006 gives its figure more surely than one looking back.
  const reportedThen = (s: Sentence) =>
    u.years.includes(index.sourceYears[index.sourcePosition.get(s.sourceId) ?? -1] ?? 0);
  // "How big is his place?": a pronoun points back to what the last answer showed, whose figures come first.
  const pointedBack = new Set(u.pronoun !== null && ctx.followup ? ctx.conversation.lastEvidence : []);
  // "How many migrants has the army detained": a figure whose sentence does not say the act counts another
  // thing (the 700 officers suspended, not those who failed). The best figure may say it in a word near in
  // meaning; when it does not say it at all, the best figure whose sentence says it in its words answers.
  const actTest = countedActionTest(u, ctx.reader.lens(u), ctx.reader.speechVerbs, (w) => ctx.reader.stem(w));
  // "How many men were killed" — "Five men died": an act WordNet makes the asked one cause or entail, or cause
  // or entail it, says it when no figure's sentence says it as asked, in a sentence saying all else asked.
  const entailed = actTest ? entailedActTest(u, ctx.reader.speechVerbs, ctx.reader.data.wordnet) : null;
  const saysEntailed = (s: Sentence) =>
    !!entailed &&
    entailed.says(s.lemmas) &&
    saysTheRest(u, entailed.act, (content) => confidenceOf({ ...u, content }, ctx, [s]));
  // "How many Americans were killed": the act a figure of people in that state ("120 killed") is counted by.
  const countingAct = countedAction(u, ctx.reader.speechVerbs);
  const actSaid = new Map<string, ActSaid>();
  const saysAct = (s: Sentence): ActSaid => {
    if (!actTest) return 'same';
    const known = actSaid.get(s.id);
    if (known !== undefined) return known;
    const said = actTest(s.lemmas);
    actSaid.set(s.id, said);
    return said;
  };
  // "How many men did he have there?" is not answered by "his loss is three men killed".
  const befellUnasked = (n: NumberFact, s: Sentence) =>
    head !== null && countingAct === null && countedThenBefell(n, s.text, analyse);
  // "How many times…" counts things; "how much time…" an amount, which a unit may give.
  const manyAsked = u.analysis.tokens[howManyAt(u.analysis.tokens)]?.normal === 'many';
  // "How many of the Apache band died": the band's members, counted by the word naming them ("78 Apaches").
  const partOf = manyAsked && asksPartOf(u.analysis.tokens, howManyAt(u.analysis.tokens));
  const namePeople = (l: string) =>
    namesPeople(l, (x) => ctx.reader.countsPeople(x), ctx.reader.data.wordnet);
  // "How many did Perry order?": naming nothing counted, "how many" asks a count of things, not a sum of
  // money or a span of time ("$12 million a month" is how much).
  const thingsOnly = manyAsked && headForms === null && !sizeOfPlace;
  // "How many troops are on the border": "1,500 more troops" or "six of the men" is no size of the whole.
  const relativeAsked = partOf || asksAddition(asked);
  // "How much did the committee pay for the monument?" is not answered by "paid $20 for the lot".
  const asksFor = askedObject(u.analysis.tokens, Math.max(0, howManyAt(u.analysis.tokens)));
  const objectWords = {
    synonymsOf: (w: string) => ctx.reader.synonymsOf(w),
    related: (a: string, b: string) => (ctx.reader.data.wordnet?.relation(a, b) ?? null) !== null,
  };
  // Only a sum of money: "requested 4,000 troops for the mission" says what the troops are for, not a price.
  const forOther = (n: NumberFact, s: Sentence) =>
    asksFor !== null &&
    n.countsLemma === MONEY_LEMMA &&
    / for /i.test(s.text) &&
    givenForOther(
      asksFor,
      figureObject(s.text, ctx.reader.analyse(s.text).tokens, n.text, n.counts),
      s.lemmas,
      objectWords,
    );
  const analyse = (text: string) => ctx.reader.analyse(text);
  const countedAsAsked =
    head !== null && [head, ...ctx.reader.synonymsOf(head)].some((w) => index.countedThings.has(w));
  type Candidate = { n: NumberFact; score: number; sentence: Sentence; saysHead: boolean };
  let best: Candidate | null = null;
  let bestActing: Candidate | null = null;
  let bestEntailed: Candidate | null = null;
  /** The best figure inside a report its sentence denies (denied-figure.ts): no count of what happened. */
  let denied: Candidate | null = null;
  const figures: Candidate[] = [];
  // "How many of those buried trip-wire gadgets…": the part of a group is named in the question's own words,
  // which no figure may say ("27 seismic and magnetic sensors"); the best figure of any thing answers then,
  // as it would with nothing counted named.
  const unnamed: { best: Candidate | null; acting: Candidate | null } = { best: null, acting: null };
  // "And Crawford lived for a week?" — "OSTRANDER: Seven days.": a reply that is only a figure is read with
  // the question it answers, at that question's rank.
  const numbersOf = (id: string) => index.numbersBySentence.get(id);
  const replies = new Map<string, { score: number; sentence: Sentence; numbers: readonly NumberFact[] }>();
  const readings = ranked.flatMap(
    (r): Array<{ score: number; sentence: Sentence; numbers: readonly NumberFact[] }> => {
      const reply =
        replyFigures(r.sentence, index.neighbour(r.sentence.id, 1), numbersOf) ??
        replyFigures(index.neighbour(r.sentence.id, -1) ?? r.sentence, r.sentence, numbersOf);
      const own = { score: r.score, sentence: r.sentence, numbers: numbersOf(r.sentence.id) ?? [] };
      if (!reply) return [own];
      const seen = replies.get(reply.sentence.id);
      if (!seen || seen.score < r.score) replies.set(reply.sentence.id, { score: r.score, ...reply });
      return reply.sentence.id === r.sentence.id ? [] : [own];
    },
  );
  readings.push(...replies.values());
  for (const r of readings) {
    // The figure must be of the asked kind and event, whatever it counts: "how many special forces did the
    // US want to send" is not answered by the troops Mexico deployed.
    const meets = meetsModifiers(r.sentence, asked, u, ctx);
    if (!meets && !partOf) continue;
    // "Florida in 2023" is not answered by what "in 2021, South Dakota … sent".
    if (saysOtherYear(r.sentence, u.years)) continue;
    const carries = carriesEvent(r.sentence, event, ctx);
    for (const n of r.numbers) {
      if (
        (n.qualifier === 'offset' && !(interval && givesInterval(interval, n, r.sentence.text))) ||
        (sizeOfPeople && !ctx.reader.countsPeople(n.countsLemma) && !AREA_UNIT.test(n.countsLemma)) ||
        (sizeOfPlace && !AREA_UNIT.test(n.countsLemma)) ||
        (thingsOnly && !refersToThings(n))
      )
        continue;
      if (negatedOne(n, r.sentence) || forOther(n, r.sentence)) continue;
      // "How much is DPS spending": a sum of money is what was spent, however the evidence says it ("cost").
      if (!carries && !(moneyVerb !== null && n.countsLemma === MONEY_LEMMA)) continue;
      const countsForms = new Set([n.countsLemma, ...ctx.reader.synonymsOf(n.countsLemma)]);
      // "Active-duty service members" says "servicemember", a synonym of troop.
      const joined = n.counts.toLowerCase().replace(/[\s-]+/g, '');
      const generic =
        headForms === null ||
        (moneyVerb !== null && n.countsLemma === MONEY_LEMMA && r.sentence.lemmas.includes(moneyVerb)) ||
        (!duration && ctx.reader.genericCounts.has(head ?? '')) ||
        r.sentence.mentions.some((m) => groups.has(m.entityId));
      const actedOn =
        !generic &&
        headForms !== null &&
        countsActedOn(n, r.sentence.lemmas, headForms, countingAct, (w) => ctx.reader.stem(w));
      const saysHead =
        !generic &&
        headForms !== null &&
        // "A 78-foot trawler" gives the trawler's size, not how far anything is.
        ([...headForms].some((f) => countsForms.has(f) || (!distance && joined.includes(f))) ||
          ([...nearHead].some((f) => countsForms.has(f)) && !countsByState(n, r.sentence.text, analyse)) ||
          (!duration && countsPeopleAsked(n, asked, headForms, ctx)) ||
          (head !== null && measuresOf(n, r.sentence, head)) ||
          (head !== null && muchOfPart && isAmount(n) && amountOf(n, r.sentence, head)) ||
          (head !== null && PEOPLE_WORDS.has(head) && ctx.reader.countsPeople(n.countsLemma)) ||
          (partOf && countsMembersNamed(asked, n.countsLemma, namePeople)) ||
          // "How many men did Trías have in the garrison": "a garrison of about 800" counts its members.
          (head !== null && countsWholeAsked(n, r.sentence, head, u.content, namePeople)) ||
          actedOn);
      // "How many kids…" is answered by "more than 2,300 children", "how many raiders attacked…" by "armed
      // men … attacked".
      const otherwise =
        !generic && !saysHead && !duration && head !== null
          ? countedOtherwise(head, n, {
              things: manyAsked,
              act: actTest ? () => saysAct(r.sentence) : null,
              countedAsAsked,
              synonyms: ctx.reader.synonymsOf(head),
              lemmas: r.sentence.lemmas,
              countsPeople: (l) => ctx.reader.countsPeople(l),
              wordnet: ctx.reader.data.wordnet,
            })
          : null;
      const named = meets && (generic || saysHead || otherwise !== null);
      if (!named && !partOf) continue;
      const countsWords = [...n.counts.toLowerCase().split(/[\s-]+/), ...whoseWords(n, r.sentence)];
      const extra = asked.filter(
        (a) => countsWords.some((w) => w.startsWith(a.slice(0, 5))) || (saysHead && a === head),
      ).length;
      const score =
        r.score *
        (1 + 0.3 * extra) *
        (n.qualifier === 'hundreds' || n.qualifier === 'thousands' ? 0.7 : 1) *
        (reportedThen(r.sentence) ? REPORTED_THEN : 1) *
        (pointedBack.has(r.sentence.id) ? POINTED_BACK : 1) *
        // "How much fentanyl": a quantity of it ("380 kilos of fentanyl") before a count of things near it.
        (muchOf && head !== null && measuresOf(n, r.sentence, head) ? MEASURE_FACTOR : 1) *
        (otherwise !== null ? SAID_OTHERWISE : 1) *
        (actedOn ? ACTED_ON : 1) *
        (befellUnasked(n, r.sentence) ? BEFELL_UNASKED : 1) *
        (!relativeAsked && countsRelative(n, r.sentence) ? RELATIVE : 1);
      const candidate = { n, score, sentence: r.sentence, saysHead: saysHead || otherwise === 'same' };
      // "The army denied reports that nine ranchers were wounded": shown only when nothing else answers, unbolded.
      if (figureDenied(r.sentence.text, n.text, analyse)) {
        if (named && (!denied || score > denied.score)) denied = candidate;
        continue;
      }
      if (!named) {
        if (!unnamed.best || score > unnamed.best.score) unnamed.best = candidate;
        if (actTest && (!unnamed.acting || score > unnamed.acting.score) && saysAct(r.sentence) === 'same')
          unnamed.acting = candidate;
        continue;
      }
      figures.push(candidate);
      if (!best || score > best.score) best = candidate;
      if (actTest && (!bestActing || score > bestActing.score) && saysAct(r.sentence) === 'same')
        bestActing = candidate;
      if (entailed && (!bestEntailed || score > bestEntailed.score) && saysEntailed(r.sentence))
        bestEntailed = candidate;
    }
  }
  // "How much cost the plate at the banquet?" (a Spanish question's word order), "how much of the woods…":
  // when no figure says what the question's words name, "how much" asks an amount, which the best-ranked
  // sentence giving one answers; the question's words must still be in its evidence (confidence). Not when
  // "how much" is asked with an auxiliary ("how much did the road cost", "how much was the wire"): the
  // tagger may read its verb as a noun, and a sum the evidence gives without that verb is another sum.
  if (!best && unnamed.best) ({ best, acting: bestActing } = unnamed);
  if (!best && !duration && HOW_MUCH.test(u.text) && !muchOfAVerb)
    best = amountFallback(ranked, u, ctx, saysAct);
  else if (best && saysAct(best.sentence) === 'no')
    // The asked act picks among figures: with none saying it, a figure of what is asked in a sentence naming
    // the one the question says did it, whose own clause tells of no other act ("how much did Richardson
    // commit" — "the governor pledged a further $1 million, for $1.75 million in all"), answers.
    best =
      bestActing ??
      bestEntailed ??
      (event
        ? actlessFigure(
            figures.filter((f) => f.sentence.mentions.some((m) => event.agents.includes(m.entityId))),
            (text) => ctx.reader.analyse(text).tokens,
          )
        : null);
  // "How much was there?" after what was found aboard a boat: a follow-up naming nothing asks the amount the
  // passage the last answer showed goes on to give.
  const passage = !best && borrowed && HOW_MUCH.test(u.text) ? passageAmount(ctx) : null;
  if (passage) return passage;
  // "How long did the shooting go on?" — "The fight lasted about three hours.": a verb of lasting giving a span
  // of what the question names answers before any figure in the unit asked.
  const lasted =
    duration && !distance && interval === null
      ? answerLasted(
          u,
          ctx,
          ranked.slice(0, LASTED_RANKS).map((r) => r.sentence.id),
        )
      : null;
  if (lasted && (!best || lasted.confidence >= MIN_CONFIDENCE)) return lasted;
  const deniedOnly = !best && denied !== null;
  best ??= denied;
  if (!best) return null;
  // The figure says what the question counts, in whatever words: "About 360 Guard members" answers "how
  // many guard troops", "75 service members" "how many troops".
  // "How much is DPS spending": a sum of money answers the verb it is asked of, whatever verb the evidence
  // says it with ("had cost the state about $1.3 million a week").
  const spent = best.n.countsLemma === MONEY_LEMMA && muchOfAVerb ? verbAsked(u) : null;
  // "What price tag did the military put on…": a sum of money is the price asked, in whatever words.
  const priced = best.n.countsLemma === MONEY_LEMMA ? priceWords(u) : [];
  const said = [...(best.saysHead && head ? [head] : []), ...(spent ? [spent] : []), ...priced];
  const measured =
    said.length > 0 ? { ...best.sentence, lemmas: [...best.sentence.lemmas, ...said] } : best.sentence;
  // "And in 2019?" after "how many troops did DHS want in 2018": a follow-up naming only a year asks the
  // last count of that year, whoever gave it; the evidence is measured by what it counts, not by who.
  const yearOnly = borrowed !== null && u.years.length > 0 && YEAR_ONLY.test(u.text);
  const counted = new Set([best.n.countsLemma, ...ctx.reader.synonymsOf(best.n.countsLemma)]);
  const ofYear =
    reportedThen(best.sentence) ||
    [...best.sentence.text.matchAll(YEAR_IN_TEXT)].some((m) => u.years.includes(Number(m[0])));
  // "Some three hundred people were in it": the sentence before names what "it" stands for (the procession).
  // It is shown with the figure's, and lends the nouns and names of its subject.
  const before = yearOnly ? null : index.neighbour(best.sentence.id, -1);
  const beforeTokens = before ? ctx.reader.analyse(before.text).tokens : [];
  const pronounBefore = referredBack(
    best.sentence,
    ctx.reader.analyse(best.sentence.text).tokens,
    before,
    beforeTokens,
  );
  const alone = yearOnly
    ? ofYear
      ? confidenceOf({ ...u, content: borrowed.filter((w) => counted.has(w)) }, ctx, [measured], [])
      : 0
    : confidenceOf({ ...u, content: own }, ctx, [measured]);
  const lent = pronounBefore
    ? confidenceOf({ ...u, content: own }, ctx, [namedIn(pronounBefore, beforeTokens), measured])
    : 0;
  const pointedTo = pronounBefore;
  const confidence = Math.max(lent, alone);
  // "How long have the protesters been camped?" — "a 34-year-old teacher who has spent most nights since Dec.
  // 3 at the camp": an age is no other span, though it counts years.
  const ageForSpan = duration && !asksAge(u.text) && givesAge(best.sentence.text, best.n.text);
  // "And how old was he?" — "he died fifty-six years to the day after the battle": a person's age is no span
  // between two events, though it counts years.
  const asksPerson =
    u.pronoun === 'male' ||
    u.pronoun === 'female' ||
    u.entities.some((id) => index.entities.get(id)?.type === 'person');
  if (asksAge(u.text) && asksPerson && !givesAge(best.sentence.text, best.n.text)) return null;
  const direct = deniedOnly || ageForSpan ? null : figureHeadline(best.n, best.sentence);
  const source = index.sources.get(best.sentence.sourceId);
  return {
    answeredAs: 'count',
    confidence,
    direct,
    lead: null,
    evidence: [sentenceEvidence(best.sentence), ...(pointedTo ? [sentenceEvidence(pointedTo)] : [])],
    lines: [],
    focus: best.sentence.mentions.map((m) => m.entityId),
    ...(source && direct !== null ? { figure: figureOf(best.n, direct, source) } : {}),
  };
}

/** A number fact as a comparison's picture shows it, labelled by what it counts until a side relabels it. */
export function figureOf(n: NumberFact, text: string, source: Source): ChartFigure {
  return {
    label: n.counts || text,
    value: n.value,
    high: n.high,
    text,
    sourceId: source.id,
    outlet: source.outlet,
    published: source.published,
  };
}

/**
 * The coverage's words nearest in meaning to a counted noun it never uses, and their synonyms: what a figure
 * may count for the question's noun said in other words ("households" → "family"). Empty for a noun the
 * coverage uses: its figures say it as asked.
 */
function countedInOtherWords(head: string, ctx: Pick<Context, 'reader'>): Set<string> {
  return new Set(ctx.reader.nearCoverageWords(head).flatMap((w) => [w, ...ctx.reader.synonymsOf(w)]));
}
