/**
 * A live blog's entry heading quoting the entry's speaker in shorter words ('1:50 p.m. — "My
 * great-grandmother hid them under the floor"' over '"My great-grandmother hid two of her boys under the
 * floor when the shooting started," Ms. Martínez said'): the heading's words are that speaker's. So are an
 * article's title's, quoting words its body gives someone.
 */
import type { WorkingQuote } from './annotate.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const NOT_WORD = /[^\p{L}\p{N}'’]+/gu;
/** Letters before a heading's quotation other than a time of day's "a.m."/"p.m." make it a sentence, not a heading. */
const TIME_OF_DAY = /\b[ap]\.?m\.?(?![\p{L}])/giu;
const LETTER = /\p{L}/u;

/** Quotations after a heading searched for the words it shortens: an entry quotes its speaker soon. */
const MAX_QUOTES_AFTER_HEADING = 6;
/** Words a heading's quotation must hold, so that a word or two is no one's echo. */
const MIN_HEADING_WORDS = 4;
/**
 * Share of a heading's words a later quotation must hold to be the words it shortens: 7 of 8 in the live
 * blog of articles-23; a heading echoing a quotation loosely (half its words) is left alone.
 */
const MIN_SHARED_WORDS = 0.75;

/** A quotation's words, lower case. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(NOT_WORD)
    .filter((w) => w !== '');
}

/**
 * True when `q` is a paragraph of its own but for a time of day and a dash before it: an entry's heading.
 */
export function isHeadingQuote(q: WorkingQuote): boolean {
  if (q.parent !== null) return false;
  const text = q.sentence.analysis.text;
  if (LETTER.test(text.slice(q.span.outerEnd))) return false;
  // A sentence of the paragraph before it with letters makes it no heading; read so, a paragraph of thousands
  // of quotations is not read again from its start for each (the check stays linear in the article).
  const previous = q.sentence.previous;
  if (previous && previous.paragraph === q.sentence.paragraph && LETTER.test(previous.text)) return false;
  return !LETTER.test(text.slice(0, q.span.outerStart).replace(TIME_OF_DAY, ''));
}

/**
 * Gives each heading's quotation no one was found to say (see {@link isHeadingQuote}) the speaker of the
 * first quotation of the paragraphs after it holding most of its words, as the entry's own words.
 */
export function speakerOfHeadingQuotes(quotes: readonly WorkingQuote[]): void {
  quotes.forEach((quote, i) => {
    if (quote.speakerName !== 'unattributed' || !isHeadingQuote(quote)) return;
    const heading = words(quote.text);
    if (heading.length < MIN_HEADING_WORDS) return;
    for (let d = 1; d <= MAX_QUOTES_AFTER_HEADING; d++) {
      const other = quotes[i + d];
      if (!other || other.sentence.paragraph === quote.sentence.paragraph) continue;
      if (isHeadingQuote(other)) return;
      if (other.speakerName === 'unattributed') continue;
      const said = new Set(words(other.text));
      if (heading.filter((w) => said.has(w)).length < MIN_SHARED_WORDS * heading.length) continue;
      Object.assign(quote, { speakerId: other.speakerId, speakerName: other.speakerName, cue: null });
      return;
    }
  });
}

/** Words a title's quotation must hold to be looked for in the words said after it. */
const MIN_TITLE_WORDS = 4;

/**
 * An article's title quoting words its body gives someone ('"The wall came to Morley Avenue": Operation
 * Safeguard at 30' over a caller's turn "… and the wall came to Morley Avenue."): the article's first
 * quotation, opening its paragraph, no one was found to say, is the speaker's of the first quotation after
 * it that holds all its words in order. Read after transcript turns and interview answers have speakers;
 * one title per article, so the search is linear in its quotations.
 */
export function speakerOfTitleQuote(quotes: readonly WorkingQuote[]): void {
  const title = quotes[0];
  if (!title || title.parent !== null || title.speakerName !== 'unattributed') return;
  const { sentence, span } = title;
  if (sentence.previous?.paragraph === sentence.paragraph) return;
  if (LETTER.test(sentence.analysis.text.slice(0, span.outerStart))) return;
  const heading = words(title.text);
  if (heading.length < MIN_TITLE_WORDS) return;
  const echo = ` ${heading.join(' ')} `;
  for (const other of quotes) {
    if (other === title || other.speakerName === 'unattributed') continue;
    if (other.sentence.paragraph <= sentence.paragraph) continue;
    if (!` ${words(other.text).join(' ')} `.includes(echo)) continue;
    Object.assign(title, { speakerId: other.speakerId, speakerName: other.speakerName, cue: null });
    return;
  }
}
