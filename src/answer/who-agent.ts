/**
 * Who did the asked act (who.ts): what a who-question asks of its answer, and the entity that fills the asked
 * role in the evidence ("a request from X", "led by X", "X said"), never merely the nearest name.
 */
import { agentNounFormsOf, namesDoerOf } from './agent-noun.ts';
import type { Sentence } from '../knowledge/schema.ts';
import { askedRole, roleOwnersIn } from './role-owner.ts';
import { BODY_KIND_STEPS, modifiersBefore, type AskedBody } from './body-leader.ts';
import { agentIn, namesBodyIn, leaderUnderIn, possessorIn } from './agent.ts';
import { askedPredicates, asksLeader, RESPONDING } from './who-predicates.ts';
import { answeredInNextSentence } from './answered-turn.ts';
import { asksPatient, patientIn } from './patient.ts';
import { confidenceOf, MIN_CONFIDENCE, rankOptions, type Context } from './handlers.ts';
import { askedNounPhrase, askedPerson, fitsPerson, namedBy } from './asked-person.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';
import { withSingular } from '../nlp/singular.ts';

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
export const UNDER = /\bunder\b/i;
/** Weight of the asked verb's synonyms in that ranking: the reader's synonym weight (understand.ts). */
const ROLE_SYNONYM_WEIGHT = 0.6;

/** What a who-question asks of its answer. */
export interface WhoAsked {
  /** An entity that could answer: of the asked kind, or a person or body, and not one the question named. */
  isCandidate: (id: string) => boolean;
  /** The one the asked role names in a sentence: a candidate that does not own the role there. */
  fills: (s: Sentence) => (id: string) => boolean;
  /** The reader's asked person ("the Mexican general who said…"). */
  person: ReturnType<typeof askedPerson>;
  /** The asked predicates, or the noun after "whose". */
  asked: string[];
  /** The noun after "whose" ("whose ranch"), or null. */
  whose: string | null;
  /** 1 when a preposition opens the question ("under whose command"). */
  fronted: number;
  /** "Who was detained?": the one the act was done to is asked. */
  patient: boolean;
  isAskedBody: AskedBody | null;
  asksResponse: boolean;
}

/** The agent chosen for the asked act, with the sentence naming it. */
export interface ChosenAgent {
  agent: string | null;
  sentence: Sentence;
  confidence: number;
  /** Who the conversation goes on about when the agent is named only in part ("Gen. José" de Urrea). */
  within: string | null;
}

/** What a who-question asks of its answer (see {@link WhoAsked}). */
export function readWhoAsked(u: Understanding, ctx: Context): WhoAsked {
  const { index } = ctx;
  const kinds = u.whoKinds;
  // A role naming several holders ("the Mexican president") asks which of them: they stay candidates.
  // "Who's the defense secretary that was going to sign…": the one the asked noun names is who is asked for.
  const asking = askedNounPhrase(u, true);
  const exclude = new Set(
    u.entities.filter((id) => !u.entityGroups.has(id) && !namedBy(index.entities.get(id), asking)),
  );
  // "The Mexican general who said…": only a general answers.
  const person = askedPerson(u, ctx);
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
  // "Whose ranch were the Minutemen building on?": the thing asked of is the role, its owner the answer.
  // "Under whose command did he ride?": a preposition before "whose" asks the same of the noun after it, and
  // the one who held it may be named as its agent ("under Capt. S. S. Totten") as well as its owner.
  const fronted = u.analysis.tokens[0]?.pos === 'ADP' ? 1 : 0;
  const whose =
    u.analysis.tokens[fronted]?.normal === 'whose' && u.analysis.tokens[fronted + 1]?.pos === 'NOUN'
      ? (u.analysis.tokens[fronted + 1]?.lemma ?? null)
      : null;
  return {
    isCandidate,
    fills,
    person,
    asked: whose ? [whose] : askedPredicates(u),
    whose,
    fronted,
    // "Who was detained?": the one the act was done to, never the agent named with "by".
    patient: !whose && asksPatient(u.analysis.tokens),
    isAskedBody: askedBodies(u, ctx),
    asksResponse: u.analysis.tokens.some((t) => RESPONDING.has(t.normal)),
  };
}

/**
 * Of the best-ranked sentences; else the best one's article searched again for the asked role (see
 * roleRanked); else a sentence ranked near the best that leaves what it speaks of to its article's headline
 * ("Mattis is expected to sign the order" under "US may send troops to border with Mexico"). An owner is
 * named beside the thing ("the Brannock ranch"), seldom with the rest of the question: for "whose", the
 * article's headline says what the thing is to the question from the second search on.
 */
export function chooseAgent(
  ranked: readonly Ranked[],
  best: Ranked,
  terms: ReadonlyMap<string, number>,
  w: WhoAsked,
  u: Understanding,
  ctx: Context,
): ChosenAgent | null {
  return (
    agentOf(ranked, true, false, w, u, ctx) ??
    agentOf(
      roleRanked(
        u,
        ctx,
        w.asked,
        terms,
        best.sentence.sourceId,
        asksLeader(w.asked) ? (s) => leaderUnder(s, w, ctx) !== null : null,
      ),
      false,
      w.whose !== null,
      w,
      u,
      ctx,
    ) ??
    agentOf(ranked, true, true, w, u, ctx)
  );
}

/** Of the sentences where a name fills the asked role, the one that covers the question best. */
function agentOf(
  pool: readonly Ranked[],
  floored: boolean,
  framed: boolean,
  w: WhoAsked,
  u: Understanding,
  ctx: Context,
): ChosenAgent | null {
  const { index } = ctx;
  const { asked, whose, patient, isCandidate } = w;
  const floor = (pool[0]?.score ?? 0) * AGENT_SCORE_SHARE;
  let chosen: ChosenAgent | null = null;
  for (const r of pool) {
    if (asked.length === 0 || (floored && r.score < floor)) break;
    // "Who led them?" in an interview: the answer after it names who did.
    const answered = whose || patient ? null : answeredInNextSentence(ctx, r.sentence, asked, isCandidate);
    const agent = filling(r.sentence, w, ctx) ?? answered?.agent ?? null;
    const led = leaderUnder(r.sentence, w, ctx);
    // A leader under a name no entity holds is shown without one in bold.
    if (!agent && led?.entityId !== null) continue;
    // "Under" says the asked act ("led", "commanded") as its verb would, and so does the noun for its doer
    // with the name beside it ("Organizers Jim Gilchrist and Chris Simcox").
    const byDoer =
      agent !== null &&
      r.sentence.lemmas.some((l) => asked.some((a) => namesDoerOf(ctx.reader.data.wordnet, a, l)));
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
}

/** The entity a sentence names in the asked role: the patient, the owner "whose" asks, or the agent. */
function filling(s: Sentence, w: WhoAsked, ctx: Context): string | null {
  const { asked, isCandidate, isAskedBody, asksResponse } = w;
  return w.patient
    ? patientIn(ctx, s, asked, isCandidate)
    : w.whose
      ? (possessorIn(ctx, s, w.whose, isCandidate) ??
        (w.fronted ? agentIn(ctx, s, asked, isCandidate, isAskedBody, asksResponse) : null))
      : agentIn(ctx, s, asked, isCandidate, isAskedBody, asksResponse);
}

/** "Mexican troops under Gen. José de Urrea": who led them, said with no verb of leading. */
function leaderUnder(s: Sentence, w: WhoAsked, ctx: Context): ReturnType<typeof leaderUnderIn> | null {
  return asksLeader(w.asked) ? leaderUnderIn(ctx, s, w.isCandidate, w.isAskedBody) : null;
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
