/**
 * Comparisons: "did López Obrador and his defence minister agree?", "2018 vs 2025", "compare what Brewer and
 * McCain said". The question is answered once per side — each person's own words on the topic, or the
 * topic in each year — and a sentence that names both sides comes first, since that is where a report says
 * whether they agree. When that sentence says they are at odds, the answer says so, in its words.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { MIN_CONFIDENCE, quoteEvidence, sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { rankSentences } from './retrieval.ts';
import { samePerson } from './compare-people.ts';
import { describedAfterLeadIn, quotationGoingOn, quotedAfterLeadIn } from './compare-lead-in.ts';
import { namedIn, oddsLeadingEach, PRONOUN, sharedTerms } from './compare-odds-lead.ts';
import { escapeMarkdown, formatDate } from './text.ts';
import type { AnswerChart, AnswerIntent, ChartFigure, ChartStance, Evidence } from './types.ts';
import type { Understanding } from './understand.ts';
import type { Side } from './comparison-sides.ts';

/** A comparison of sizes: each side is asked how many. */
export const MAGNITUDE = /\b(bigger|smaller|larger|more|fewer|how many|how much|number|size)\b/i;
/** A comparison of what people said: each side is asked for their own words. */
export const STANCE =
  /\b(say|said|says|stance|view|views|position|agree\w*|disagree\w*|differ\w*|contradict\w*|think|thought|see|saw|sees|same way|who said what)\b/i;
/**
 * Words of a sentence that reports a disagreement, agreement denied among them ("Mr. Pettibone does not quite
 * agree.", "the old soldiers never agreed"), but not an agreement to do something ("did not agree to pay"),
 * an agreement made stronger ("I couldn't agree more") or one among more ("He not only agreed with Boggs").
 */
export const AT_ODDS =
  /\b(?:conflict\w*|contradict\w*|at odds|disagree\w*|dispute\w*|clash\w*|collision|differ\w*|rejected|rebuffed)\b|(?:\bnot|\bnever|n['’]t)\s+(?:(?!only\b)\w+\s+)?agree[ds]?\b(?!\s+to\b)(?!\s+more\b)/i;
/** How much a report sentence with a figure is favoured over one without, in place of a side's headline. */
const FIGURE_BOOST = 1.5;
/** A side's picture shows the first of its words the text shows that has this many words ("Yes" says little alone). */
const MIN_STANCE_WORDS = 5;
/** Passages shown of each side's own answer, and one more that goes on from one of them. */
const SIDE_EVIDENCE = 2;
/** Longest shown sentence read as announcing what the next one tells ("The reaction … was immediate."). */
const MAX_ANNOUNCING_WORDS = 10;

/**
 * Answers each side with `answerSide` and joins them: a sentence naming every side first (where the report
 * says whether they agree), then each side's evidence. `null` when no side is answered.
 */
export function answerComparison(
  u: Understanding,
  index: KnowledgeIndex,
  sides: readonly Side[],
  answerSide: (side: Side) => Draft | null,
): Draft | null {
  const people = sides.map((s) => s.entityId).filter((id): id is string => id !== null);
  const drafts = sides.map((side) => ({
    side,
    draft: ownDraft(index, answerSide(side), side.entityId, people),
  }));
  const answered = drafts.filter(
    (d): d is { side: Side; draft: Draft } =>
      d.draft !== null && d.draft.confidence >= MIN_CONFIDENCE && d.draft.evidence.length > 0,
  );
  if (answered.length === 0) return null;
  const bridge =
    new Set(people).size >= 2
      ? rankSentences(index, u.terms, { requireEntities: people, limit: 5 }).find((r) =>
          people.every((id) => r.sentence.mentions.some((m) => m.entityId === id)),
        )?.sentence
      : undefined;
  const bridgeAtOdds = bridge !== undefined && oddsBetween(index, bridge, people);
  const disagreement = bridgeAtOdds ? null : atOddsPassage(index, u, people);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const push = (e: Evidence) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    // A quotation shown stands for its sentence: the sentence again would repeat the words.
    if (e.kind === 'quote') for (const id of index.quoteById.get(e.id)?.sentenceIds ?? []) seen.add(id);
    evidence.push(e);
  };
  if (disagreement)
    for (const s of disagreement) {
      // A compared person's quotation is shown as theirs, once, not again as the sentence it stands in.
      const own = (index.quotesBySentence.get(s.id) ?? []).find(
        (q) => q.speakerId !== null && people.includes(q.speakerId),
      );
      const shown = own ? quoteEvidence(index, own) : sentenceEvidence(s);
      push(shown);
      // "Mr. Pettibone does not quite agree. 'The Ninth wore him down,' he said.": what he holds instead.
      const words = quotedAfterLeadIn(index, shown, people);
      if (words) push(words);
    }
  else if (bridge) {
    const shown = sentenceEvidence(bridge);
    push(shown);
    const words = quotedAfterLeadIn(index, shown, people);
    if (words) push(words);
  }
  for (const { side, draft } of answered) {
    // "He sees it differently from Dr. Pettibone.": lines the passage above already shows are not this side's
    // lines again; the side shows its next ones, which say what it holds.
    const unshown = draft.evidence.filter((e) => !seen.has(e.id));
    for (const e of reported(index, u, sideShown(index, unshown.length > 0 ? unshown : draft.evidence))) {
      push(e);
      const more =
        quotationGoingOn(index, e) ??
        quotedAfterLeadIn(index, e, people) ??
        (side.entityId === null ? describedAfterLeadIn(index, e) : null);
      if (more) push(more);
    }
  }
  const missing = drafts.filter((d) => !answered.includes(d as { side: Side; draft: Draft }));
  const label = (s: Side) => {
    const source = s.sourceId ? index.sources.get(s.sourceId) : undefined;
    if (source) return `${source.outlet}, ${formatDate(source.published)}`;
    if (s.label !== undefined) return s.label;
    return [s.entityId ? (index.entities.get(s.entityId)?.name ?? s.entityId) : null, s.year]
      .filter((x) => x !== null)
      .join(' in ');
  };
  const lines = missing.map((d) => `The coverage doesn't say for ${escapeMarkdown(label(d.side))}.`);
  const atOdds = disagreement !== null || bridgeAtOdds;
  const intent: AnswerIntent = answered[0]?.draft.answeredAs ?? 'what';
  const directs = answered
    .map((d) => (d.draft.direct ? `${label(d.side)}: ${d.draft.direct}` : null))
    .filter((x): x is string => x !== null);
  return {
    answeredAs: intent,
    confidence: Math.min(...answered.map((d) => d.draft.confidence)),
    direct: directs.length === answered.length && directs.length >= 2 ? directs.join('; ') : null,
    lead: atOdds
      ? 'They are at odds, as the coverage reports:'
      : `Side by side — ${sides.map(label).join(' and ')}:`,
    evidence,
    lines,
    focus: [...people, ...answered.flatMap((d) => d.draft.focus)],
    ...chartOf(
      index,
      answered.map((d) => ({ label: label(d.side), draft: d.draft, person: d.side.entityId !== null })),
      atOdds,
    ),
  };
}

/**
 * The passages a side shows: its first {@link SIDE_EVIDENCE}, and the next of its answer when that is the
 * sentence after a short one of them ("The reaction in Mexico City was immediate." — "The Foreign Relations
 * Secretariat called the decision…"), which goes on with what the shown one only announces.
 */
function sideShown(index: KnowledgeIndex, evidence: readonly Evidence[]): Evidence[] {
  const shown = evidence.slice(0, SIDE_EVIDENCE);
  const next = evidence[SIDE_EVIDENCE];
  const goesOn =
    next !== undefined &&
    next.kind === 'sentence' &&
    shown.some(
      (e) =>
        e.kind === 'sentence' &&
        e.text.split(/\s+/).length <= MAX_ANNOUNCING_WORDS &&
        index.neighbour(e.id, 1)?.id === next.id,
    );
  return goesOn ? [...shown, next] : shown;
}

/**
 * A person side's draft with only the evidence that is theirs: not another compared person's quotation, nor a
 * sentence about another of them that does not name this one ("I was eighteen and I had never seen a palm
 * tree," said of one brother, is not the other's memory). `null` when none of it is theirs; a side that is no
 * person is left as it is.
 */
function ownDraft(
  index: KnowledgeIndex,
  draft: Draft | null,
  own: string | null,
  people: readonly string[],
): Draft | null {
  if (!draft || !own) return draft;
  const others = people.filter((id) => !samePerson(index, id, own));
  if (others.length === 0) return draft;
  const isOther = (id: string | null | undefined) =>
    id != null && others.some((o) => samePerson(index, o, id));
  const isOwn = (id: string | null | undefined) => id != null && samePerson(index, own, id);
  const theirs = (e: Evidence) => {
    if (e.kind === 'quote') return !isOther(index.quoteById.get(e.id)?.speakerId);
    const sentence = index.sentence(e.id);
    const speakers = (index.quotesBySentence.get(e.id) ?? []).map((q) => q.speakerId);
    if (speakers.some(isOther) && !speakers.some(isOwn)) return false;
    const named = sentence?.mentions.filter((m) => !PRONOUN.test(m.text)).map((m) => m.entityId) ?? [];
    return !(named.some(isOther) && !named.some(isOwn) && !speakers.some(isOwn));
  };
  const evidence = draft.evidence.filter(theirs);
  return evidence.length > 0 ? { ...draft, evidence } : null;
}

/**
 * True when a sentence naming the compared people says the two of them are at odds: a word of conflict with
 * one of them the nearest person named before it and the other the nearest after ("The comments from López
 * Obrador come in direct conflict with comments from his own defence minister"), so the conflict is not
 * between one of them and someone else the sentence names ("…as Mexico faces pressure from Donald Trump").
 */
function oddsBetween(index: KnowledgeIndex, sentence: Sentence, people: readonly string[]): boolean {
  const m = AT_ODDS.exec(sentence.text);
  if (!m) return false;
  const persons = sentence.mentions
    .filter((x) => index.entities.get(x.entityId)?.type === 'person' && !PRONOUN.test(x.text))
    .map((x) => ({ id: x.entityId, at: sentence.text.indexOf(x.text) }))
    .filter((x) => x.at >= 0);
  const before = persons.filter((x) => x.at < m.index).sort((a, b) => b.at - a.at)[0];
  const after = persons.filter((x) => x.at > m.index).sort((a, b) => a.at - b.at)[0];
  return (
    before !== undefined &&
    after !== undefined &&
    before.id !== after.id &&
    people.includes(before.id) &&
    people.includes(after.id)
  );
}

/** Sentences of the compared people's articles looked at for one answering another. */
const ANSWERED_BACK_POOL = 20;

/**
 * Where the coverage says one compared person disagreed with another in the sentence after the other's
 * view ("…Delgado… said the flights look like routine intelligence work. Treviño disagreed, saying…"): the
 * two sentences, or `null` when it does not.
 */
function answeredBack(index: KnowledgeIndex, u: Understanding, people: readonly string[]): Sentence[] | null {
  if (new Set(people).size < 2) return null;
  // "His daughter, Mariana Loera, … saw it differently": "his" points to the other, it does not name him.
  const names = (s: Sentence) => namedIn(s, people);
  // The sentence before may be the other's quotation alone, its "Valles said" a sentence earlier.
  const speaks = (s: Sentence) =>
    people.filter(
      (id) =>
        s.mentions.some((m) => m.entityId === id) ||
        (index.quotesBySentence.get(s.id) ?? []).some((q) => q.speakerId === id),
    );
  for (const r of rankSentences(index, u.terms, { requireEntities: people, limit: ANSWERED_BACK_POOL })) {
    const said = names(r.sentence);
    if (!AT_ODDS.test(r.sentence.text) || said.length !== 1) continue;
    const before = index.neighbour(r.sentence.id, -1);
    if (before && speaks(before).some((id) => !said.includes(id))) return [before, r.sentence];
  }
  return null;
}

/**
 * Where the coverage says the compared people are at odds: one answering another back ({@link answeredBack}),
 * or a sentence of disagreement naming neither that each then follows ({@link oddsLeadingEach}), whichever
 * shares more of the question's words (the first when they share as many); `null` when neither is found.
 */
function atOddsPassage(
  index: KnowledgeIndex,
  u: Understanding,
  people: readonly string[],
): Sentence[] | null {
  const back = answeredBack(index, u, people);
  const lead = oddsLeadingEach(index, u.terms, people, AT_ODDS);
  if (!back || !lead) return back ?? lead;
  return sharedTerms(u.terms, lead) > sharedTerms(u.terms, back) ? lead : back;
}

/**
 * A side's evidence with a bare headline ("US may send troops to border with Mexico") replaced by the
 * article's report sentence that tells the headline's news in full, on the question's topic: a headline
 * says what happened in a few words, the report says how many, who and why, which is what is set side by
 * side.
 */
function reported(index: KnowledgeIndex, u: Understanding, shown: readonly Evidence[]): Evidence[] {
  return shown.map((e) => {
    const headline = e.kind === 'sentence' ? index.sentence(e.id) : undefined;
    if (headline?.kind !== 'headline') return e;
    const terms = new Map(u.terms);
    for (const l of headline.lemmas) terms.set(l, (terms.get(l) ?? 0) + 1);
    const report = rankSentences(index, terms, {
      onlySources: [e.sourceId],
      limit: 5,
      boost: (s) => (s.nerEntities.some((n) => n.type === 'CARDINAL') ? FIGURE_BOOST : 1),
    }).find((r) => r.sentence.kind === 'report' && !shown.some((x) => x.id === r.sentence.id))?.sentence;
    return report ? sentenceEvidence(report) : e;
  });
}

/**
 * A comparison's picture: each side's figure when every side gives one, else each person's first words
 * when every side is a person or body; nothing for fewer than two sides.
 */
function chartOf(
  index: KnowledgeIndex,
  sides: ReadonlyArray<{ label: string; draft: Draft; person: boolean }>,
  atOdds: boolean,
): { chart: AnswerChart } | Record<string, never> {
  if (sides.length < 2) return {};
  const figures = figuresOf(sides);
  if (figures) return { chart: { kind: 'figures', figures } };
  if (!sides.every((s) => s.person)) return {};
  const stances: ChartStance[] = [];
  for (const { label, draft } of sides) {
    const shown = draft.evidence.slice(0, 2);
    const e = shown.find((x) => x.text.split(/\s+/).length >= MIN_STANCE_WORDS) ?? shown[0];
    const source = e ? index.sources.get(e.sourceId) : undefined;
    if (!e || !source) return {};
    stances.push({
      label,
      text: e.text,
      sourceId: source.id,
      outlet: source.outlet,
      published: source.published,
    });
  }
  return { chart: { kind: 'stances', stances, atOdds } };
}

/** Each side's figure under the side's label, or `null` unless every side has one. */
export function figuresOf(sides: ReadonlyArray<{ label: string; draft: Draft }>): ChartFigure[] | null {
  const figures = sides.map((s) => (s.draft.figure ? { ...s.draft.figure, label: s.label } : null));
  return figures.every((f): f is ChartFigure => f !== null) ? figures : null;
}

/** What each side is asked: how many for a comparison of sizes, their words for one of stances. */
export function sideIntent(
  u: Understanding,
  side: Side,
  index: KnowledgeIndex,
  intent: AnswerIntent,
  comparisonWords: ReadonlySet<string>,
): AnswerIntent {
  // "What reason was given for more troops in 2018 and in 2025?" asks why, whatever "more" says.
  if (intent === 'why') return 'why';
  if (MAGNITUDE.test(u.text)) return 'count';
  const quoted = side.entityId !== null && index.speakerQuotes.has(side.entityId);
  if (quoted && (STANCE.test(u.text) || (intent === 'what' && asksNoAction(u, comparisonWords))))
    return 'quote';
  return intent === 'who' ? 'what' : intent;
}

/**
 * True when a question asks no action of its own, only words of comparing ("Brewer vs McCain on the troops?",
 * "compare the mayor and the colonel on the wire"): set against each other, quoted people are asked where
 * they stand, which is what they said.
 */
function asksNoAction(u: Understanding, comparisonWords: ReadonlySet<string>): boolean {
  return u.predicates.every((p) => comparisonWords.has(p));
}
