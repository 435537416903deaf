/**
 * Whether a follow-up asks for what the conversation has not shown yet: "what else did she say?", "any
 * more?", "which other bases are they using?", "and the other one?". The sentences already shown are left out.
 * A definite "the other" is read so too: after "What did Becker say?", "what about the other one?" asks for
 * someone else's words, and leaving Becker's shown sentences in repeats him (review of fu21: the answer
 * repeated the person just shown in 432 of 597 such follow-ups on articles-30…39, against 166 before).
 */

/** "else", "more", "other". Read over a question only, never article text. */
const ASKS_UNSHOWN = /\belse\b|\bmore\b|\bother\b/i;

/** True when `question` asks for something not shown yet (see the module's comment). */
export function asksUnshown(question: string): boolean {
  return ASKS_UNSHOWN.test(question);
}
