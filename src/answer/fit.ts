/**
 * Whether a draft fits the question it answers: the checks the engine makes between finding evidence and
 * showing it (a month asked about, a repeat of the last answer, a headline shown only when sure).
 */
import type { ConversationState } from './memory.ts';
import { keywordHead } from './asked-count.ts';
import type { Draft } from './handlers.ts';
import type { AnswerIntent } from './types.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understand.ts';
import { assertsDoneTo, assertsVerb } from './unasserted-verb.ts';
import { QUESTION_MODALS } from './question-modals.ts';
import { saysOnlyUnnamed } from './unnamed-asked.ts';
import { nounNameAsked, ownerOfNameAsked } from './name-of-phrase.ts';
import { ENTITY_PREFIX, type Analysis, type Token } from '../nlp/pipeline.ts';
import { narrativeDates } from './narrative-time.ts';
import { NAME_ASKED, askedKindTest, askedSlot } from './asked-kind.ts';

/** True for keywords ending in a thing the coverage counts ("troops 2019"): people asking so want the figure. */
export function tersely(u: Understanding, index: KnowledgeIndex): boolean {
  const head = keywordHead(u);
  return head !== null && index.countedThings.has(head);
}

/**
 * Confidence below which an answer shows its evidence without a name or figure in bold: a wrong bold answer
 * misleads more than none. Chosen on the dev questions that expect one (regression, people, new-articles,
 * new-articles-2): at 0.8, right headlines 54 → 47 and wrong ones 8 → 4, no answer lost (npm run eval).
 */
export const HEADLINE_CONFIDENCE = 0.8;

/**
 * Intents whose answer is the passage shown, no headline: a follow-up of one of them after a question of
 * another kind may show what was shown (see {@link repeatsLastAnswer}). Every intent of another kind lost a
 * dev follow-up asking "who" after "when", answered by the shown sentence and no name (npm run eval
 * 2026-12-06, rep40: dev +1; with these two only, dev +2).
 */
const ANSWERED_BY_PASSAGE: ReadonlySet<AnswerIntent> = new Set(['what', 'why']);

/**
 * True when a follow-up's draft would show the last answer again: the same headline and no evidence the user
 * has not seen. A new question deserves the next-best evidence ("and how many were already there?"). `intent`
 * is what the follow-up is answered as; null when not known.
 */
export function repeatsLastAnswer(
  draft: Draft,
  conversation: ConversationState,
  ownWords: number,
  intent: AnswerIntent | null = null,
): boolean {
  if (draft.evidence.length === 0) return false;
  // A question of another kind than the last, answered by the passage itself ("what were they up to?" after
  // "how many?", "where did they come from?" after "who?"), asks what the last answer may have shown without
  // being asked: its best evidence is kept though the user has read it. A "who" answered with no name is no
  // answer, and still wants something new.
  if (
    intent !== null &&
    ANSWERED_BY_PASSAGE.has(intent) &&
    conversation.lastIntent !== null &&
    intent !== conversation.lastIntent
  )
    return false;
  // A headline of its own is something new; none at all, after one, is not ("who was she talking to?").
  if (draft.direct !== null && draft.direct !== conversation.lastDirect) return false;
  // Without a headline, only a question with no words of its own ("what would they actually do?") is
  // taken to want something new: "what is their official role?" may be answered by what was just shown.
  if (draft.direct === null && ownWords > 0) return false;
  const last = new Set(conversation.lastEvidence);
  return draft.evidence.every((e) => e.kind === 'sentence' && last.has(e.id));
}

/**
 * True unless the question dates itself by a month ("did the tariffs come back in March 2025?") and none of
 * the evidence does: a date the evidence speaks of (in that year, when one is asked), or the story tells just
 * before it (narrative-time.ts), or its article's.
 */
export function speaksOfMonths(index: KnowledgeIndex, draft: Draft, u: Understanding): boolean {
  if (u.months.length === 0) return true;
  const inAsked = (iso: string) =>
    u.months.includes(Number(iso.slice(5, 7))) &&
    (u.years.length === 0 || u.years.includes(Number(iso.slice(0, 4))));
  return draft.evidence.some((e) => {
    const sentenceIds = index.evidenceSentenceIds(e);
    const published = index.sources.get(e.sourceId)?.published ?? '';
    return (
      inAsked(published) || sentenceIds.some((id) => narrativeDates(index, id).some((d) => inAsked(d.date)))
    );
  });
}

/**
 * True unless the question asks whether something was done ("did Mattis end up signing the order?") and the
 * evidence has the question's verbs only as expected, planned, asked for or possible ("is expected to
 * sign", "urged him to sign": {@link assertsVerb}): that does not report it happened. A passive or perfect
 * question ("was López punished?") is held to {@link assertsDoneTo}, with `saying` the verbs of saying. A
 * question that is itself about a plan ("was he going to sign?") is not held to this.
 */
export function reportsItHappened(
  draft: Draft,
  u: Understanding,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
  saying: ReadonlySet<string>,
): boolean {
  const words = u.analysis.tokens.map((t) => t.normal);
  const opening = words.findIndex((w) => !['so', 'and', 'but', 'ok', 'okay', 'wait'].includes(w));
  if (words.some((w) => QUESTION_MODALS.has(w))) return true;
  // "Was López ever caught and punished?", "have the raiders been tried?": a passive or a perfect asks whether
  // it was done as "did" does; its subject is who it was done to, so the act asked of anyone by a verb of
  // saying ("called on the government to punish the murderers") is not reported done.
  const passive = words[opening] !== 'did' && passiveOrPerfect(u.analysis.tokens, opening);
  if (words[opening] !== 'did' && !passive) return true;
  // The question's words, whatever the tagger makes of them ("did Mattis sign" reads "sign" as a noun): the
  // evidence's verbs are matched against them.
  const verbs = new Set(
    u.analysis.tokens.filter((t) => !t.stop && t.type === 'word').flatMap((t) => [t.lemma, t.normal]),
  );
  if (verbs.size === 0) return true;
  // Who the question asks did it: its words between "did" and its first verb ("did **Schwarzenegger** declare").
  const doer = new Set<string>();
  for (const t of u.analysis.tokens.slice(opening + 1)) {
    if (t.pos === 'VERB') break;
    if (!t.stop && t.type === 'word') doer.add(t.normal);
  }
  let found = false;
  // Whether it happened is the answer's article's to say: a passage of another article, added for a word the
  // first left out ("…threatened to hit Mexico with tariffs"), plans nothing about the asked event.
  const article = draft.evidence[0]?.sourceId;
  for (const e of draft.evidence) {
    if (e.sourceId !== article) continue;
    const tokens = analyse(index.evidenceText(e)).tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!verbs.has(tokens[i]?.lemma ?? '') || tokens[i]?.pos !== 'VERB') continue;
      if (passive ? assertsDoneTo(tokens, i, saying) : assertsVerb(tokens, i, doer)) return true;
      found = true;
    }
  }
  return !found;
}

/** Openings of a yes/no question whose verb may be a participle ("was … caught", "have … been tried"). */
const PARTICIPLE_OPENERS = new Set(['was', 'were', 'has', 'have', 'had']);
/** Words looked over from the opening for the participle ("was Col. Pablo López ever caught"). */
const PARTICIPLE_REACH = 8;

/**
 * True when a yes/no question opens with "was", "were", "has", "have" or "had" and a verb follows within
 * {@link PARTICIPLE_REACH} words: a passive or a perfect ("was López caught", "has the wall been built"),
 * not "was he at the border".
 */
function passiveOrPerfect(tokens: readonly Token[], opening: number): boolean {
  if (!PARTICIPLE_OPENERS.has(tokens[opening]?.normal ?? '')) return false;
  return tokens.slice(opening + 1, opening + 1 + PARTICIPLE_REACH).some((t) => t.pos === 'VERB');
}

/**
 * True unless the question asks a detail of a type (see {@link askedKindTest}) no evidence gives, or asks
 * "what <noun>" of a noun the evidence says only as one not identified ({@link saysOnlyUnnamed}).
 */
export function givesAskedKind(
  draft: Draft,
  u: Understanding,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
): boolean {
  // "What were the names of the five young men…?" answered by who: evidence naming no person but the
  // question's gives no name.
  if (draft.answeredAs === 'who') return !asksName(u) || namesSomeoneElse(draft, u, index);
  // "What is Subcomandante Marcos's real name?": a person's own name, which evidence naming no one else lacks.
  if (draft.answeredAs === 'what' && personsNameAsked(u, index)) return namesSomeoneElse(draft, u, index);
  if (draft.answeredAs === 'date' || draft.answeredAs === 'count') return true;
  const gives = askedKindTest(u, index, analyse);
  if (gives === null) {
    // "What illness did he die of?": evidence saying only "after an illness of several months" says none.
    const slot = askedSlot(u);
    if (!slot) return true;
    const isNoun = (t: Token) => t.lemma === slot.noun;
    const texts = draft.evidence.map((e) => analyse(index.evidenceText(e)).tokens);
    const said = texts.filter((tokens) => tokens.some((t) => t.pos === 'NOUN' && isNoun(t)));
    return said.length === 0 || !said.every((tokens) => saysOnlyUnnamed(tokens, isNoun));
  }
  return draft.evidence.some((e) => gives(index.evidenceText(e), index.evidenceSentenceIds(e)));
}

/** True when the question asks a name ("what were the names of…", "the name of de la Huerta's wife"). */
function asksName(u: Understanding): boolean {
  return NAME_ASKED.test(u.text) || nounNameAsked(u.analysis.tokens) !== null;
}

/**
 * True when the question asks a person's own name by a possessive: "their names", or the name of someone
 * the knowledge knows as a person or does not know at all ("Marcos's real name"), not a place's or a
 * thing's ("the fort's name").
 */
function personsNameAsked(u: Understanding, index: KnowledgeIndex): boolean {
  const owner = ownerOfNameAsked(u.analysis.tokens);
  if (owner === null) return false;
  if (owner.pronoun) return true;
  const span = u.analysis.custom.find(
    (c) => c.start <= owner.at && owner.at < c.end && c.name.startsWith(ENTITY_PREFIX),
  );
  // A name the knowledge does not resolve is taken for a person's: a place or a thing it knows is typed.
  if (span === undefined) return u.analysis.tokens[owner.at]?.pos === 'PROPN';
  return index.entities.get(span.name.slice(ENTITY_PREFIX.length))?.type === 'person';
}

/** True when a draft's evidence names a person the question does not. */
function namesSomeoneElse(draft: Draft, u: Understanding, index: KnowledgeIndex): boolean {
  const asked = new Set(u.entities);
  return draft.evidence.some((e) =>
    index
      .evidenceSentenceIds(e)
      .some((id) =>
        (index.sentence(id)?.mentions ?? []).some(
          (m) => !asked.has(m.entityId) && index.entities.get(m.entityId)?.type === 'person',
        ),
      ),
  );
}
