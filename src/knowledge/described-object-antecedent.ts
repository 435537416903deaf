/**
 * "The same gentleman describes the wife of one of the soldiers, a woman who had followed the battalion, …
 * '…,' she told him.": a "she" or "he" saying the words goes back to the one person of that gender the
 * sentence before describes after its verb, when the subject that sentence opens with is of the other gender.
 * Pronoun resolution looks only at named people, and at an unnamed subject, so the words were no one's.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './working.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { ARTICLES } from '../nlp/articles.ts';

/** What the look-up asks of the article's reader. */
export interface ObjectAntecedentReader {
  isPersonNoun(lemma: string): boolean;
  /** The gender a noun for a person marks ("wife": female), if any. */
  nounGender(lemma: string): 'male' | 'female' | null;
}

/** Parts of speech between a description's article and its noun ("the young wife", "an Austrian corporal"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Words at most between a description's article and its noun. */
const MAX_MODIFIERS = 3;
/** Marks that end a description's words ("the wife of one of the soldiers, a woman who …"). */
const ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', '—', '(', '"', '“', '”']);

/**
 * The person of `gender` described after the opening `subject` (token indices) of `previous`, as written up to
 * the first mark ("the wife of one of the soldiers"), when the subject's noun marks the other gender and
 * exactly one description in the rest of the sentence has a noun marking `gender`; `null` otherwise.
 */
export function describedObjectOfGender(
  reader: ObjectAntecedentReader,
  previous: WorkingSentence,
  subject: readonly number[],
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = previous;
  const head = subject.at(-1);
  if (head === undefined) return null;
  const subjectNoun = tokenAt(analysis, head);
  const subjectGender = subjectNoun.pos === 'NOUN' ? reader.nounGender(subjectNoun.lemma) : null;
  if (subjectGender === null || subjectGender === gender) return null;
  const found: Array<{ from: number; end: number }> = [];
  for (let t = head + 1; t < previous.tokenEnd; t++) {
    if (!ARTICLES.has(tokenAt(analysis, t).normal)) continue;
    const noun = personNounAfter(reader, analysis, t, previous.tokenEnd);
    if (noun < 0 || reader.nounGender(tokenAt(analysis, noun).lemma) !== gender) continue;
    // "the wife of one of the soldiers, a woman who …": a description set beside the last is of the same one.
    if (found.at(-1)?.end === t - 2 && tokenAt(analysis, t - 1).value === ',') continue;
    let end = noun;
    while (end + 1 < previous.tokenEnd && !ENDS.has(tokenAt(analysis, end + 1).value)) end++;
    found.push({ from: t, end });
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return null;
  const text = analysis.text.slice(tokenAt(analysis, only.from).start, tokenAt(analysis, only.end).end);
  return { speakerId: null, speakerName: lowerFirst(text) };
}

/** The token of a singular noun for a person after the article at `t` and a few modifiers, or -1. */
function personNounAfter(reader: ObjectAntecedentReader, analysis: Analysis, t: number, end: number): number {
  for (let k = t + 1; k < end && k - t <= MAX_MODIFIERS + 1; k++) {
    const tok: Token = tokenAt(analysis, k);
    if (tok.pos === 'NOUN' && tok.lemma === tok.normal && reader.isPersonNoun(tok.lemma)) return k;
    if (!MODIFIERS.has(tok.pos)) return -1;
  }
  return -1;
}

/** Words opening a description of someone met ("an old man", "one boy"). */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/**
 * "Hiram Pettus heard of Milam's death as a boy from an old man who had been in the yard. '"He told me, '…'"'
 * Mr. Pettus said": the "he" or "she" opening words nested in a quotation goes back to the person the
 * sentence before it last describes ("an old man who had been in the yard"), as written up to the first mark,
 * when that sentence opens with the quotation's own speaker, who tells of meeting them, the description's noun
 * does not mark the other gender, and no one is named after it; `null` otherwise.
 */
export function describedMetBySpeaker(
  reader: ObjectAntecedentReader,
  outer: { sentence: WorkingSentence; speakerId: string | null },
  gender: 'male' | 'female',
): Omit<SpeakerGuess, 'cue'> | null {
  const previous = outer.sentence.previous;
  if (!previous || previous.paragraph !== outer.sentence.paragraph || outer.speakerId === null) return null;
  if (previous.quoteSpans.length > 0) return null;
  const { analysis } = previous;
  const opening = previous.mentions[0];
  if (opening?.entityId !== outer.speakerId || opening.token !== previous.tokenStart) return null;
  let last: { from: number; noun: number } | null = null;
  for (let t = opening.token + 1; t < previous.tokenEnd; t++) {
    if (!INDEFINITE_OPENERS.has(tokenAt(analysis, t).normal)) continue;
    // "returned the next year as a bracero": a role the one named takes, not someone met.
    if (tokenAt(analysis, t - 1).normal === 'as') continue;
    const noun = personNounAfter(reader, analysis, t, previous.tokenEnd);
    if (noun >= 0) last = { from: t, noun };
  }
  if (!last) return null;
  const marked = reader.nounGender(tokenAt(analysis, last.noun).lemma);
  if (marked !== null && marked !== gender) return null;
  const from = last.from;
  if (previous.mentions.some((m) => m.token > from && m.via !== 'pronoun')) return null;
  // "one boy asked her a question": a verb right after the noun is what they did, no part of who they are.
  let end = last.noun;
  const after = analysis.tokens[end + 1];
  if (after?.pos !== 'VERB' && after?.pos !== 'AUX')
    while (end + 1 < previous.tokenEnd && !ENDS.has(tokenAt(analysis, end + 1).value)) end++;
  const text = analysis.text.slice(tokenAt(analysis, from).start, tokenAt(analysis, end).end);
  return { speakerId: null, speakerName: lowerFirst(text) };
}
