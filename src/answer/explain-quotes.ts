/**
 * The quotations shown with an explanation (explain.ts): the asked speaker's own words, the quotation that
 * follows the evidence, and the words a report of a saying leaves to the quotation after it.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';
import { answerQuote } from './quote.ts';
import { quotationAfter, quotationNext, quotationOfIntroduced, showsQuotation } from './quotation-after.ts';
import { sayingLemmas, saidContent } from './said-content.ts';
import { reasonQuotations } from './reason-follow.ts';
import type { Understanding } from './understand.ts';

/** What {@link explanationQuotes} found: the quotations in order, and the one a report of a saying leaves out. */
export interface ExplanationQuotes {
  quotes: Quote[];
  said: Quote | null;
}

/**
 * The quotations to show beside `chosen`, whose best sentence is `best` (shown after `previous` when not
 * `null`); `askedSaying` holds the verbs of saying the question asks with.
 */
export function explanationQuotes(
  u: Understanding,
  ctx: Context,
  intent: 'why' | 'what',
  best: Sentence,
  previous: Sentence | null,
  chosen: readonly Sentence[],
  askedSaying: readonly string[],
): ExplanationQuotes {
  const { index } = ctx;
  const quotes = speakerQuotes(u, ctx, intent, chosen);
  // "Why does the ACLU oppose…": the evidence reports what someone holds; their reason is most often the
  // quotation that follows ("…said the zone puts soldiers in a role… 'a dangerous erosion…'"). "What did
  // the neighbor lady say?": the evidence introduces the speakers ("neighbors said the order came too
  // late"); what they said is the quotation that follows.
  // Another's quotation shown as a further passage does not stand for the words of the one the best introduces.
  const bestShown = [previous, best].filter((x): x is Sentence => x !== null);
  const asksContent = askedSaying.length > 0;
  if ((intent === 'why' || (asksContent && !showsQuotation(index, bestShown))) && quotes.length === 0) {
    const next = quotationAfter(index, best) ?? (asksContent ? quotationNext(index, best) : null);
    if (next && !showsQuotation(index, chosen, next)) quotes.push(next);
  }
  // A transcript's narration shows the host's words while it introduces another speaker, whose turn follows.
  const introduced = asksContent && quotes.length === 0 ? quotationOfIntroduced(index, best) : null;
  if (introduced && !showsQuotation(index, chosen, introduced)) quotes.push(introduced);
  // "…asked what?": a report of a saying ("Lugo said the flights worry him less than what could come after
  // them.") leaves its words to the quotation after it, shown before a quotation found elsewhere.
  const sayings = (x: Sentence) => sayingLemmas(ctx.reader.analyse(x.text).tokens, ctx.reader.speechVerbs);
  // Not when the answer already shows a quotation from the report on; one in the scene shown before the report
  // ("'On Telegram, the halcones were sharing…,' Lugo said." then "Lugo said the flights worry him less…") is
  // not the words the report leaves out.
  const reportedBy = (q: Quote) => (index.sentenceIndex.get(q.sentenceIds[0] ?? '') ?? 0) - 1;
  const foundSaid = asksContent ? saidContent(index, [best, ...chosen], sayings, askedSaying) : null;
  const said =
    foundSaid &&
    !showsQuotation(
      index,
      chosen.filter((x) => (index.sentenceIndex.get(x.id) ?? 0) >= reportedBy(foundSaid)),
    )
      ? foundSaid
      : null;
  if (said && !quotes.includes(said)) quotes.unshift(said);
  return { quotes, said };
}

/** The asked speaker's own words not in `chosen`, and for a why-question what they said next. */
function speakerQuotes(
  u: Understanding,
  ctx: Context,
  intent: 'why' | 'what',
  chosen: readonly Sentence[],
): Quote[] {
  const { index } = ctx;
  const quotes: Quote[] = [];
  if (!u.speakerId || !index.speakerQuotes.has(u.speakerId)) return quotes;
  const q = answerQuote(u, { ...ctx, excludeShown: false }, u.speakerId);
  const first = q?.evidence[0];
  const quote = first ? index.quoteById.get(first.id) : undefined;
  if (quote && !chosen.some((s) => quote.sentenceIds.includes(s.id))) quotes.push(quote);
  // Why someone said something is most often what they said next ("She added, 'Sovereignty is not for sale.'").
  // One that only recounts another's words ("He said, 'How can we help you…'") is followed by the one after.
  if (intent === 'why' && quote)
    for (const next of reasonQuotations(index, u.speakerId, quote))
      if (!chosen.some((s) => next.sentenceIds.includes(s.id)) && !quotes.includes(next)) quotes.push(next);
  return quotes;
}
