/**
 * "And what did Mexico say about it?" after an answer from an article: a country does not speak, its
 * government's bodies and officials do ("the Mexican Defense Ministry", "the Mexican consul in Albuquerque").
 * Their words in the conversation's articles answer, in the order the article gives them.
 */
import type { Quote } from '../knowledge/schema.ts';
import { confidenceOf, quoteEvidence, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{L}/u;

/** Quotations shown for a country's words. */
const MAX_COUNTRY_QUOTES = 3;

/** True when `text` holds one of `words` as a whole word or phrase. */
export function holdsWord(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => {
    const word = w.toLowerCase();
    // Every occurrence: "a Mexicano group and the Mexican consulate" holds "Mexican" at its second.
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + word.length] ?? ' ';
      if (!P1.test(before) && !P1.test(after)) return true;
    }
    return false;
  });
}

/**
 * The words of the country `countryId` stands for in a follow-up (`ctx.followup`): quotations in the last
 * answer's articles whose speaker the coverage places in that country — by the name it gives them ("the
 * Mexican Defense Ministry") or their entity's country or role. `null` for any other speaker,
 * outside a follow-up, or when no such words are there.
 */
export function countrySpeech(u: Understanding, ctx: Context, countryId: string): Draft | null {
  const { index } = ctx;
  const country = index.entities.get(countryId);
  const code = country?.country;
  if (!ctx.followup || !country || country.type !== 'place' || !country.kinds.includes('country') || !code)
    return null;
  const words = ctx.reader.data.countryWords?.[code] ?? [];
  if (words.length === 0) return null;
  const sources = new Set(ctx.conversation.lastSources);
  const ofCountry = (q: Quote) => {
    if (holdsWord(q.speakerName, words)) return true;
    const e = q.speakerId ? index.entities.get(q.speakerId) : undefined;
    if (!e || e.id === countryId) return false;
    // Not their description: "who studies the Mexican army" places no one in Mexico's government.
    return e.country === code || e.roles.some((r) => r.country === code || holdsWord(r.title, words));
  };
  const quotes = index.quotes
    .filter((q) => sources.has(q.sourceId) && !q.social && ofCountry(q))
    .slice(0, MAX_COUNTRY_QUOTES);
  if (quotes.length === 0) return null;
  const sentences = quotes.map((q) => index.sentence(q.sentenceIds[0] ?? ''));
  return {
    answeredAs: 'quote',
    confidence: confidenceOf(u, ctx, sentences, quotes),
    direct: null,
    lead: null,
    evidence: quotes.map((q) => quoteEvidence(index, q)),
    lines: [],
    focus: [...new Set(quotes.map((q) => q.speakerId).filter((id): id is string => id !== null))],
  };
}
