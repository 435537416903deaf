/**
 * Who-questions: who someone is (their role in the coverage and the sentence that introduces them), and who
 * did something — the entity that fills the asked role in the evidence ("a request from X", "led by X",
 * "X said"), never merely the nearest name (who-agent.ts). When no entity fills it, the evidence is shown
 * without a headline: a wrong name in bold is worse than none.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { asksLeader } from './who-predicates.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { ENTITY_TERM } from './knowledge-index.ts';
import { askedHead, askedNounPhrase, describingHead, namedBy } from './asked-person.ts';
import { titledAnswer } from './head-unmet.ts';
import { sentenceNamingActor, sentenceNamingSomeone } from './naming-sentence.ts';
import { unlistedNames } from './unlisted-names.ts';
import { personByContext } from './person-context.ts';
import { speakerOfParaphrase } from './paraphrased-speaker.ts';
import { personSaidToBe } from './said-of.ts';
import { personByDescription } from './who-described.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import { askerOfQuestion, creditOfLastAnswer, speakerOfLastWords, speakerOfQuotedWords } from './speakers.ts';
import type { Understanding } from './understand.ts';
import { ARTICLE_NOUNS } from './text.ts';
import { wordIndexOf } from './words.ts';
import { byTenure, profile } from './who-profile.ts';
import { chooseAgent, readWhoAsked, UNDER, type ChosenAgent, type WhoAsked } from './who-agent.ts';

/** Words pointing to a source: "in that Gatekeeper interview", "from the DW piece". */
const SOURCE_POINTER = new RegExp(
  String.raw`\b(?:in|from|on)\s+(?:that|the|this)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:${ARTICLE_NOUNS}|segment)s?\b`,
  'iu',
);

/** Who did something, or who someone is. */
export function answerWho(u: Understanding, ctx: Context, focus: readonly string[]): Draft | null {
  const draft = answerWhoAsWritten(u, ctx, focus);
  // "Who described people … as being caught in the middle?": a saying reported in other words.
  if (draft && draft.confidence >= MIN_CONFIDENCE) return draft;
  return speakerOfParaphrase(u, ctx) ?? draft;
}

/** A who-question answered from its own words: a speaker, a profile, or the agent of the asked act. */
function answerWhoAsWritten(u: Understanding, ctx: Context, focus: readonly string[]): Draft | null {
  const { index } = ctx;
  const speaker =
    speakerOfLastWords(u, ctx) ??
    creditOfLastAnswer(u, ctx) ??
    speakerOfQuotedWords(u, ctx) ??
    askerOfQuestion(u, ctx);
  if (speaker) return speaker;
  // "Who was she talking to?" asks for someone else: a verb after "who was" is no profile.
  const asksAboutAction = u.analysis.tokens.slice(2).some((t) => t.pos === 'VERB');
  const isProfile =
    /^(who|what)('s|\s+(is|was|are|were))\b/i.test(u.text) &&
    !asksAboutAction &&
    (u.entities.length > 0 || focus.length > 0);
  // "The defense secretary in that Heraldo story": an office asked of an article is its holder there.
  const named = [
    ...new Set((u.entities.length > 0 ? u.entities : [...focus]).map((id) => heldInOutlet(u, ctx, id) ?? id)),
  ];
  if (isProfile && asksNothingBeyondNames(u, ctx, named)) {
    const held = byTenure(u, ctx, named);
    const d = held ? profile(u, ctx, held.ids, held.tenures) : profile(u, ctx, named);
    return d ? { ...d, answeredAs: /^what/i.test(u.text) ? 'what' : 'who' } : null;
  }
  const kindWords = new Set(
    u.whoKinds ? Object.keys(ctx.reader.data.intents.whoKinds).flatMap((k) => k.split(' ')) : [],
  );
  const terms = new Map([...u.terms].filter(([t]) => !kindWords.has(t)));
  const ranked = rankSentences(index, terms, rankOptions(u, ctx, { limit: 5 }));
  const best = ranked[0];
  if (!best) return null;
  const w = readWhoAsked(u, ctx);
  const chosen = chooseAgent(ranked, best, terms, w, u, ctx);
  // "Who ran the general store?": someone the article calls by the thing asked of is who is asked for, over a
  // neighbour in the same article whose sentence only shares the verb ("his brother, who runs the freight
  // wagons"). Another article's description is another story: the verb's agent stands.
  const called = chosen ? personByDescription(u, ctx, w.isCandidate, chosen.sentence) : null;
  if (
    called &&
    chosen &&
    called.focus[0] !== chosen.agent &&
    called.evidence[0]?.sourceId === chosen.sentence.sourceId
  )
    return called;
  if (chosen) return agentDraft(chosen, ctx);
  const byDescription = describedPerson(u, ctx, ranked, w, asksAboutAction);
  if (byDescription !== undefined) return byDescription;
  return shownNaming(u, ctx, ranked, best, terms, w);
}

/** The answer naming the agent chosen, or the sentence it was looked for in. */
function agentDraft(chosen: ChosenAgent, ctx: Context): Draft {
  return {
    answeredAs: 'who',
    confidence: chosen.confidence,
    direct: chosen.agent ? (ctx.index.entities.get(chosen.agent)?.name ?? null) : null,
    lead: null,
    evidence: [sentenceEvidence(chosen.sentence)],
    lines: [],
    // As when no one fills the role (below): what the shown sentence names, for a follow-up to point back to.
    focus: chosen.agent
      ? [chosen.agent]
      : chosen.within
        ? [chosen.within]
        : chosen.sentence.mentions.map((m) => m.entityId),
  };
}

/**
 * "Who's Dale Whitcomb in that Gatekeeper interview?": a profile question asks nothing but who those named are
 * when its content words are all their names, roles, words pointing to a source (which say where, not what),
 * countries or years.
 */
function asksNothingBeyondNames(u: Understanding, ctx: Context, named: readonly string[]): boolean {
  const { index } = ctx;
  const nameWords = new Set(
    named
      .flatMap((id) => [
        ...(index.entities.get(id)?.aliases ?? []),
        ...(index.entities.get(id)?.roles.flatMap((r) => r.phrases) ?? []),
      ])
      .join(' ')
      .toLowerCase()
      .split(/[\s']+/)
      // "capt lebo": a title's abbreviation is asked with or without its full stop.
      .flatMap((w) => (w.endsWith('.') ? [w, w.slice(0, -1)] : [w])),
  );
  const at = SOURCE_POINTER.exec(u.analysis.text);
  const pointer = new Set(
    at
      ? u.analysis.tokens
          .filter((t) => t.start >= at.index && t.end <= at.index + at[0].length)
          .flatMap((t) => [t.lemma, t.normal])
      : [],
  );
  return !u.content.some(
    (l) =>
      !/^(be|is|was|are|were)$/.test(l) &&
      !nameWords.has(l) &&
      !pointer.has(l) &&
      !/^(mexico|mexican|us|american|\d{4})$/.test(l),
  );
}

/**
 * "Who was the lady at the ceremony with the shoebox?", "the Minuteman guy who gave Bush a deadline": a person
 * asked for by what the question says of them, when no sentence names them doing the asked thing. `undefined`
 * when the question says nothing of them; `null` when what it says names no one who answers.
 */
function describedPerson(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  w: WhoAsked,
  asksAboutAction: boolean,
): Draft | null | undefined {
  const { index } = ctx;
  const head = asksAboutAction ? (w.person?.noun ?? null) : askedHead(u, ctx);
  // One the question names only by what they are (the reader's reading of "the lady at the festival") is
  // who it asks for, not someone it asks about.
  const unnamed = (id: string) =>
    u.entities.includes(id) &&
    index.entities.get(id)?.type === 'person' &&
    !(index.entities.get(id)?.aliases ?? []).some((a) => u.text.toLowerCase().includes(a.toLowerCase()));
  const described = head
    ? personByContext(u, ctx, ranked, (id) => w.isCandidate(id) || unnamed(id), head)
    : null;
  // "Who was the judge at the second trial?": when the one the question's words point to is someone the
  // coverage never calls a judge, it names no judge of that trial; a name from the sentence alone is no answer.
  if (described) return titledAnswer(ctx, described, head) ? described : null;
  // "Who was the pilot dropping bombs on Naco?": a noun of the question's own, said of someone otherwise.
  const ownHead = head ? null : describingHead(u);
  const saidToBe = ownHead
    ? personSaidToBe(u, ctx, ranked, (id) => w.isCandidate(id) || unnamed(id), ownHead)
    : null;
  return saidToBe ?? undefined;
}

/**
 * With no one filling the asked role: the sentence that names someone who could be meant, shown with a name
 * in bold only when nothing else could be meant (no verb was asked, and it names one candidate).
 */
function shownNaming(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  best: Ranked,
  terms: ReadonlyMap<string, number>,
  w: WhoAsked,
): Draft {
  const { index } = ctx;
  const { asked, fills } = w;
  const candidatesIn = (sentence: Sentence) =>
    new Set(sentence.mentions.map((m) => m.entityId).filter(fills(sentence))).size;
  // "Who sided with her?": a follow-up asks for someone besides the one it points back to. In a sentence the
  // last answer showed, that may be someone named there only once, with no entity of their own ("with Simón
  // Berthold as his second in command").
  const lastShown = new Set(ctx.conversation.lastEvidence);
  const namesSomeone = (s: Sentence) =>
    candidatesIn(s) > 0 ||
    (lastShown.has(s.id) &&
      unlistedNames(s, ctx.reader.analyse(s.text), (x) => ctx.reader.isEnglishWord(x)).length > 0);
  // A sentence says the asked act in its verb or a synonym, or, for "who led…", whom a body was "under".
  const actForms = new Set(asked.flatMap((a) => [a, ...ctx.reader.synonymsOf(a)]));
  const saysAct = (s: Sentence) =>
    asked.length > 0 && (s.lemmas.some((l) => actForms.has(l)) || (asksLeader(asked) && UNDER.test(s.text)));
  const shown = ctx.followup
    ? (sentenceNamingSomeone(ranked, namesSomeone, (s) => index.neighbour(s.id, -1)) ?? best.sentence)
    : (actorInArticle(u, ctx, terms, best.sentence, namesSomeone, saysAct) ?? best.sentence);
  let answerId = nearestCandidate(shown, fills(shown), u);
  const evidenceSentences: Sentence[] = [shown];
  if (!answerId) {
    const previous = index.neighbour(shown.id, -1);
    if (previous) {
      answerId = nearestCandidate(previous, fills(previous), u);
      if (answerId) evidenceSentences.unshift(previous);
    }
  }
  const confidence = confidenceOf(u, ctx, [shown]);
  return {
    answeredAs: 'who',
    confidence,
    direct:
      asked.length === 0 && answerId && candidatesIn(shown) === 1
        ? (index.entities.get(answerId)?.name ?? null)
        : null,
    lead: null,
    evidence: evidenceSentences.map(sentenceEvidence),
    lines: [],
    focus: answerId ? [answerId] : shown.mentions.map((m) => m.entityId),
  };
}

/** The candidate a sentence names nearest the question's words in it, or null. */
function nearestCandidate(s: Sentence, fit: (id: string) => boolean, u: Understanding): string | null {
  const candidates = s.mentions.filter((m) => fit(m.entityId));
  if (candidates.length === 0) return null;
  // Each candidate's place is read once by its words (a sentence naming one person thousands of times has
  // thousands of mentions of the same words), and distances once per candidate, not per comparison of the sort.
  const places = new Map<string, number>();
  const at = (m: { text: string }) => {
    let place = places.get(m.text);
    if (place === undefined) places.set(m.text, (place = wordIndexOf(s.text, m.text)));
    return place;
  };
  const anchors = [...u.terms.keys()]
    .filter((t) => !t.startsWith(ENTITY_TERM) && t.length > 3)
    .map((t) => wordIndexOf(s.text, t.slice(0, Math.max(4, t.length - 2))))
    .filter((i) => i >= 0);
  const distance = (m: { text: string }) =>
    anchors.length === 0 ? at(m) : Math.min(...anchors.map((a) => Math.abs(a - at(m))));
  let nearest: { entityId: string; distance: number } | null = null;
  for (const m of candidates) {
    const d = distance(m);
    if (nearest === null || d < nearest.distance) nearest = { entityId: m.entityId, distance: d };
  }
  return nearest?.entityId ?? null;
}

/**
 * The person the articles a question names by outlet call by the office the question asks for, when the
 * entity the question's words resolved to (`id`, another holder of a like office) is not in them: "the
 * defense secretary in that Heraldo story" is Mexico's, not Mattis. `null` when `id` is in them or none fits.
 */
function heldInOutlet(u: Understanding, ctx: Context, id: string): string | null {
  const { index } = ctx;
  const positions = u.outletSourceIds
    .map((s) => index.sourcePosition.get(s))
    .filter((p): p is number => p !== undefined);
  if (positions.length === 0 || positions.some((p) => index.entitySources.get(id)?.has(p))) return null;
  const words = askedNounPhrase(u);
  if (words.size === 0) return null;
  const fits = [...index.entities.values()].filter(
    (e) =>
      e.type === 'person' &&
      e.id !== id &&
      positions.some((p) => index.entitySources.get(e.id)?.has(p)) &&
      namedBy(e, words, true),
  );
  return fits.length === 1 ? (fits[0]?.id ?? null) : null;
}

/**
 * Sentences of the best sentence's article searched for one naming who did the asked act, when the best names
 * no one who could be meant (see {@link sentenceNamingActor}). 10 as the role search's pool (ROLE_CANDIDATES).
 */
const ACTOR_POOL = 10;

/**
 * For a who-question (not a follow-up) whose best-ranked sentence names no one who could be meant, nor the
 * sentence it points back to: the best-ranked sentence of the same article that names someone and says the
 * asked act, when it covers more of the question. `null` to keep the best.
 */
function actorInArticle(
  u: Understanding,
  ctx: Context,
  terms: ReadonlyMap<string, number>,
  best: Sentence,
  namesSomeone: (s: Sentence) => boolean,
  saysAct: (s: Sentence) => boolean,
): Sentence | null {
  const { index } = ctx;
  const prior = index.leansOn(best.id);
  if (namesSomeone(best) || (prior !== null && namesSomeone(prior))) return null;
  const pool = rankSentences(
    index,
    terms,
    rankOptions(u, ctx, { limit: ACTOR_POOL, onlySources: [best.sourceId] }),
  );
  const isPerson = (id: string) => index.entities.get(id)?.type === 'person';
  return sentenceNamingActor(pool, best, {
    names: (s) => s.mentions.some((m) => isPerson(m.entityId)) && namesSomeone(s) && saysAct(s),
    coverage: (s) => confidenceOf(u, ctx, [s]),
    floor: MIN_CONFIDENCE,
  });
}
