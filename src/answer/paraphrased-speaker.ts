/**
 * "Who described people in Nuevo Laredo as being caught in the middle?": a who-question asking who said
 * something, in the asker's words rather than the speaker's ("We are in the middle," said a nursing student
 * … who lives in Nuevo Laredo). What was said is reported in other words, so no word of it is one the
 * evidence must hold verbatim; the quotation, its sentence and its speaker's description together cover it.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import { quoteEvidence, rankOptions, type Context, type Draft } from './handlers.ts';
import { coverage, evidenceTerms, rankSentences, type WordLens } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/**
 * Share of the question's words (its verb of saying left out) the quotation, its sentence and its speaker's
 * description must cover: MIN_CONFIDENCE's 0.5 with a margin, since no word is required. Measured (npm run
 * eval 2026-12-01) at 0.6: all dev 1049 → 1050/1276, all test 984 → 985/1680, must-decline answered unchanged.
 */
export const PARAPHRASE_MIN_COVERAGE = 0.6;
/**
 * How far ahead of the next speaker's best quotation the best one must be: near speakers.ts's ASKED_LEAD
 * (1.25); not varied (a22-010 has one candidate speaker).
 */
export const PARAPHRASE_LEAD = 1.2;
/** Sentences ranked for the said words, whose quotations (and the next sentence's) are candidates. */
const RANKED_SENTENCES = 10;

/** The lemmas of the question's verbs of saying ("described", "told"), or an empty list. */
export function sayingVerbsAsked(u: Understanding, saying: ReadonlySet<string>): string[] {
  return u.analysis.tokens.filter((t) => t.pos === 'VERB' && saying.has(t.lemma)).map((t) => t.lemma);
}

/** The lemmas of a speaker's description and name, which say who they are ("the aunt of the Laredo man…"). */
function speakerWords(ctx: Context, q: Quote): Set<string> {
  const e = q.speakerId ? ctx.index.entities.get(q.speakerId) : undefined;
  const texts = [e?.description ?? '', e?.name ?? q.speakerName].filter((t) => t.length > 0);
  const out = new Set<string>();
  for (const t of texts)
    for (const token of ctx.reader.analyse(t).tokens) if (token.type === 'word') out.add(token.lemma);
  return out;
}

/** Attributed quotations in or right after the sentences best ranked for the question's said words. */
function candidateQuotes(ctx: Context, ranked: readonly Sentence[]): Quote[] {
  const out = new Map<string, Quote>();
  for (const s of ranked)
    for (const sentence of [s, ctx.index.neighbour(s.id, 1)])
      for (const q of ctx.index.quotesBySentence.get(sentence?.id ?? '') ?? [])
        if (q.speakerId !== null) out.set(q.id, q);
  return [...out.values()];
}

/**
 * The speaker whose quotation says what a "who <verb of saying> …" question reports in other words: the
 * attributed quotation that, with its sentence and its speaker's description, covers the question's words
 * (no word of them required verbatim), holds one of them itself, and leads every other speaker's. `null`
 * when the question asks no saying, or no quotation covers it clearly best.
 */
export function speakerOfParaphrase(u: Understanding, ctx: Context): Draft | null {
  const saying = new Set([...ctx.reader.sayingWords, ...ctx.reader.speechVerbs]);
  if (u.analysis.tokens[0]?.normal !== 'who') return null;
  const verbs = new Set(sayingVerbsAsked(u, saying));
  if (verbs.size === 0) return null;
  const content = u.content.filter((l) => !verbs.has(l));
  if (content.length === 0) return null;
  const terms = new Map([...u.terms].filter(([t]) => !verbs.has(t)));
  const ranked = rankSentences(ctx.index, terms, rankOptions(u, ctx, { limit: RANKED_SENTENCES }));
  const base = ctx.reader.lens(u);
  const lens: WordLens = { ...base, required: () => false };
  const best = new Map<string, { quote: Quote; share: number }>();
  for (const quote of candidateQuotes(
    ctx,
    ranked.map((r) => r.sentence),
  )) {
    const own = new Set(quote.lemmas);
    if (!content.some((l) => own.has(l) || base.synonymsOf(l).some((w) => own.has(w)))) continue;
    const { lemmas, entities } = evidenceTerms([ctx.index.sentence(quote.sentenceIds[0] ?? '')], [quote]);
    for (const w of speakerWords(ctx, quote)) lemmas.add(w);
    const share = coverage(ctx.index, content, u.entities, lemmas, entities, lens);
    const speaker = quote.speakerId ?? '';
    if (share > (best.get(speaker)?.share ?? 0)) best.set(speaker, { quote, share });
  }
  const [first, second] = [...best.values()].sort((a, b) => b.share - a.share);
  if (!first || first.share < PARAPHRASE_MIN_COVERAGE) return null;
  if (second && first.share < PARAPHRASE_LEAD * second.share) return null;
  const id = first.quote.speakerId ?? '';
  return {
    answeredAs: 'who',
    confidence: first.share,
    direct: ctx.index.entities.get(id)?.name ?? first.quote.speakerName,
    lead: null,
    evidence: [quoteEvidence(ctx.index, first.quote)],
    lines: [],
    focus: [id],
  };
}
