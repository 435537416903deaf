/**
 * A long message's question sentence often opens with more of the person's story and reaches its question
 * only after a comma or a dash: "I always thought all the Tejanos wanted independence, so I'm kind of
 * confused, what did Plácido Benavides fight for?", "…I need it for the bibliography — what day did the
 * attack happen?". The question starts at the first asking word after such a break; the story before it is
 * the message's context, so its words neither steer the search nor stand as a part that asks nothing.
 */

/** Words that open a question clause: a question word, or an auxiliary that opens a yes/no question. */
export const ASKING =
  'who|whom|whose|what|when|where|why|how|which|did|does|do|is|was|were|are|has|have|had|can|could|would|will';

/**
 * A break before a question clause: a comma, or a dash set off by spaces, then at most one word that only
 * joins the clause on ("so", "but", "anyway"), then an asking word.
 */
const BREAK_BEFORE_ASKING = new RegExp(
  `(?:,|\\s[—–-])\\s+(?:(?:so|but|anyway|then)\\s+)?(?=(?:${ASKING})\\b)`,
  'gi',
);
/**
 * A sentence that asks from its start, or after one word that sets its tone ("Like what are the soldiers
 * doing…"): its question is not buried.
 */
const OPENS_ASKING = new RegExp(
  `^(?:(?:${ASKING})|\\S+\\s+(?:who|whom|whose|what|when|where|why|how|which))\\b`,
  'i',
);
/** The story before the question must be at least this many words to be read as story, not as the topic. */
const MIN_STORY_WORDS = 5;
/** The question after the break must be at least this many words. */
const MIN_QUESTION_WORDS = 3;

/** A letter or a digit: what makes a run between spaces a word. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The words of `text`: runs between spaces that hold a letter or a digit. */
export function words(text: string): number {
  return text.split(/\s+/).filter((w) => WORDLIKE.test(w)).length;
}

/**
 * The question clause of `sentence` and the story before it, when the sentence tells something first and
 * asks after a break (see the module header); `null` when it opens as a question or holds no such break.
 */
export function buriedQuestion(sentence: string): { question: string; before: string } | null {
  if (OPENS_ASKING.test(sentence.trim())) return null;
  for (const m of sentence.matchAll(BREAK_BEFORE_ASKING)) {
    const at = m.index ?? 0;
    const before = sentence.slice(0, at).trim();
    const question = sentence.slice(at + m[0].length).trim();
    if (words(before) < MIN_STORY_WORDS || words(question) < MIN_QUESTION_WORDS) continue;
    return { question, before };
  }
  return null;
}
