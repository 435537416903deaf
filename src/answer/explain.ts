/**
 * Why, how and what questions: the best sentences, with the sentence a pronoun leans on, preferring ones that
 * give a reason (why) or name a place (where), and the asked speaker's own words when the coverage has them.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import {
  confidenceOf,
  quoteEvidence,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { answerQuote } from './quote.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** A "where" question prefers evidence naming a place the question did not name. */
const WHERE_QUESTION = /^\s*where\b/i;
const PLACE_BOOST = 0.5;

/** Why or how: the best sentences, preferring ones that give a reason. */
export function answerExplain(u: Understanding, ctx: Context, intent: 'why' | 'what'): Draft | null {
  const { index } = ctx;
  const causal = ctx.reader.causal;
  const causes = (s: Sentence) => s.text.match(causal)?.length ?? 0;
  const asked = new Set(u.entities);
  const namesPlace = (s: Sentence) =>
    s.mentions.some((m) => !asked.has(m.entityId) && index.entities.get(m.entityId)?.type === 'place');
  const boost =
    intent === 'why'
      ? (s: Sentence) => 1 + 0.25 * Math.min(2, causes(s))
      : WHERE_QUESTION.test(u.text)
        ? (s: Sentence) => (namesPlace(s) ? 1 + PLACE_BOOST : 1)
        : undefined;
  const ranked = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, { limit: 10, ...(boost ? { boost } : {}) }),
  );
  // "Where did it happen?": evidence that names no place does not answer, however well it ranks.
  const where = intent === 'what' && WHERE_QUESTION.test(u.text);
  const best = (where ? ranked.find((r) => namesPlace(r.sentence)) : undefined) ?? ranked[0];
  if (!best) return null;
  const chosen: Sentence[] = [best.sentence];
  const previous = index.anaphoric(best.sentence.id) ? index.neighbour(best.sentence.id, -1) : null;
  if (previous) chosen.unshift(previous);
  const next = index.neighbour(best.sentence.id, 1);
  if (next && index.anaphoric(next.id)) chosen.push(next);
  const second = ranked[1];
  if (
    chosen.length === 1 &&
    second &&
    second.score >= best.score * 0.75 &&
    second.sentence.sourceId === best.sentence.sourceId
  )
    chosen.push(second.sentence);
  if (intent === 'why' && !chosen.some((s) => causes(s) > 0)) {
    const reason = ranked.find(
      (r) => r.sentence.sourceId === best.sentence.sourceId && causes(r.sentence) > 0,
    );
    if (reason && !chosen.includes(reason.sentence)) chosen.push(reason.sentence);
  }
  const quotes: Quote[] = [];
  if (u.speakerId && index.speakerQuotes.has(u.speakerId)) {
    const q = answerQuote(u, { ...ctx, excludeShown: false }, u.speakerId);
    const first = q?.evidence[0];
    const quote = first ? index.quoteById.get(first.id) : undefined;
    if (quote && !chosen.some((s) => quote.sentenceIds.includes(s.id))) quotes.push(quote);
    // Why someone said something is most often what they said next ("She added, 'Sovereignty is not for sale.'").
    if (intent === 'why' && quote) {
      const at = index.quotePosition.get(quote.id) ?? -1;
      const after = index.speakerQuotes.get(u.speakerId)?.find((p) => p > at);
      const next = after === undefined ? undefined : index.quotes[after];
      if (next && next.sourceId === quote.sourceId && !chosen.some((s) => next.sentenceIds.includes(s.id)))
        quotes.push(next);
    }
  }
  const confidence = confidenceOf(u, ctx, chosen, quotes);
  return {
    answeredAs: intent,
    confidence,
    direct: null,
    lead: null,
    evidence: [...chosen.map(sentenceEvidence), ...quotes.map((q) => quoteEvidence(index, q))],
    lines: [],
    focus: chosen.flatMap((s) => s.mentions.map((m) => m.entityId)),
  };
}
