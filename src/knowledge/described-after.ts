/**
 * An unnamed speaker described at length after the words they said, before the verb of saying:
 * '"I thought somebody had dropped a stapler," a secretary who was in the office told KFTX 7.' The
 * description is longer than the few words a name and its title take, so the ordinary look after a quotation
 * passes it by; it reads only the words between the quotation and the verb, so it costs nothing per token of
 * the article. The person is named as written, with what qualifies them ("who was in the office").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** Words at most between "a" and the head noun of the description ("a retired customs inspector"). */
const MAX_MODIFIERS = 3;
/** The articles opening a description of someone not met before. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Words that open what qualifies the head noun: a relative clause or a phrase of place or belonging. */
const QUALIFIERS = new Set(['who', 'in', 'at', 'from', 'on', 'near', 'of', 'outside', 'inside', 'with']);

/**
 * The description `subject` (the tokens between a quotation and its verb of saying) gives of one person:
 * "a"/"an", at most a few adjectives and nouns, a noun for a person, then a relative clause or a phrase of
 * place ("a secretary who was in the office", "a nurse at the clinic on Alameda"); `openers` are the words it
 * may open with ("a"/"an" unless told). `null` for anything else: no comma, no second verb of saying, no name
 * standing first.
 */
export function describedBeforeVerb(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
  openers: ReadonlySet<string> = INDEFINITE,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = subject.map((t) => tokenAt(analysis, t));
  const [first] = words;
  if (!first || !openers.has(first.normal)) return null;
  // A comma sets off an apposition or a clause of its own: the words are no one description.
  if (words.some((w) => w.pos === 'PUNCT')) return null;
  // "the lieutenant commanding the detachment": a participle after the head qualifies it as "of" does.
  const qualifier = words.findIndex(
    (w, i) =>
      i > 1 && (QUALIFIERS.has(w.normal) || ((w.pos === 'VERB' || w.pos === 'ADJ') && /ing$/.test(w.normal))),
  );
  if (qualifier < 0 || qualifier - 1 > MAX_MODIFIERS + 1) return null;
  const head = words[qualifier - 1];
  if (!head || head.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return null;
  if (words.slice(1, qualifier - 1).some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  const last = words.at(-1);
  if (!last || last.pos === 'ADP' || last.pos === 'DET' || last.pos === 'PRON') return null;
  return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, last.end)) };
}

/**
 * "One reader who emailed us, a retired surveyor in Hatch, put it simply:": the description set off by commas
 * last in `opening` (the words before a clause's verb, ending with a comma), when it is "a"/"an" and a noun
 * for a person, with or without what qualifies them; `null` when the words end otherwise.
 */
export function apposedDescription(
  analysis: Analysis,
  opening: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  if (opening.length < 3 || tokenAt(analysis, opening.at(-1) ?? -1).value !== ',') return null;
  const start = opening.slice(0, -1).findLastIndex((t) => tokenAt(analysis, t).value === ',');
  if (start <= 0) return null;
  const apposition = opening.slice(start + 1, -1);
  const words = apposition.map((t) => tokenAt(analysis, t));
  const head = words.findIndex((w) => w.pos === 'NOUN' && isPersonNoun(w.lemma));
  const plain = head === words.length - 1;
  if (head < 0 || (!plain && !QUALIFIERS.has(words[head + 1]?.normal ?? ''))) return null;
  return plain
    ? onePersonDescribed(analysis, apposition, isPersonNoun)
    : describedBeforeVerb(analysis, apposition, isPersonNoun);
}

/** "a retired surveyor": "a"/"an", a few adjectives and nouns, and a noun for a person, as written. */
function onePersonDescribed(
  analysis: Analysis,
  words: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const [first, ...rest] = words.map((t) => tokenAt(analysis, t));
  const head = rest.at(-1);
  if (!first || !head || (first.normal !== 'a' && first.normal !== 'an')) return null;
  if (rest.length > MAX_MODIFIERS + 1 || !isPersonNoun(head.lemma)) return null;
  if (rest.some((w) => w.pos !== 'ADJ' && w.pos !== 'NOUN')) return null;
  return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(first.start, head.end)) };
}

/** Tokens at most read back from "who" for the description it refers to ("an officer of the United States"). */
const MAX_ANTECEDENT_TOKENS = 8;

/**
 * "I was shot by an officer of the United States who had told my friends, '…'": the person described by
 * "a"/"an" and a noun for a person, with what follows it up to "who", when `left` (the words before a verb
 * of saying, its auxiliaries aside) ends with that "who"; `null` otherwise.
 */
export function describedBeforeWho(
  analysis: Analysis,
  left: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const who = left.at(-1);
  if (who === undefined || tokenAt(analysis, who).normal !== 'who') return null;
  const end = left.length - 1;
  for (let k = end - 1; k >= 0 && end - k <= MAX_ANTECEDENT_TOKENS; k--) {
    const tok = tokenAt(analysis, left[k] ?? -1);
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'AUX') return null;
    if (tok.normal !== 'a' && tok.normal !== 'an') continue;
    const head = left[k + 1] === undefined ? undefined : tokenAt(analysis, left[k + 1] ?? -1);
    const next = left[k + 2] === undefined ? undefined : tokenAt(analysis, left[k + 2] ?? -1);
    // "an officer of the United States", "an old soldier": the noun for a person first or second.
    const person = [head, next].find((w) => w?.pos === 'NOUN');
    if (!person || !isPersonNoun(person.lemma)) return null;
    const last = tokenAt(analysis, left[end - 1] ?? -1);
    return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(tok.start, last.end)) };
  }
  return null;
}
