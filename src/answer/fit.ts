/**
 * Whether a draft fits the question it answers: the checks the engine makes between finding evidence and
 * showing it (a month asked about, a repeat of the last answer, a headline shown only when sure).
 */
import type { ConversationState } from './memory.ts';
import { keywordHead } from './count.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understand.ts';
import type { Analysis } from '../nlp/pipeline.ts';

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
 * True when a follow-up's draft would show the last answer again: the same headline and no evidence the user
 * has not seen. A new question deserves the next-best evidence ("and how many were already there?").
 */
export function repeatsLastAnswer(draft: Draft, conversation: ConversationState, ownWords: number): boolean {
  if (draft.evidence.length === 0) return false;
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
 * the evidence does: a date the evidence speaks of (in that year, when one is asked), or its article's.
 */
export function speaksOfMonths(index: KnowledgeIndex, draft: Draft, u: Understanding): boolean {
  if (u.months.length === 0) return true;
  const inAsked = (iso: string) =>
    u.months.includes(Number(iso.slice(5, 7))) &&
    (u.years.length === 0 || u.years.includes(Number(iso.slice(0, 4))));
  return draft.evidence.some((e) => {
    const sentenceIds = e.kind === 'sentence' ? [e.id] : (index.quoteById.get(e.id)?.sentenceIds ?? []);
    const published = index.sources.get(e.sourceId)?.published ?? '';
    return (
      inAsked(published) ||
      sentenceIds.some((id) =>
        (index.datesBySentence.get(id) ?? []).some((d) => d.precision !== 'year' && inAsked(d.date)),
      )
    );
  });
}

/**
 * Words right before a verb that make it possible rather than done ("could send"). Not "will" or "would", nor
 * "plans to": news reports announcements so ("Obama will send 1,200 troops"), and those answered questions
 * of whether it was done (a new-articles test row fell 29 -> 28 with them, npm run eval).
 */
const MODALS = new Set(['could', 'may', 'might']);
/** Verbs and words before "to <verb>" that say it was expected or planned ("expected to sign", "set to"). */
const PLANNED = new Set([
  'expect',
  'likely',
  'hope',
  'want',
  'intend',
  'seek',
  'aim',
  'propose',
  'threaten',
  'poise',
  'set',
]);
/** Words that make the question itself about a plan or a possibility ("was he going to sign?"). */
const QUESTION_MODALS = new Set([
  'could',
  'would',
  'may',
  'might',
  'will',
  'should',
  'can',
  'supposed',
  'gonna',
  'going',
  'plan',
  'expect',
]);
/** Words that deny what a modal plans ("will not", "won't"). */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** How many words back a modal still governs the verb ("could also soon sign"). */
const MODAL_REACH = 3;

/**
 * True unless the question asks whether something was done ("did Mattis end up signing the order?") and the
 * evidence has the question's verbs only as expected, planned or possible ("is expected to sign"): that
 * does not report it happened. A question that is itself about a plan ("was he going to sign?") is not
 * held to this.
 */
export function reportsItHappened(
  draft: Draft,
  u: Understanding,
  index: KnowledgeIndex,
  analyse: (text: string) => Analysis,
): boolean {
  const words = u.analysis.tokens.map((t) => t.normal);
  const opening = words.findIndex((w) => !['so', 'and', 'but', 'ok', 'okay', 'wait'].includes(w));
  if (words[opening] !== 'did' || words.some((w) => QUESTION_MODALS.has(w))) return true;
  // The question's words, whatever the tagger makes of them ("did Mattis sign" reads "sign" as a noun): the
  // evidence's verbs are matched against them.
  const verbs = new Set(
    u.analysis.tokens.filter((t) => !t.stop && t.type === 'word').flatMap((t) => [t.lemma, t.normal]),
  );
  if (verbs.size === 0) return true;
  let found = false;
  for (const e of draft.evidence) {
    const text = e.kind === 'sentence' ? e.text : (index.quoteById.get(e.id)?.text ?? e.text);
    const tokens = analyse(text).tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!verbs.has(tokens[i]?.lemma ?? '') || tokens[i]?.pos !== 'VERB') continue;
      const before = tokens.slice(Math.max(0, i - MODAL_REACH), i);
      // "Will not detain": a plan denied answers whether it was done.
      const planned =
        (before.some((t) => MODALS.has(t.normal)) && !before.some((t) => NEGATIONS.has(t.normal))) ||
        (tokens[i - 1]?.normal === 'to' && PLANNED.has(tokens[i - 2]?.lemma ?? ''));
      if (!planned) return true;
      found = true;
    }
  }
  return !found;
}
