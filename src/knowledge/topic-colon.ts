/**
 * "Of the town itself: '…'", "And of the landing day: '…'": a letter printed in pieces, each after the topic it
 * speaks of and a colon, with no verb. The piece goes on with the writer of the words printed just before it,
 * in their paragraph or opening the next. One of the attribution passes over an article's
 * quotations (attribution.ts), run after the passes that find a letter's writer.
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { tokenAt } from './speakers.ts';

/** Words that may come before the "of" opening the topic ("And of the landing day:"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'then']);
/** Tokens at most of the topic between "of" and the colon. */
const MAX_TOPIC_TOKENS = 12;

/** Gives each unattributed piece after a topic and a colon the speaker of the quotation before it, in order. */
export function speakersOfTopicPieces(quotes: readonly WorkingQuote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i];
    const previous = quotes[i - 1];
    if (!quote || !previous || quote.speakerName !== 'unattributed') continue;
    if (previous.speakerName === 'unattributed') continue;
    // In the paragraph of the words before, or opening the next one: nothing of anyone else between.
    const gap = quote.sentence.paragraph - previous.sentence.paragraph;
    if (gap > 1 || (gap === 1 && quote.sentence.position !== 1)) continue;
    if (!afterTopicColon(quote.sentence, quote.span)) continue;
    Object.assign(quote, {
      speakerId: previous.speakerId,
      speakerName: previous.speakerName,
      cue: previous.cue,
      copiedFrom: previous,
    });
  }
}

/** True when the words of `sentence` before `span` are only "of", a topic with no verb, and a colon. */
function afterTopicColon(sentence: WorkingSentence, span: QuoteSpan): boolean {
  const { analysis } = sentence;
  let t = sentence.tokenStart;
  if (t < sentence.tokenEnd && JOINERS.has(tokenAt(analysis, t).normal)) t++;
  if (t >= sentence.tokenEnd || tokenAt(analysis, t).normal !== 'of') return false;
  const from = t + 1;
  for (t = from; t < sentence.tokenEnd && t - from <= MAX_TOPIC_TOKENS; t++) {
    const tok = tokenAt(analysis, t);
    if (tok.end > span.outerStart) return false;
    if (tok.value === ':') return t > from && (analysis.tokens[t + 1]?.start ?? Infinity) >= span.outerStart;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || /^[.;!?"“”]$/.test(tok.value)) return false;
  }
  return false;
}
