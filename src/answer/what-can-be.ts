/**
 * A question of what may, can or will be ("can the soldiers arrest people?", "are the troops going to detain
 * migrants?") rather than of what was done: the evidence that says so of one of the question's words, with a
 * modal before it ("…will not detain anyone"), is preferred. Read by the answer to why, how and what
 * questions (explain.ts).
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';
import type { Understanding } from './understand.ts';

/**
 * A question of what may, can or will be ("can the soldiers arrest people?", "are the troops going to detain
 * migrants?", "why can't active-duty troops arrest people?") rather than of what was done.
 */
const ASKS_WHAT_CAN_BE =
  /^\W*(?:(?:so|and|but|ok|wait)\W+)?(?:(?:why\s+)?(?:can|could|will|would|may|might|should)\b(?!\s+(?:you|u)\b)|(?:why\s+)?(?:can't|cant|cannot|couldn't|won't|wouldn't)\b|(?:is|are|was|were)\b[^?]*\bgoing\s+to\b)/i;
/** Words that make a verb possible, planned or denied ("will not detain", "cannot make arrests", "would hand"). */
const MODAL_WORDS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'will',
  'would',
  'may',
  'might',
  'must',
  'should',
  'cannot',
  'ca',
  'wo',
]);
/** How many words after a modal the question's word may come ("will not detain", "cannot make arrests"). */
const MODAL_SCOPE = 3;
/**
 * Boost of evidence that says what may or will be of the question's words, for such a question. 0.5 and 1
 * measured alike on every row on 2026-11-30 (dev 696/855, test 482/796, npm run eval); the smaller kept.
 */
const MODAL_BOOST = 0.5;

/**
 * For a question of what may, can or will be, a boost of the evidence that says so of one of the question's
 * words ("…will not detain anyone" for "can they arrest people?"): a report that it was done ("troops were
 * photographed detaining…") answers another question. `null` for any other question (and for a request to
 * the bot, "can you give me…").
 */
export function asksWhatCanBe(u: Understanding, ctx: Context): ((s: Sentence) => number) | null {
  if (!ASKS_WHAT_CAN_BE.test(u.text)) return null;
  const forms = new Set(u.content.flatMap((l) => [l, ...ctx.reader.synonymsOf(l)]));
  return (s) => {
    const tokens = ctx.reader.analyse(s.text).tokens;
    const says = tokens.some(
      (t, i) =>
        MODAL_WORDS.has(t.normal) &&
        tokens.slice(i + 1, i + 1 + MODAL_SCOPE).some((w) => forms.has(w.lemma) || forms.has(w.normal)),
    );
    return says ? 1 + MODAL_BOOST : 1;
  };
}
