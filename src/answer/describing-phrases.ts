/**
 * What an article calls a person it introduced besides the name, as a question would write it: titles of two
 * words or more, the head of a description opened by an article, the words of an unnamed person's naming. Read
 * by QuestionEntities (question-entities.ts) to find such a person from the question's words.
 */
/** Longest description (in words) that names a person by what they are ("the Pentagon's acting comptroller"). */
const MAX_DESCRIBING_WORDS = 6;

/**
 * The phrases an article uses for a discovered entity besides its name, as question tokens: its titles of two
 * words or more ("kinney county judge") and the head of a description that opens with an article ("the El
 * Paso County judge, whose county…" → "el paso county judge").
 */
export function describingPhrases(e: {
  name: string;
  roles: ReadonlyArray<{ phrases: readonly string[] }>;
  description: string | null;
}): string[][] {
  const out: string[][] = [];
  // Someone the article does not name ("A senior Border Patrol official", "A Guardia Nacional officer
  // patrolling in Anapra") is asked about by the words up to the noun that says what they are, or the last
  // of them ("the border patrol official", "the guardia nacional officer").
  const unnamed =
    /^(?:a|an)\s+(.+?)(?:\s+(?:who|whose|which|that|for|in|on|at|of|from|with)\b|\s+\S+ing\b|,|$)/i.exec(
      e.name,
    );
  if (unnamed) {
    const words = (unnamed[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (let k = 0; k + 2 <= words.length && words.length - k <= MAX_DESCRIBING_WORDS; k++)
      out.push(words.slice(k));
  }
  for (const r of e.roles)
    for (const p of r.phrases) {
      const words = p.toLowerCase().split(/\s+/);
      if (words.length >= 2) out.push(words);
    }
  const head = /^(?:the|a|an)\s+(.+?)(?:,|\s+(?:who|whose|which|that|since|for|in|on|at)\b|$)/i.exec(
    e.description ?? '',
  );
  const words = (head?.[1] ?? '')
    .toLowerCase()
    .replace(/['’]s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length >= 2 && words.length <= MAX_DESCRIBING_WORDS) out.push(words);
  return out;
}
