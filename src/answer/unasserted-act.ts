/**
 * A date asked of something that happened ("When did Mattis sign the order?", "When was the soldier
 * charged?") whose evidence says the act only as expected or denied ("is expected to sign the order as early
 * as Thursday", "has not been charged", "did not attend"): the date is no date of the act, so no bold date
 * heads the answer; the sentence is still shown, saying in its own words what it says. So too a count asked
 * of a past act ("How many Guard troops did Abbott send?") from "had threatened to send 5,000 Guard troops
 * … but never did". English grammar, not the domain: a negation, a modal or a verb of expecting before the
 * asked verb, or a report the sentence calls false.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NEGATIONS } from './negated-act.ts';
import { PLANNED } from './unasserted-verb.ts';
import { QUESTION_MODALS } from './question-modals.ts';
import { inRefutedReport } from './refuted-report.ts';
import { englishPast } from './spanish-tense.ts';
import type { Context, Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/** Auxiliaries that ask of a past act ("when did …", "when was … charged", "when had … signed"). */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had', 'has']);
/**
 * Words before a verb that say it did not happen, or has not yet: the negations negated-act.ts reads, and the
 * modals. Unlike unasserted-verb.ts, which keeps "will" and "would" as done for whether-questions (news
 * reports announcements so), a past date is no date of an act only announced.
 */
const NOT_DONE: ReadonlySet<string> = new Set([
  ...NEGATIONS,
  'will',
  'would',
  'could',
  'might',
  'may',
  'shall',
  'should',
]);
/**
 * Verbs whose "to" puts the act after them in the future: unasserted-verb.ts's words of a plan ("expected
 * to sign", "set to"), and those of a schedule or a promise ("plans to send", "due to arrive", "vowed to").
 */
const EXPECTING: ReadonlySet<string> = new Set([
  ...PLANNED,
  'plan',
  'schedule',
  'due',
  'promise',
  'vow',
  'go',
]);
/** Verbs whose "to" says the act after them was not done ("refused to sign", "declined to charge"). */
const REFUSING: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail', 'neglect']);
/** Verbs that stand before the asked one as its auxiliaries ("has been charged", "got charged"). */
const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'get']);
/**
 * Parts of speech the tagger gives a bare verb after a past auxiliary in a question: a verb, or a noun or an
 * adjective ("when did the governor close/ADJ the crossing").
 */
const ASKED_ACT_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ']);
/** Tokens read back from the asked verb for what puts it in doubt ("is not expected to be"). */
const MAX_WORDS_BACK = 4;

/**
 * The lemmas of the question's words after a past auxiliary that may be its verb: the acts it asks the date
 * of. The tagger often reads a bare verb in a question as a noun ("when did Mattis sign/NOUN the order"); the
 * evidence's words are matched only where they are verbs.
 */
function pastActs(tokens: readonly Token[]): string[] {
  const aux = tokens.findIndex((t) => PAST_AUXILIARIES.has(t.normal));
  if (aux < 0) return tokens.flatMap((t) => (isPastForm(t) ? [t.lemma] : []));
  return tokens.slice(aux + 1).flatMap((t) => (ASKED_ACT_POS.has(t.pos) ? [t.lemma] : []));
}

/**
 * True when the question itself asks of a plan or a possibility ("Who was going to sign the order?", "When
 * was Mattis expected to sign it?"): an answer from "is expected to sign" is what it asks.
 */
function asksOfAPlan(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      QUESTION_MODALS.has(t.normal) ||
      QUESTION_MODALS.has(t.lemma) ||
      (t.normal === 'to' && tokens[i + 1]?.pos === 'VERB'),
  );
}

/**
 * True when `t` is a verb in its past form ("signed", "took"): a question asked with no auxiliary ("When
 * Mattis signed the order?", or a Spanish preterite put into English, "when signed Mattis the order?") asks
 * of a past act by that form alone.
 */
function isPastForm(t: Token): boolean {
  return t.pos === 'VERB' && t.normal !== t.lemma && englishPast(t.lemma) === t.normal;
}

/**
 * True when every saying of one of `acts` in `tokens` stands after a negation, a modal or "expected to", or in
 * a report called false (see refuted-report.ts).
 */
function saidOnlyAsUndone(tokens: readonly Token[], acts: readonly string[]): boolean {
  const at = tokens.flatMap((t, i) => (t.pos === 'VERB' && acts.includes(t.lemma) ? [i] : []));
  if (at.length === 0) return false;
  return at.every((i) => {
    if (inRefutedReport(tokens, i)) return true;
    for (let k = i - 1; k >= Math.max(0, i - MAX_WORDS_BACK); k--) {
      const t = tokens[k];
      if (!t) break;
      // A modal is a modal only where the tagger reads one: "May" before a day is the month.
      if (NOT_DONE.has(t.normal) && (NEGATIONS.has(t.normal) || t.pos === 'AUX')) return true;
      // "expected to sign": "to" before a verb; "went to Puebla and arrived" is a place gone to.
      const before = tokens[k - 1]?.lemma ?? '';
      if (
        t.normal === 'to' &&
        (EXPECTING.has(before) || REFUSING.has(before)) &&
        tokens[k + 1]?.pos === 'VERB'
      )
        return true;
      if (t.pos === 'VERB' && !AUXILIARY_VERBS.has(t.lemma)) return false;
    }
    return false;
  });
}

/**
 * `draft` (a date, count or who answer to `u`) without its bold headline when its first evidence says the asked
 * past act only as expected or denied ("had threatened to send 5,000 Guard troops … but never did" is no
 * figure of troops sent); `draft` as it is otherwise.
 */
export function withoutUnassertedDirect(draft: Draft | null, u: Understanding, ctx: Context): Draft | null {
  if (!draft?.direct || asksOfAPlan(u.analysis.tokens)) return draft;
  const acts = pastActs(u.analysis.tokens);
  const first = draft.evidence[0];
  const sentence = first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null;
  if (acts.length === 0 || !sentence) return draft;
  return saidOnlyAsUndone(ctx.reader.analyse(sentence.text).tokens, acts)
    ? { ...draft, direct: null }
    : draft;
}
