/**
 * 'Our correspondent says our loss there was "very heavy," and among the prisoners were deserters, who
 * fought, he says, "with halters round their necks."': a "he" or "she" saying words later in a sentence whose
 * earlier words a described speaker said ("our correspondent", "the lieutenant") goes on with that speaker
 * when no one is named between them. The pronoun's reading by recency knows only named people, and would give
 * the words to whoever the article named last.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { copyGuess, tokenAt, type SpeakerGuess } from './speakers.ts';
import { firstTokenAtOrAfter, type Token } from '../nlp/pipeline.ts';
import { THIRD_PERSON } from '../nlp/third-person.ts';

/**
 * The described speaker of `previous`, the quotation before `span` in its sentence, when a "he" or "she"
 * with a verb of saying (`isCue`) hands over the words of `span` from the region `to` ends and no person or
 * body is named between the two quotations; `null` otherwise.
 */
export function describedSpeakerInSentence(
  sentence: WorkingSentence,
  span: QuoteSpan,
  to: number,
  previous: WorkingQuote | undefined,
  isCue: (tok: Token) => boolean,
  isSpeakerEntity: (id: string) => boolean,
): SpeakerGuess | null {
  if (!previous || previous.sentence !== sentence || previous.parent !== null) return null;
  if (previous.speakerId !== null || previous.speakerName === 'unattributed') return null;
  if (previous.attributionSentence !== null && previous.attributionSentence !== sentence) return null;
  const { analysis } = sentence;
  const from = previous.span.outerEnd;
  let pronoun = -1;
  // From the previous quotation's end, found by search: a sentence of thousands of quotations is not read from
  // its start once per quotation.
  const first = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, from);
  for (let t = first; t < sentence.tokenEnd; t++) {
    const tok = tokenAt(analysis, t);
    if (tok.start < from || (tok.start >= span.outerStart && tok.end <= span.outerEnd)) continue;
    if (tok.start >= to) break;
    if (!THIRD_PERSON.has(tok.normal)) continue;
    let k = t + 1;
    while (k < sentence.tokenEnd && tokenAt(analysis, k).pos === 'ADV') k++;
    if (k < sentence.tokenEnd && isCue(tokenAt(analysis, k))) {
      pronoun = t;
      break;
    }
  }
  if (pronoun < 0) return null;
  const pronounStart = tokenAt(analysis, pronoun).start;
  const named = sentence.mentions.some((m) => {
    const start = tokenAt(analysis, m.token).start;
    return m.via !== 'pronoun' && start >= from && start < pronounStart && isSpeakerEntity(m.entityId);
  });
  return named ? null : copyGuess(previous);
}
