/**
 * A side of a comparison named by what someone did: "what Richardson committed for his border emergency",
 * "what the county spent on the fence". Such a free relative is the object of its own verb, so a question of
 * measure asks it as that verb's question: "how much money did Richardson commit for his border emergency".
 * Reads the side's tokens only: "what", a subject up to the first verb, the verb, and the rest.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Parts of speech of a free relative's subject ("Richardson", "the county", "its governor"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART']);

/**
 * The question `lead` ("how much money") asks of a side that is a free relative ("what Richardson
 * committed…"): "<lead> did <subject> <verb> <rest>"; `null` for a side of any other shape. `tokens` are the
 * side's own, `text` the text their offsets are in.
 */
export function freeRelativeQuestion(tokens: readonly Token[], text: string, lead: string): string | null {
  if (tokens[0]?.normal !== 'what') return null;
  let at = 1;
  while (at < tokens.length && SUBJECT_POS.has(tokens[at]?.pos ?? '')) at++;
  const verb = tokens[at];
  const subjectFrom = tokens[1];
  const subjectTo = tokens[at - 1];
  if (at === 1 || !verb || verb.pos !== 'VERB' || !subjectFrom || !subjectTo) return null;
  const subject = text.slice(subjectFrom.start, subjectTo.end);
  const restFrom = tokens[at + 1];
  const restTo = tokens.at(-1);
  const rest =
    restFrom && restTo && at + 1 < tokens.length ? ` ${text.slice(restFrom.start, restTo.end)}` : '';
  return `${lead} did ${subject} ${verb.lemma}${rest}`;
}
