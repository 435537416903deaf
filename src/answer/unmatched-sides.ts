/**
 * A comparison whose sides could not both be found on their own: rather than one side alone, or a decline,
 * the passages that hold the kind of thing compared — figures for "how many", dates for "which came first",
 * people's words for "did they agree" — from the sentences the question finds best and the ones around them,
 * where a report sets two accounts side by side ("The Mexican report gave 40 killed and 60 wounded. One Texan
 * who kept a journal … claimed the Mexicans had lost 650 dead"). The answer says plainly that it could not
 * tell the sides apart, and gives no headline: which figure is whose is for the reader to see.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import { askedCount } from './asked-count.ts';
import {
  comparedKind,
  evidenceSentences,
  holdsTwoSides,
  sidesSetApart,
  kindKeys,
  setsSideBySide,
  type ComparedKind,
} from './compared-kind.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { draftGates } from './draft-gates.ts';
import { passageOf } from './passage.ts';
import { rankSentences } from './retrieval.ts';
import type { AnswerIntent, Evidence } from './types.ts';
import type { Understanding } from './understand.ts';

/** Best-ranked sentences holding the compared kind looked at. */
const POOL = 12;
/** Sentences a fallback starts from: the draft's first that holds the kind, then the best-ranked. */
const SEEDS = 3;
/** Share of the best seed's paragraph coverage of the question another seed's must reach. Not tuned. */
const SEED_SHARE = 0.5;
/** Sentences shown at most: enough for two accounts and what sets them apart, well within one Discord message. */
const MAX_SHOWN = 4;
/** Characters of evidence shown at most, so a long quotation does not crowd out the other side. */
const MAX_SHOWN_CHARS = 1_200;
/** Paragraphs either side of a sentence's own where the other side's account is looked for. */
const PASSAGE_PARAGRAPHS = 1;
/** Sentences either side looked at, so a long paragraph costs no more. */
const PASSAGE_REACH = 6;
/** Verbs of giving an account, beside the verbs of speech the intents list ("testified", "put the band at"). */
const ACCOUNT_VERBS: ReadonlySet<string> = new Set([
  'testify',
  'report',
  'estimate',
  'put',
  'give',
  'count',
  'insist',
  'deny',
  'argue',
  'state',
  'describe',
  'recall',
  'believe',
  'maintain',
  'announce',
]);

const LEADS: Record<ComparedKind, string> = {
  figure: "I couldn't tell each side's figure apart; these are the figures the coverage gives:",
  span: "I couldn't tell each side's figure apart; these are the figures the coverage gives:",
  date: "I couldn't date each side on its own; these are the dates the coverage gives:",
  stance: "I couldn't tell which words are each side's; this is what the coverage reports being said:",
};
const ANSWERED_AS: Record<ComparedKind, AnswerIntent> = {
  figure: 'count',
  span: 'count',
  date: 'date',
  stance: 'what',
};

/** The words of saying and of giving an account a comparison of what people said looks for. */
function sayingWords(ctx: Context): ReadonlySet<string> {
  return new Set([...ctx.reader.speechVerbs, ...ctx.reader.sayingWords, ...ACCOUNT_VERBS]);
}

/**
 * `s`'s neighbours within {@link PASSAGE_PARAGRAPHS} paragraphs of its article: its own paragraph's first, then
 * the others', nearest first in each, where a report sets a second account beside the first.
 */
function passageAround(ctx: Context, s: Sentence): Sentence[] {
  const near: Array<{ s: Sentence; far: number }> = [];
  for (const step of [-1, 1]) {
    let at: Sentence | null = s;
    for (let i = 1; i <= PASSAGE_REACH; i++) {
      at = at ? ctx.index.neighbour(at.id, step) : null;
      if (!at || at.sourceId !== s.sourceId || Math.abs(at.paragraph - s.paragraph) > PASSAGE_PARAGRAPHS)
        break;
      near.push({ s: at, far: i + (at.paragraph === s.paragraph ? 0 : PASSAGE_REACH) });
    }
  }
  return near.sort((a, b) => a.far - b.far).map((n) => n.s);
}

/**
 * The question as its sides' evidence is sought: its words but those of comparing ("compare", "same",
 * "both"), which no report of either side says.
 */
function withoutComparing(u: Understanding, ctx: Context): Understanding {
  const asked = (l: string) => !ctx.reader.comparisonWords.has(l);
  return {
    ...u,
    terms: new Map([...u.terms].filter(([t]) => asked(t))),
    content: u.content.filter(asked),
  };
}

/**
 * The passages holding two things of `kind` on the question (see the module header), or `null` when none
 * does. `draft` is the comparison as first answered: its sentences holding the kind are kept first.
 */
export function unmatchedSidesDraft(
  u: Understanding,
  draft: Draft | null,
  ctx: Context,
  kind: ComparedKind,
): Draft | null {
  const { index } = ctx;
  const saying = sayingWords(ctx);
  const keysOf = (s: Sentence) => kindKeys(index, s, kind, saying);
  const asked = withoutComparing(u, ctx);
  const ranked = rankSentences(
    index,
    asked.terms,
    rankOptions(asked, ctx, {
      requireEntities: [],
      limit: POOL,
      // Only sentences holding the kind are kept, from a pool four times as large (retrieval.ts).
      boost: (s) => (keysOf(s).length > 0 ? 1 : 0),
      ...(kind === 'stance' ? {} : { follow: kind === 'date' ? 'date' : 'figure' }),
    }),
  );
  // The sentences holding the kind, the draft's first (one side it found), ordered by how much of the
  // question their paragraph says: a report names the givers and the thing counted around the figures.
  const own = (draft?.evidence ?? [])
    .flatMap((e) => evidenceSentences(index, e))
    .filter((s) => keysOf(s).length > 0);
  // The question's words (in their forms and synonyms) and the people and bodies it names, as a paragraph
  // says them.
  const asks = [
    ...asked.content.map((l) => [l, `${l}s`, ...ctx.reader.synonymsOf(l)]),
    ...asked.entities.map((id) => [id]),
  ];
  const said = (s: Sentence) => {
    const has = new Set(
      passageOf(ctx, s, 0, PASSAGE_REACH).flatMap((x) => [...x.lemmas, ...x.mentions.map((m) => m.entityId)]),
    );
    return asks.length === 0 ? 0 : asks.filter((forms) => forms.some((f) => has.has(f))).length / asks.length;
  };
  const candidates = [...new Set([...own.slice(0, 1), ...ranked.map((r) => r.sentence)])]
    .filter((s) => keysOf(s).length > 0)
    .map((s, at) => ({ s, at, said: said(s) }))
    .sort((a, b) => b.said - a.said || a.at - b.at);
  // A passage saying much less of the question than the best is about something else.
  const best = candidates[0]?.said ?? 0;
  const seeds = candidates
    .filter((c) => c.said > 0 && c.said >= best * SEED_SHARE)
    .slice(0, SEEDS)
    .map((c) => c.s);
  const picked: Sentence[] = [];
  const keys = new Set<string>();
  let chars = 0;
  // A sentence is shown when it gives a thing of the kind not shown yet, within the bounds.
  const take = (s: Sentence): boolean => {
    if (picked.length >= MAX_SHOWN || picked.some((x) => x.id === s.id)) return false;
    const its = keysOf(s);
    if (its.length === 0 || its.every((k) => keys.has(k))) return false;
    if (picked.length > 0 && chars + s.text.length > MAX_SHOWN_CHARS) return false;
    picked.push(s);
    chars += s.text.length;
    for (const k of its) keys.add(k);
    return true;
  };
  // Each seed with the nearest sentence of its passage that gives another of the kind: the other account.
  for (const seed of seeds) {
    if (take(seed)) passageAround(ctx, seed).some(take);
  }
  const evidence = picked
    .sort((a, b) => (index.sentenceIndex.get(a.id) ?? 0) - (index.sentenceIndex.get(b.id) ?? 0))
    .map(sentenceEvidence);
  if (!holdsTwoSides(index, evidence, kind, saying)) return null;
  return {
    answeredAs: ANSWERED_AS[kind],
    confidence: confidenceOf(asked, ctx, picked),
    direct: null,
    lead: LEADS[kind],
    evidence,
    lines: [],
    focus: draft?.focus ?? [],
  };
}

/** True when a draft leaves a side unanswered ("The coverage doesn't say for …"). */
function leavesSideOut(draft: Draft): boolean {
  return draft.lines.some((l) => /\bdoesn't say\b/.test(l));
}

/**
 * A comparison's draft, or the passages holding two things of its kind (see {@link unmatchedSidesDraft}) when
 * the draft does not: it left a side unanswered, holds the kind for one side only, or is too unsure to be
 * shown. `compared` is true when the question was read as a comparison; otherwise only a question whose own
 * words set two things side by side is looked at again.
 */
export function withSidesGrounded(
  u: Understanding,
  draft: Draft | null,
  ctx: Context,
  compared: boolean,
): Draft | null {
  if (!compared && (ctx.followup || !setsSideBySide(u.text))) return draft;
  const kind = comparedKind(u.text);
  // Words or figures of anyone or anything would let a reader take them for the asked sides' ("did Esper and
  // Sandoval agree?" answered with a third man's words; "how many drones did each fly?" with troop figures):
  // only the words of the people the question names, and figures of the thing counted, are shown.
  if (!kind) return draft;
  const counted =
    kind === 'figure' ? askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l)) : [];
  if (counted.includes(MONEY_LEMMA)) return draft;
  // A draft the checks would show (some pass under the bar: asked-said.ts) is sure.
  const sure =
    draft !== null &&
    draft.evidence.length > 0 &&
    draftGates(u, ctx.index, ctx.reader).gates.every(([, pass]) => pass(draft));
  const saying = sayingWords(ctx);
  // A draft that says plainly which side the coverage does not give is kept as it is.
  if (sure && leavesSideOut(draft)) return draft;
  if (sure && sidesSetApart(ctx.index, u.text, draft.evidence, kind, saying)) return draft;
  const fallback = unmatchedSidesDraft(u, draft, ctx, kind);
  if (!fallback || fallback.confidence < MIN_CONFIDENCE) return draft;
  // The passages must bring a thing of the kind the draft did not show: the same figure again is no other side.
  const keysOf = (evidence: readonly Evidence[]) =>
    new Set(
      evidence.flatMap((e) =>
        evidenceSentences(ctx.index, e).flatMap((s) => kindKeys(ctx.index, s, kind, saying)),
      ),
    );
  const shown = keysOf(draft?.evidence ?? []);
  const brought = fallback.evidence.filter((e) => !draft?.evidence.some((x) => x.id === e.id));
  const forms = new Set(counted.flatMap((l) => [l, ...ctx.reader.synonymsOf(l)]));
  const countsAsked = (e: Evidence) =>
    evidenceSentences(ctx.index, e).some((x) => x.lemmas.some((l) => forms.has(l)));
  if (forms.size > 0 && !fallback.evidence.every(countsAsked)) return draft;
  const named = new Set(u.entities);
  const saidByNamed = (e: Evidence) =>
    evidenceSentences(ctx.index, e).every((x) =>
      kindKeys(ctx.index, x, kind, saying).every((k) => named.has(k)),
    );
  if (kind === 'stance' && named.size > 0 && !fallback.evidence.every(saidByNamed)) return draft;
  return [...keysOf(brought)].some((k) => !shown.has(k)) ? fallback : draft;
}
