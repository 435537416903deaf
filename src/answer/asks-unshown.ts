/**
 * Whether a follow-up asks for what the conversation has not shown yet: "what else did she say?", "any
 * more?", "which other bases are they using?". A definite "the other" picks out someone or something of the
 * story instead ("what were the other two scouts doing?", "what about the other guy?"), and the sentence
 * already shown may be the one that tells of them, so it asks nothing new.
 */

/** "else", "more", or an "other" no "the" makes definite. Read over a question only, never article text. */
const ASKS_UNSHOWN = /\belse\b|\bmore\b|(?<!\bthe\s+)\bother\b/i;

/** True when `question` asks for something not shown yet (see the module's comment). */
export function asksUnshown(question: string): boolean {
  return ASKS_UNSHOWN.test(question);
}
