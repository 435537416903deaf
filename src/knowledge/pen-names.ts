/**
 * A correspondent who writes under a name in quotation marks: 'Our regular correspondent on the river, who
 * writes over the name "Escandón," was with the column' and later 'Of the losses, "Escandón" writes that …'.
 * The one word in marks is no quotation but the name the described writer goes by: the article shows it by
 * making that word, in marks, the subject of a verb of saying. The writer's words are then theirs under that
 * name as well as the description ('our regular correspondent "Escandón"'), and so are the words the article
 * gives "the" and the description's last noun ("the correspondent adds").
 */
import type { WorkingQuote } from './working.ts';

/** One capitalised word, as a name in marks is written (a comma the marks close on left out). */
const ONE_NAME = /^(\p{Lu}[\p{L}'’-]+),?$/u;
/** A description in lower-case words ("our regular correspondent"): its last word is its noun. */
const DESCRIPTION = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*\s+(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * Gives the described writer of a name in marks that the article makes the subject of a verb of saying
 * (`isSayingVerb`, by lemma) that name, on every quotation given the description or "the" and its noun.
 * Changes `quotes` in place.
 */
export function penNamesOfDescribedWriters(
  quotes: readonly WorkingQuote[],
  isSayingVerb: (lemma: string) => boolean,
): void {
  const names = new Set<string>();
  for (const q of quotes) {
    const name = q.parent === null ? ONE_NAME.exec(q.text)?.[1] : undefined;
    if (name !== undefined && saysAfter(q, isSayingVerb)) names.add(name);
  }
  if (names.size === 0) return;
  const renamed = new Map<string, string>();
  for (const q of quotes) {
    const name = q.parent === null ? ONE_NAME.exec(q.text)?.[1] : undefined;
    if (name === undefined || !names.has(name) || q.speakerId !== null) continue;
    const noun = DESCRIPTION.exec(q.speakerName)?.[1];
    if (noun === undefined || renamed.has(q.speakerName)) continue;
    const full = `${q.speakerName} "${name}"`;
    renamed.set(q.speakerName, full);
    renamed.set(`the ${noun}`, full);
  }
  for (const q of quotes) {
    const full = q.speakerId === null ? renamed.get(q.speakerName) : undefined;
    if (full !== undefined) q.speakerName = full;
  }
}

/** True when a verb of saying follows the quotation's closing mark, the next word: '"Escandón" writes that'. */
function saysAfter(q: WorkingQuote, isSayingVerb: (lemma: string) => boolean): boolean {
  const { analysis, tokenStart, tokenEnd } = q.sentence;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const tok = analysis.tokens[t];
    if (!tok || tok.start < q.span.outerEnd) continue;
    return tok.pos === 'VERB' && isSayingVerb(tok.lemma);
  }
  return false;
}
