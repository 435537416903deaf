/**
 * The fallback chain of attribution, for a quotation its own sentence names no speaker of: the speaker of the
 * quotation before it in the sentence or of the sentence before, the subject of a sentence quoting words in part,
 * "She added, …" in the next sentence, the last speaker of the paragraph, the person the paragraph opens by
 * introducing or doing something, or a document the sentence opens.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { ArticleReader } from './article-reader.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { actionBeat, namesOther, subjectsWords } from './opening-speakers.ts';
import { describedSubjectsWords } from './described-subject-words.ts';
import { documentSubjectsWords } from './document-subject-words.ts';
import { documentBeforeWords } from './document-before-words.ts';
import { leadingAttribution } from './words-after-quote.ts';
import { toldOfSpeaker } from './speaker-told-of.ts';
import { endsInColon } from './ends-in-colon.ts';
import { copyGuess, quoteKind, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^[\p{P}\s]*$/u;

/** The person a paragraph opens by introducing ("Dale Whitcomb, 71, a retired engineer, …"), if any. */
export type Introduced = { paragraph: number; guess: SpeakerGuess | null; sentence: WorkingSentence };

/** A quotation of sentence `si` (its `qi`th), with what is read before it: the article's people and quotations. */
export interface QuoteAt {
  sentences: readonly WorkingSentence[];
  si: number;
  span: QuoteSpan;
  qi: number;
  people: readonly PersonMention[];
  /** The quotations attributed so far. */
  quotes: readonly WorkingQuote[];
  introduced: Introduced | null;
}

/** A speaker a fallback carries over, with the sentence that names them and the quotation copied. */
export interface Carried {
  guess: SpeakerGuess | null;
  copiedFrom?: WorkingQuote;
  attributionSentence: WorkingSentence | null;
  /** The sentence's subject as speaker ({@link subjectsWords}) when read; `undefined` until read. */
  subjects: SpeakerGuess | null | undefined;
}

/**
 * For a quotation its own sentence names no speaker of, the fallback chain: the speaker of the quotation
 * before it in the sentence or of the sentence before, the subject of a sentence quoting words in part, "She
 * added, …" in the next sentence, the last speaker of the paragraph, the person the paragraph opens by
 * introducing or doing something, or a document the sentence opens.
 */
export function carriedGuess(reader: ArticleReader, finder: SpeakerFinder, at: QuoteAt): Carried {
  const { sentences, si, span, qi, people, quotes, introduced } = at;
  const sentence = sentences[si] as WorkingSentence;
  /** Only marks and spaces before the quotation in its sentence: it stands as a sentence of its own. */
  const opensSentence = P1.test(sentence.analysis.text.slice(sentence.start, span.outerStart));
  const prevSentence = sentences[si - 1];
  const prevQuote = quotes.at(-1);
  // A speaker named but no known entity ("Mexico's Foreign Ministry said … \"…\" and that … \"…\"")
  // goes on speaking in the same sentence as much as a known one does.
  if (qi > 0 && prevQuote && prevQuote.sentence === sentence && prevQuote.speakerName !== 'unattributed')
    return {
      guess: copyGuess(prevQuote),
      copiedFrom: prevQuote,
      attributionSentence: null,
      subjects: undefined,
    };
  // An unclosed quotation opening its paragraph runs on into the next: its speaker is named there.
  const runsOn = !span.closed && sentence.paragraph !== prevSentence?.paragraph;
  // '"…," Mr. Dolan said. He passed the post on the 29th.' / '"I counted the fires …"': a sentence
  // telling only of the speaker between their words and these does not end their turn.
  const toldOf =
    prevSentence !== undefined &&
    prevQuote !== undefined &&
    toldOfSpeaker(
      prevQuote,
      prevSentence,
      sentences[si + 1]?.paragraph === sentence.paragraph ? (sentences[si + 1] ?? null) : null,
      (id) => reader.entity(id)?.type === 'person',
    );
  if (
    opensSentence &&
    !runsOn &&
    prevSentence &&
    (prevQuote?.sentence === prevSentence || toldOf) &&
    prevQuote?.speakerName !== 'unattributed' &&
    prevSentence.kind === sentence.kind
  )
    return copiedOn(prevQuote);
  /** The sentence's subject as speaker ({@link subjectsWords}), read at most once; `undefined` until read. */
  let subjects: SpeakerGuess | null | undefined;
  // "The commandant sent word … that he would hold the town 'against any number.'": words quoted in
  // part inside a sentence after its own subject, described or named, are theirs, not the speaker's
  // of the next sentence.
  if (quoteKind(sentence.analysis.text.slice(span.start, span.end)) === 'fragment' && !opensSentence) {
    const guess =
      describedSubjectsWords(reader, sentence, span) ??
      (subjects = subjectsWords(reader, sentence, span)) ??
      documentSubjectsWords(finder, sentence, span, people);
    if (guess) return { guess, attributionSentence: null, subjects };
  }
  const next = sentences[si + 1];
  // '…and I'll read you a part of it: / "Dear Mother, …" / Mrs. Sears tells us …': a quotation opening its
  // paragraph after one ending in a colon is handed over by the words before it, not by those after.
  const handedBefore =
    opensSentence &&
    prevSentence !== undefined &&
    prevSentence.paragraph === sentence.paragraph - 1 &&
    endsInColon(prevSentence.analysis.text, prevSentence.start, prevSentence.end);
  const fromNext =
    next && next.kind === sentence.kind && !handedBefore ? leadingAttribution(finder, next, people) : null;
  if (fromNext) return { guess: fromNext, attributionSentence: next ?? null, subjects };
  const samePargraph =
    prevQuote?.sentence.paragraph === sentence.paragraph && prevQuote.sentence.kind === sentence.kind;
  // "In English: '… Joaquín Guzmán Loera has been arrested.'": whom the words speak of is no other speaker.
  const othersNamed = namesOther(reader, sentence, prevQuote?.speakerId ?? null, sentence.end, 0, true);
  if (samePargraph && prevQuote.speakerId !== null && !othersNamed)
    return { ...copiedOn(prevQuote), subjects };
  // "Tomás Rangel, 61, who runs a pecan orchard, watched the trucks pass. '…'": a quotation standing
  // as a sentence of its own, after a paragraph opened by introducing someone, is theirs.
  if (
    introduced?.guess &&
    introduced.sentence !== sentence &&
    opensSentence &&
    !namesOther(reader, sentence, null, sentence.end)
  )
    return { guess: introduced.guess, attributionSentence: introduced.sentence, subjects };
  // "She wiped her goggles on her sleeve. '…'": a quotation standing as a sentence of its own, after a
  // sentence of the same paragraph that opens with a person doing something or a document, is theirs.
  const beat =
    actionBeat(reader, sentence, span, prevSentence, (l) => reader.cues.has(l)) ??
    (opensSentence ? documentBeforeWords(finder, prevSentence, sentence, span, people) : null);
  if (beat) return { guess: beat, attributionSentence: prevSentence ?? null, subjects };
  // "The order ends with the words 'Let no man …'": words inside a sentence a document opens are its.
  // Only words a mark hands over: in "The sign read 'Border closed' all week" they are a phrase of it.
  const guess =
    !opensSentence && handedByMark(sentence.analysis.text, sentence.start, span.outerStart)
      ? documentSubjectsWords(finder, sentence, span, people)
      : null;
  return { guess, attributionSentence: null, subjects };
}

/** True when a colon or a comma stands right before the quotation opening at `outerStart`, after `start`. */
function handedByMark(text: string, start: number, outerStart: number): boolean {
  // Read back over the spaces only: a slice from the sentence's start is as long as the sentence, once per quotation.
  let at = outerStart - 1;
  while (at >= start && /\s/.test(text[at] ?? '')) at--;
  return at >= start && (text[at] === ':' || text[at] === ',');
}

/** The speaker of an earlier quotation, carried over with the sentence that names them. */
function copiedOn(q: WorkingQuote): Carried {
  return {
    guess: copyGuess(q),
    copiedFrom: q,
    attributionSentence: q.attributionSentence ?? q.sentence,
    subjects: undefined,
  };
}
