/**
 * A later part of a message may be nothing but the question phrase of a new question, its clause left out
 * because it is the part before's: "When is the doctor's trial supposed to start, and in what city?" asks in
 * what city the trial is supposed to start; "Where are the commissioners to meet, and how soon?" asks how soon
 * they are to meet. Read alone, "in what city?" asks about nothing, and "how soon" kept inside the first part
 * is lost to its "where". So the phrase is put in place of the part before's own question phrase: "in what
 * city is the doctor's trial supposed to start?". Only a part before that opens with a question word that is
 * no subject (when, where, why, how…) then an auxiliary: in "who was expected to sign it, and when?" the
 * clause after "who" lacks its subject.
 * Measured (npm run eval 2026-12-03, against main at ea0bbef): dev 1404 -> 1405/1790 (a29-058), test 1729 =
 * 1729/2977, declines and must-decline answered unchanged. Also taking a part before that opens with an
 * object phrase and "did" ("How many Guard troops did Bush send, and when?" -> "when did Bush send?") changed
 * no figure, and was left out.
 */

/** Auxiliaries opening the clause a question phrase asks about. English grammar. */
const AUXILIARY =
  '(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can|should|shall|might|must|may)';
/** Prepositions a question phrase may open with ("in what city", "by when"). */
const PREPOSITION = '(?:in|at|on|by|for|from|to|until|till|since|with|after|before|during)';
/**
 * A question phrase that is no subject: "when", "how soon", "in what city", "for how long". "What"/"which" only
 * after a preposition: "…, and what happened?", "…, and which president?" are questions of their own.
 */
const ASKING = `(?:(?:${PREPOSITION}\\s+)?(?:when|where|why|how(?:\\s+(?:long|soon|far|often|late|early|much\\s+later|long\\s+after))?)|${PREPOSITION}\\s+(?:what|which)\\s+[\\p{L}-]+)`;
/** A part that is only a question phrase, "and" before it and "?" after it allowed. */
const ONLY_ASKING = new RegExp(`^(?:and\\s+|also\\s+)?(${ASKING})\\s*[?.!]*$`, 'iu');
/** A part ending in ", and <question phrase>?": group 1 the part before, group 2 the phrase. */
const ENDS_ASKING = new RegExp(`^(.+?)\\s*,?\\s+and\\s+(${ASKING})\\s*[?.!]*$`, 'iu');
/**
 * The question phrase a part before may open with, then an auxiliary: group 1 the phrase, group 2 the clause.
 * "What"/"which" only after a preposition: "which troops were sent" has them as its subject.
 */
const OPENING = `(?:${PREPOSITION}\\s+)?(?:when|where|why|how(?:\\s+(?:long|soon|far|often|late|early))?)|${PREPOSITION}\\s+(?:what|which)\\s+[\\p{L}-]+`;
const OPENS_ASKING = new RegExp(`^(${OPENING})\\s+(${AUXILIARY}\\b.*?)[?.!\\s]*$`, 'iu');

const phraseOf = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** The part before asked again with `asking` in place of its own question phrase; `null` when it opens otherwise. */
function askedAgain(before: string, asking: string): string | null {
  const own = OPENS_ASKING.exec(before.trim());
  if (!own?.[1] || !own[2] || phraseOf(own[1]) === phraseOf(asking)) return null;
  return `${asking} ${own[2]}?`;
}

/**
 * `parts` with every part that is only a question phrase spelled out with the clause of the part before,
 * and a part ending in ", and <question phrase>?" split in two, the second spelled out; parts unchanged
 * otherwise.
 */
export function withElidedClauses(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const ends = ENDS_ASKING.exec(part.trim());
    const split = ends?.[1] && ends[2] ? askedAgain(ends[1], ends[2]) : null;
    if (ends?.[1] && split) {
      out.push(ends[1], split);
      continue;
    }
    const asking = ONLY_ASKING.exec(part.trim())?.[1];
    const before = out.at(-1);
    const spelled = asking && before ? askedAgain(before, asking) : null;
    out.push(spelled ?? part);
  }
  return out;
}
