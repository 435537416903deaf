/**
 * A correspondent who writes under a name in quotation marks: 'Our regular correspondent on the river, who
 * writes over the name "Escandón," was with the column' and later 'Of the losses, "Escandón" writes that …'.
 * The one word in marks is no quotation but the name the described writer goes by: the article shows it by
 * making that word, in marks, the subject of a verb of saying. The writer's words are then theirs under that
 * name as well as the description ('our regular correspondent "Escandón"'), and so are the words the article
 * gives "the" and the description's last noun ("the correspondent adds").
 */
import { lowerBound } from '../nlp/analysis.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** One capitalised word, as a name in marks is written (a comma the marks close on left out). */
const ONE_NAME = /^(\p{Lu}[\p{L}'’-]+),?$/u;
/** The name in marks a writer's full name ends with ('our regular correspondent "Escandón"'). */
const ONE_NAME_IN_FULL = /"(\p{Lu}[\p{L}'’-]+)"$/u;
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
  /** Sentences that open on a name in marks as their subject, by that name. */
  const opened = new Map<WorkingSentence, string>();
  for (const q of quotes) {
    const name = q.parent === null ? ONE_NAME.exec(q.text)?.[1] : undefined;
    if (name !== undefined && saysAfter(q, isSayingVerb, true)) names.add(name);
  }
  if (names.size === 0) return;
  // '"Escandón" reports that …': once the name is known, the tagger's reading of the word after it as a noun
  // does not hide a sentence it opens as the subject of a verb of saying.
  for (const q of quotes) {
    const name = q.parent === null ? ONE_NAME.exec(q.text)?.[1] : undefined;
    const opens = ONLY_MARKS.test(q.sentence.analysis.text.slice(q.sentence.start, q.span.outerStart));
    if (name !== undefined && names.has(name) && opens && saysAfter(q, isSayingVerb, false))
      opened.set(q.sentence, name);
  }
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
  const byName = new Map([...renamed.values()].map((full) => [ONE_NAME_IN_FULL.exec(full)?.[1] ?? '', full]));
  for (const q of quotes) {
    const full = q.speakerId === null ? renamed.get(q.speakerName) : goesOnUnder(q, opened, byName);
    if (full !== undefined) [q.speakerId, q.speakerName] = [null, full];
  }
}

/**
 * '"Escandón" reports that … He adds a word of his own …:': the writer's full name when the words were given
 * to whom a pronoun opening their sentence of saying (their own, or the colon's before them) was taken for,
 * right after a sentence the writer's name in marks opens.
 */
function goesOnUnder(
  q: WorkingQuote,
  opened: ReadonlyMap<WorkingSentence, string>,
  byName: ReadonlyMap<string, string>,
): string | undefined {
  if (q.parent !== null) return undefined;
  const said = [q.attributionSentence, q.sentence, q.sentence.previous];
  for (const s of said) {
    const before = s?.previous;
    const name = before && before.paragraph === s.paragraph ? opened.get(before) : undefined;
    if (!s || name === undefined) continue;
    const first = s.mentions[0];
    const opens = first?.token === s.tokenStart && first.via === 'pronoun' && first.entityId === q.speakerId;
    if (opens && !s.mentions.some((m) => m.entityId === q.speakerId && m.via !== 'pronoun'))
      return byName.get(name);
  }
  return undefined;
}

/**
 * True when a verb of saying follows the quotation's closing mark, the next word: '"Escandón" writes that'
 * (`asVerb`: only a word the tagger reads as a verb).
 */
function saysAfter(q: WorkingQuote, isSayingVerb: (lemma: string) => boolean, asVerb: boolean): boolean {
  const { analysis, tokenStart, tokenEnd } = q.sentence;
  // The first word after the quotation, found by binary search: a sentence may hold thousands of quotations.
  const t = lowerBound(tokenStart, tokenEnd, (i) => (analysis.tokens[i]?.start ?? 0) < q.span.outerEnd);
  const tok = t < tokenEnd ? analysis.tokens[t] : undefined;
  return tok !== undefined && (!asVerb || tok.pos === 'VERB') && isSayingVerb(tok.lemma);
}
