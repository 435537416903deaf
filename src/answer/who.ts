/**
 * Who-questions: who someone is (their role in the coverage and the sentence that introduces them), and who
 * did something — the entity that fills the asked role in the evidence ("a request from X", "led by X",
 * "X said"), never merely the nearest name. When no entity fills it, the evidence is shown without a
 * headline: a wrong name in bold is worse than none.
 */
import { agentNounFormsOf, namesDoerOf } from './agent-noun.ts';
import type { Sentence } from '../knowledge/schema.ts';
import { askedRole, roleOwnersIn } from './role-owner.ts';
import { BODY_KIND_STEPS, modifiersBefore, type AskedBody } from './body-leader.ts';
import {
  agentIn,
  askedPredicates,
  asksLeader,
  namesBodyIn,
  leaderUnderIn,
  possessorIn,
  RESPONDING,
} from './agent.ts';
import { answeredInNextSentence } from './answered-turn.ts';
import { asksPatient, patientIn } from './patient.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { ENTITY_TERM } from './knowledge-index.ts';
import {
  askedHead,
  askedNounPhrase,
  describingHead,
  askedPerson,
  fitsPerson,
  namedBy,
} from './asked-person.ts';
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
import { withSingular } from '../nlp/singular.ts';
import { byTenure, profile } from './who-profile.ts';

/** Words pointing to a source: "in that Gatekeeper interview", "from the DW piece". */
const SOURCE_POINTER = new RegExp(
  String.raw`\b(?:in|from|on)\s+(?:that|the|this)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:${ARTICLE_NOUNS}|segment)s?\b`,
  'iu',
);

/** Ranked sentences below this share of the best one's score are not searched for the asked role. */
const AGENT_SCORE_SHARE = 0.5;
/**
 * Sentences of the best article searched again for the asked role, ranked with the asked verb in full. At 5
 * two dev questions were lost (new-articles-4 and -7) and one test; 10 and 20 measured alike (npm run eval).
 */
const ROLE_CANDIDATES = 10;
/**
 * Sentences of that article searched for whom the asked body was "under", for "who led…", "who commanded…":
 * its leader is named once, often in few of the question's words (ranked 12th to 26th in new-articles-37 dev).
 */
const LEADER_CANDIDATES = 60;
/** A sentence that may say whom a body was under (see leaderUnder in body-leader.ts), tested before it is read. */
const UNDER = /\bunder\b/i;
/** Weight of the asked verb's synonyms in that ranking: the reader's synonym weight (understand.ts). */
const ROLE_SYNONYM_WEIGHT = 0.6;

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
  const contentBeyondNames = u.content.filter((l) => !/^(be|is|was|are|were)$/.test(l));
  // "Who was she talking to?" asks for someone else: a verb after "who was" is no profile.
  const asksAboutAction = u.analysis.tokens.slice(2).some((t) => t.pos === 'VERB');
  const isProfile =
    /^(who|what)('s|\s+(is|was|are|were))\b/i.test(u.text) &&
    !asksAboutAction &&
    (u.entities.length > 0 || focus.length > 0);
  const profiled = (d: Draft | null): Draft | null =>
    d ? { ...d, answeredAs: /^what/i.test(u.text) ? 'what' : 'who' } : null;
  // "The defense secretary in that Heraldo story": an office asked of an article is its holder there.
  const named = [
    ...new Set((u.entities.length > 0 ? u.entities : [...focus]).map((id) => heldInOutlet(u, ctx, id) ?? id)),
  ];
  if (isProfile) {
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
    // "Who's Dale Whitcomb in that Gatekeeper interview?": words pointing to the source say where, not what.
    const at = SOURCE_POINTER.exec(u.analysis.text);
    const pointer = new Set(
      at
        ? u.analysis.tokens
            .filter((t) => t.start >= at.index && t.end <= at.index + at[0].length)
            .flatMap((t) => [t.lemma, t.normal])
        : [],
    );
    const rest = contentBeyondNames.filter(
      (l) => !nameWords.has(l) && !pointer.has(l) && !/^(mexico|mexican|us|american|\d{4})$/.test(l),
    );
    if (rest.length === 0) {
      const held = byTenure(u, ctx, named);
      return profiled(held ? profile(u, ctx, held.ids, held.tenures) : profile(u, ctx, named));
    }
  }
  const kindWords = new Set(
    u.whoKinds ? Object.keys(ctx.reader.data.intents.whoKinds).flatMap((k) => k.split(' ')) : [],
  );
  const terms = new Map([...u.terms].filter(([t]) => !kindWords.has(t)));
  const ranked = rankSentences(index, terms, rankOptions(u, ctx, { limit: 5 }));
  const best = ranked[0];
  if (!best) return null;
  const kinds = u.whoKinds;
  // A role naming several holders ("the Mexican president") asks which of them: they stay candidates.
  // "Who's the defense secretary that was going to sign…": the one the asked noun names is who is asked for.
  const asking = askedNounPhrase(u, true);
  const exclude = new Set(
    u.entities.filter((id) => !u.entityGroups.has(id) && !namedBy(index.entities.get(id), asking)),
  );
  // "The Mexican general who said…": only a general answers.
  const person = askedPerson(u, ctx);
  /** An entity that could answer: of the asked kind, or a person or body, and not one the question named. */
  const isCandidate = (id: string): boolean => {
    const e = index.entities.get(id);
    if (!e || exclude.has(e.id)) return false;
    if (person) return fitsPerson(e, person, ctx);
    return kinds ? e.kinds.some((k) => kinds.includes(k)) : e.type === 'person' || e.type === 'organisation';
  };
  // "Who was his second in command?": whom the sentence's own "his" before the role means owns it.
  const role = askedRole(u.analysis.tokens);
  const fills = (s: Sentence): ((id: string) => boolean) => {
    const owners = role ? roleOwnersIn(s, role) : new Set<string>();
    return (id) => isCandidate(id) && !owners.has(id);
  };
  const pick = (s: Sentence): string | null => {
    const fit = fills(s);
    const candidates = s.mentions.filter((m) => fit(m.entityId));
    if (candidates.length === 0) return null;
    const at = (m: { text: string }) => wordIndexOf(s.text, m.text);
    const anchors = [...u.terms.keys()]
      .filter((t) => !t.startsWith(ENTITY_TERM) && t.length > 3)
      .map((t) => wordIndexOf(s.text, t.slice(0, Math.max(4, t.length - 2))))
      .filter((i) => i >= 0);
    const distance = (m: { text: string }) =>
      anchors.length === 0 ? at(m) : Math.min(...anchors.map((a) => Math.abs(a - at(m))));
    return [...candidates].sort((a, b) => distance(a) - distance(b))[0]?.entityId ?? null;
  };
  // "Whose ranch were the Minutemen building on?": the thing asked of is the role, its owner the answer.
  // "Under whose command did he ride?": a preposition before "whose" asks the same of the noun after it, and
  // the one who held it may be named as its agent ("under Capt. S. S. Totten") as well as its owner.
  const fronted = u.analysis.tokens[0]?.pos === 'ADP' ? 1 : 0;
  const whose =
    u.analysis.tokens[fronted]?.normal === 'whose' && u.analysis.tokens[fronted + 1]?.pos === 'NOUN'
      ? (u.analysis.tokens[fronted + 1]?.lemma ?? null)
      : null;
  const asked = whose ? [whose] : askedPredicates(u);
  const isAskedBody = askedBodies(u, ctx);
  const asksResponse = u.analysis.tokens.some((t) => RESPONDING.has(t.normal));
  // "Who was detained?": the one the act was done to, never the agent named with "by".
  const patient = !whose && asksPatient(u.analysis.tokens);
  const filling = (s: Sentence): string | null =>
    patient
      ? patientIn(ctx, s, asked, isCandidate)
      : whose
        ? (possessorIn(ctx, s, whose, isCandidate) ??
          (fronted ? agentIn(ctx, s, asked, isCandidate, isAskedBody, asksResponse) : null))
        : agentIn(ctx, s, asked, isCandidate, isAskedBody, asksResponse);
  // "Mexican troops under Gen. José de Urrea": who led them, said with no verb of leading.
  const under = (s: Sentence) => (asksLeader(asked) ? leaderUnderIn(ctx, s, isCandidate, isAskedBody) : null);
  const doerIn = (s: Sentence) =>
    s.lemmas.some((l) => asked.some((a) => namesDoerOf(ctx.reader.data.wordnet, a, l)));
  /** Of the sentences where a name fills the asked role, the one that covers the question best. */
  const agentOf = (pool: readonly Ranked[], floored: boolean, framed = false) => {
    const floor = (pool[0]?.score ?? 0) * AGENT_SCORE_SHARE;
    let chosen: {
      agent: string | null;
      sentence: Sentence;
      confidence: number;
      /** Who the conversation goes on about when the agent is named only in part ("Gen. José" de Urrea). */
      within: string | null;
    } | null = null;
    for (const r of pool) {
      if (asked.length === 0 || (floored && r.score < floor)) break;
      // "Who led them?" in an interview: the answer after it names who did.
      const answered = whose || patient ? null : answeredInNextSentence(ctx, r.sentence, asked, isCandidate);
      const agent = filling(r.sentence) ?? answered?.agent ?? null;
      const led = under(r.sentence);
      // A leader under a name no entity holds is shown without one in bold.
      if (!agent && led?.entityId !== null) continue;
      // "Under" says the asked act ("led", "commanded") as its verb would, and so does the noun for its doer
      // with the name beside it ("Organizers Jim Gilchrist and Chris Simcox").
      const byDoer = agent !== null && doerIn(r.sentence);
      const saying = led || byDoer ? { ...r.sentence, lemmas: [...r.sentence.lemmas, ...asked] } : r.sentence;
      // The text's own question asks of what was said before it, under its article's headline.
      // "Organizers Jim Gilchrist and…" after a sentence on the project: the noun for the asked act's doer
      // leaves what they did it to to the sentence before, as a pronoun does.
      const before =
        answered || byDoer || index.anaphoric(r.sentence.id) ? index.neighbour(r.sentence.id, -1) : null;
      const confidence = confidenceOf(u, ctx, [
        before,
        saying,
        answered?.sentence ?? null,
        framed || answered || byDoer ? headlineOf(ctx, r.sentence) : null,
      ]);
      if (confidence >= MIN_CONFIDENCE && (!chosen || confidence > chosen.confidence))
        chosen = {
          agent,
          sentence: answered?.sentence ?? r.sentence,
          confidence,
          within: led?.within ?? null,
        };
    }
    return chosen;
  };
  // Of the best-ranked sentences; else the best one's article searched again for the asked role (see
  // roleRanked); else a sentence ranked near the best that leaves what it speaks of to its article's headline
  // ("Mattis is expected to sign the order" under "US may send troops to border with Mexico"). An owner is
  // named beside the thing ("the Brannock ranch"), seldom with the rest of the question: for "whose", the
  // article's headline says what the thing is to the question from the second search on.
  const chosen =
    agentOf(ranked, true) ??
    agentOf(
      roleRanked(
        u,
        ctx,
        asked,
        terms,
        best.sentence.sourceId,
        asksLeader(asked) ? (s) => under(s) !== null : null,
      ),
      false,
      whose !== null,
    ) ??
    agentOf(ranked, true, true);
  // "Who ran the general store?": someone the article calls by the thing asked of is who is asked for, over a
  // neighbour in the same article whose sentence only shares the verb ("his brother, who runs the freight
  // wagons"). Another article's description is another story: the verb's agent stands.
  const called = chosen ? personByDescription(u, ctx, isCandidate, chosen.sentence) : null;
  if (
    called &&
    chosen &&
    called.focus[0] !== chosen.agent &&
    called.evidence[0]?.sourceId === chosen.sentence.sourceId
  )
    return called;
  if (chosen) {
    return {
      answeredAs: 'who',
      confidence: chosen.confidence,
      direct: chosen.agent ? (index.entities.get(chosen.agent)?.name ?? null) : null,
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
  // "Who was the lady at the ceremony with the shoebox?", "the Minuteman guy who gave Bush a deadline": a
  // person asked for by what the question says of them, when no sentence names them doing the asked thing.
  const head = asksAboutAction ? (person?.noun ?? null) : askedHead(u, ctx);
  // One the question names only by what they are (the reader's reading of "the lady at the festival") is
  // who it asks for, not someone it asks about.
  const unnamed = (id: string) =>
    u.entities.includes(id) &&
    index.entities.get(id)?.type === 'person' &&
    !(index.entities.get(id)?.aliases ?? []).some((a) => u.text.toLowerCase().includes(a.toLowerCase()));
  const described = head
    ? personByContext(u, ctx, ranked, (id) => isCandidate(id) || unnamed(id), head)
    : null;
  // "Who was the judge at the second trial?": when the one the question's words point to is someone the
  // coverage never calls a judge, it names no judge of that trial; a name from the sentence alone is no answer.
  if (described) return titledAnswer(ctx, described, head) ? described : null;
  // "Who was the pilot dropping bombs on Naco?": a noun of the question's own, said of someone otherwise.
  const ownHead = head ? null : describingHead(u);
  const saidToBe = ownHead
    ? personSaidToBe(u, ctx, ranked, (id) => isCandidate(id) || unnamed(id), ownHead)
    : null;
  if (saidToBe) return saidToBe;
  const candidatesIn = (sentence: Sentence) =>
    new Set(sentence.mentions.map((m) => m.entityId).filter(fills(sentence))).size;
  // "Who sided with her?": a follow-up asks for someone besides the one it points back to. In a sentence the
  // last answer showed, that may be someone named there only once, with no entity of their own ("with Simón
  // Berthold as his second in command").
  const lastShown = new Set(ctx.conversation.lastEvidence);
  const namesSomeone = (s: Sentence) =>
    candidatesIn(s) > 0 ||
    (lastShown.has(s.id) &&
      unlistedNames(s, ctx.reader.analyse(s.text), (w) => ctx.reader.isEnglishWord(w)).length > 0);
  // A sentence says the asked act in its verb or a synonym, or, for "who led…", whom a body was "under".
  const actForms = new Set(asked.flatMap((a) => [a, ...ctx.reader.synonymsOf(a)]));
  const saysAct = (s: Sentence) =>
    asked.length > 0 && (s.lemmas.some((l) => actForms.has(l)) || (asksLeader(asked) && UNDER.test(s.text)));
  const shown = ctx.followup
    ? (sentenceNamingSomeone(ranked, namesSomeone, (s) => index.neighbour(s.id, -1)) ?? best.sentence)
    : (actorInArticle(u, ctx, terms, best.sentence, namesSomeone, saysAct) ?? best.sentence);
  let answerId = pick(shown);
  const evidenceSentences: Sentence[] = [shown];
  if (!answerId) {
    const previous = index.neighbour(shown.id, -1);
    if (previous) {
      answerId = pick(previous);
      if (answerId) evidenceSentences.unshift(previous);
    }
  }
  const confidence = confidenceOf(u, ctx, [shown]);
  return {
    answeredAs: 'who',
    confidence,
    // A name in bold only when nothing else could be meant: no verb was asked, and the evidence names one
    // candidate. Otherwise the evidence is shown with no name in bold.
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
 * The headline of the article a sentence is in, read as a sentence of it: what the article is about, which
 * its sentences leave to context ("the order"). `null` when the article has no title.
 */
function headlineOf(ctx: Context, sentence: Sentence): Sentence | null {
  const title = ctx.index.sources.get(sentence.sourceId)?.title;
  if (!title) return null;
  const lemmas = ctx.reader
    .analyse(title)
    .tokens.filter((t) => t.type === 'word' && !t.stop)
    .map((t) => t.lemma.toLowerCase());
  return { ...sentence, kind: 'headline', text: title, lemmas, nerEntities: [], mentions: [] };
}

/**
 * The sentences of article `sourceId` ranked for the asked role: with the asked verb in full even when it is
 * a word of asking ("who signed", "who asked for"), and its synonyms with it. The sentence that says who did
 * something may say little else ("a request from the Department of Homeland Security").
 */
function roleRanked(
  u: Understanding,
  ctx: Context,
  asked: readonly string[],
  questionTerms: ReadonlyMap<string, number>,
  sourceId: string,
  /** For "who led…", true when a sentence says whom the asked body was under; `null` for other questions. */
  leads: ((s: Sentence) => boolean) | null,
): Ranked[] {
  if (asked.length === 0) return [];
  const terms = new Map(questionTerms);
  for (const a of asked) {
    terms.set(a, Math.max(terms.get(a) ?? 0, 1));
    for (const s of ctx.reader.synonymsOf(a)) terms.set(s, Math.max(terms.get(s) ?? 0, ROLE_SYNONYM_WEIGHT));
    for (const n of agentNounFormsOf(a)) terms.set(n, Math.max(terms.get(n) ?? 0, ROLE_SYNONYM_WEIGHT));
  }
  const ranked = rankSentences(
    ctx.index,
    terms,
    rankOptions(u, ctx, { limit: LEADER_CANDIDATES, onlySources: [sourceId] }),
  );
  // "It is now garrisoned by Company K…, under Capt. William Frohock": who led is said in few of the question's
  // words, so past the best-ranked only a sentence saying so is searched; and "Organizers Jim Gilchrist and
  // Chris Simcox" says who organized the project in none but the noun for its doer.
  const wordnet = ctx.reader.data.wordnet;
  return ranked.filter(
    (r, k) =>
      k < ROLE_CANDIDATES ||
      (UNDER.test(r.sentence.text) && leads?.(r.sentence)) ||
      r.sentence.lemmas.some((l) => asked.some((a) => namesDoerOf(wordnet, a, l))),
  );
}

/**
 * The bodies of people a question asks about ("the Mexican troops", "the defenders"), as a test of a noun of
 * the evidence: it, a synonym or a kind of it; `null` when the question names none.
 */
function askedBodies(u: Understanding, ctx: Context): AskedBody | null {
  const namesBody = namesBodyIn(ctx);
  const tokens = u.analysis.tokens;
  const bodies = tokens.flatMap((t, k) =>
    t.pos === 'NOUN' && namesBody(t.lemma) ? [{ lemma: t.lemma, modifiers: modifiersBefore(tokens, k) }] : [],
  );
  if (bodies.length === 0) return null;
  const wordnet = ctx.reader.data.wordnet;
  // "Dragoons" for "troops": a dragoon is a kind of soldier, which troops are.
  return (lemma, modifiers, strict) => {
    // A named unit's word keeps its plural ("Dragoons").
    const forms = withSingular(lemma, { keepSs: false });
    const kinds = new Set(
      forms.flatMap((f) => [
        f,
        ...ctx.reader.synonymsOf(f),
        ...(wordnet?.nounKindWords(f, BODY_KIND_STEPS) ?? []),
      ]),
    );
    return bodies.some(
      (b) =>
        (kinds.has(b.lemma) || ctx.reader.synonymsOf(b.lemma).some((w) => kinds.has(w))) &&
        (b.modifiers.length === 0 ||
          (!strict && modifiers.length === 0) ||
          modifiers.some((m) => b.modifiers.includes(m))),
    );
  };
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
  const prior = index.anaphoric(best.id) ? index.neighbour(best.id, -1) : null;
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
