/**
 * Yes/no questions. The coverage rarely says "yes" or "no": it states the claim (often in a headline) and then
 * qualifies or contradicts it ("The soldiers are not all going home, however."). The evidence shown for a
 * yes/no question is that qualifying sentence, with the detail that follows it in its paragraph ("About
 * 2,000 will remain…"), not only the sentence that repeats the question's claim.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { rankOptions, type Context } from './handlers.ts';
import { rankSentences, type Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** A question that opens with an auxiliary: "did all the soldiers leave…?", "was anyone killed…?". */
const YES_NO =
  /^\W*(?:(?:so|and|but|ok|okay|wait|then)\W+)?(?:did|does|do|is|are|was|were|has|have|had|will|would|could|can|should)\b(?!\s+(?:you|u)\b)/i;

/**
 * How far down the ranking, in the best evidence's article, a qualifying sentence is looked for; as far as
 * explain.ts looks for an asked detail.
 */
const QUALIFYING_POOL = 40;

/**
 * Strength added to a sentence whose negation bears on the asked act ("they never got it" for "did they
 * receive…"), over one whose negation bears on something else ("ground no one else could read").
 */
const DENIED_ACT = 2;

/** True when `text` asks a yes/no question (and not a request to the bot, "can you tell me…"). */
export function asksYesNo(text: string): boolean {
  return YES_NO.test(text);
}

/**
 * How strongly a sentence qualifies a claim: two points per kind of qualifying word it has (negation,
 * contrast: "Not every federal came over, however." has both), one more when the reporter says it rather
 * than someone quoted (a quotation's "not" is an opinion on the matter); 0 for a sentence with none.
 */
function qualifyingStrength(ctx: Context, s: Sentence, denies: (s: Sentence) => boolean): number {
  const kinds = ctx.reader.qualifying.filter((marker) => marker.test(s.text)).length;
  if (kinds === 0) return 0;
  return (
    2 * kinds +
    ((ctx.index.quotesBySentence.get(s.id) ?? []).length === 0 ? 1 : 0) +
    (denies(s) ? DENIED_ACT : 0)
  );
}

/**
 * The sentence of `best`'s article that qualifies or contradicts the question's claim most strongly (it says a
 * word or name of the question and words of negation or contrast: "The soldiers are not all going home,
 * however."), with the sentence after it in its paragraph, which most often gives the exception ("About
 * 2,000 will remain…"). When a sentence of `shown` qualifies the claim as strongly ("Nobody was arrested; the
 * labs had been abandoned", "It never did."), only the sentence after it, if not shown. Empty when the article
 * has none.
 */
export function qualifyingEvidence(
  u: Understanding,
  ctx: Context,
  best: Ranked,
  shown: readonly Sentence[],
  denies: (s: Sentence) => boolean = () => false,
): Sentence[] {
  const { index, reader } = ctx;
  if (reader.qualifying.length === 0) return [];
  const forms = u.content.map((l) => new Set([l, ...reader.synonymsOf(l)]));
  const saysAsked = (s: Sentence) =>
    forms.some((f) => s.lemmas.some((l) => f.has(l))) ||
    s.mentions.some((m) => m.via !== 'pronoun' && u.entities.includes(m.entityId));
  // "It never did.": a sentence whose pronoun leans on the one before says what that one says.
  const leansOnAsked = (s: Sentence) => {
    const before = index.leansOn(s.id);
    return before !== null && saysAsked(before);
  };
  const strengthOf = (s: Sentence) =>
    saysAsked(s) || leansOnAsked(s) ? qualifyingStrength(ctx, s, denies) : 0;
  const pool = rankSentences(
    index,
    u.terms,
    rankOptions(u, ctx, { limit: QUALIFYING_POOL, onlySources: [best.sentence.sourceId] }),
  );
  // The strongest of those shown and of the article's others; a shown one wins a tie, and its exception may
  // still be to come ("It never did." then "The force peaked at about 5,900 in November.").
  let found: Sentence | null = null;
  let most = 0;
  for (const s of shown) {
    const strength = strengthOf(s);
    if (strength > most) {
      found = s.kind === 'report' ? s : null;
      most = strength;
    }
  }
  for (const { sentence: s } of pool) {
    if (shown.includes(s) || s.kind !== 'report') continue;
    const strength = strengthOf(s);
    if (strength > most) {
      found = s;
      most = strength;
    }
  }
  if (!found) return [];
  const out = shown.includes(found) ? [] : [found];
  const next = index.neighbour(found.id, 1);
  if (next && next.paragraph === found.paragraph && !shown.includes(next)) out.push(next);
  return out;
}
