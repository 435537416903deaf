/**
 * Words a thing bears, handed over by "read": "a white banner reading, in Spanish, '…'", "a sign that read
 * '…'", "a T-shirt which reads: '…'". A thing that is no person does not speak, so "read" after it says the
 * words are written on it: the thing is the quotation's speaker, named as written from its article ("a white
 * banner"), not the people carrying it nor the one named next.
 */
import { firstTokenAtOrAfter, type Analysis } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import type { WorkingSentence } from './working.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[\p{P}\s]/u;
/** The verb by which a thing bears words. */
const BEARING_VERB = 'read';
const BEARING_PARTICIPLE = 'reading';
/** Relative pronouns between the thing and the verb ("a sign that read"). */
const THING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
/** Words that open the thing's phrase: an article, a possessive, a demonstrative. */
const OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'one',
]);
/** Parts of speech of the words between the opener and the thing's noun ("white", "hand-lettered"). */
const MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB', 'NUM', 'PUNCT']);
/** Tokens at most from the opener to the noun ("a hand - lettered cardboard sign"). */
const MAX_PHRASE_TOKENS = 6;
/** Tokens at most of a phrase set off between the verb and the words (", in Spanish,", ", in red letters,"). */
const MAX_SET_OFF_TOKENS = 5;

/**
 * The thing whose words `span` is, when "read" hands them over right after a noun for no person ("a banner
 * reading", "a sign that read"), past a colon or a phrase set off by commas; `null` otherwise.
 */
export function bearerOfWords(
  sentence: WorkingSentence,
  span: QuoteSpan,
  isPersonNoun: (lemma: string) => boolean,
): SpeakerGuess | null {
  const { analysis, tokenStart, tokenEnd } = sentence;
  const opening = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, span.outerStart);
  if (opening <= tokenStart) return null;
  const handed = [':', ','].includes(tokenAt(analysis, opening - 1).value);
  // "The sign read 'Border closed' all week": words no mark hands over, inside the sentence, are a phrase of
  // it; only words that end it are the thing's whole text.
  if (!handed && !endsSentence(analysis.text, span.outerEnd, sentence.end)) return null;
  const verb = verbBefore(analysis, tokenStart, opening);
  if (verb < 0) return null;
  if (verb <= tokenStart) return null;
  let head = verb - 1;
  // "The notice posted at the ferry landing reads: '…'": a finite "read" has its subject before it, which
  // document-subjects.ts reads whole; only a participle or a relative clause hangs on the noun right before.
  if (THING_RELATIVES.has(tokenAt(analysis, head).normal)) head--;
  else if (tokenAt(analysis, verb).normal !== BEARING_PARTICIPLE) return null;
  if (head < tokenStart) return null;
  const noun = tokenAt(analysis, head);
  // "a banner reading": a tagger that reads the participle as a noun reads the noun before as its adjective.
  const compound = noun.pos === 'ADJ' && tokenAt(analysis, verb).pos === 'NOUN';
  if ((noun.pos !== 'NOUN' && !compound) || !isWrittenLowerCase(noun.value) || isPersonNoun(noun.lemma))
    return null;
  for (let d = head - 1; d >= tokenStart && head - d <= MAX_PHRASE_TOKENS; d--) {
    const t = tokenAt(analysis, d);
    if (OPENERS.has(t.normal))
      return {
        speakerId: null,
        speakerName: lowerFirst(analysis.text.slice(t.start, noun.end)),
        cue: BEARING_VERB,
      };
    if (!MODIFIERS.has(t.pos) || (t.pos === 'PUNCT' && t.value !== '-')) return null;
  }
  return null;
}

/**
 * The token of "read" right before the quotation opening at token `opening` (past a colon or a comma, or a
 * phrase set off by two commas), or -1.
 */
function verbBefore(analysis: Analysis, from: number, opening: number): number {
  let k = opening - 1;
  if (k >= from && [':', ','].includes(tokenAt(analysis, k).value)) {
    k--;
    // ", in Spanish,": a short phrase set off between the verb and the words.
    for (let j = k; j >= from && k - j < MAX_SET_OFF_TOKENS; j--)
      if (tokenAt(analysis, j).value === ',') {
        if (j > from && isBearingVerb(analysis, j - 1)) k = j - 1;
        break;
      }
  }
  return k >= from && isBearingVerb(analysis, k) ? k : -1;
}

/** "read", "reads", "reading": a tagger may read "reading" after a noun as a noun itself. */
function isBearingVerb(analysis: Analysis, k: number): boolean {
  const t = tokenAt(analysis, k);
  return (t.pos === 'VERB' && t.lemma === BEARING_VERB) || t.normal === BEARING_PARTICIPLE;
}

/**
 * True when only marks and spaces stand from `from` to `end`: read up to the first other character, not
 * sliced, as a sentence of thousands of quotations would be once per quotation.
 */
function endsSentence(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) if (!P1.test(text[at] ?? '')) return false;
  return true;
}
