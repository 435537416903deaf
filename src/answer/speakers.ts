/**
 * Who-questions answered by a speaker or a source: who said the words a question quotes, who said the words
 * the last answer showed, and who the last answer's evidence credits with a report or a figure.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import { agentIn } from './agent.ts';
import { askedPredicates, FIGURING, REPORTING } from './who-predicates.ts';
import { quoteEvidence, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { coverage } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** "Who said (that) <words>": the words someone is asked to have said, given without quotation marks. */
const SAID_CLAUSE =
  /^\W*who\s+(?:\w+\s+)?(?:said|says|say|told|tells|wrote|claimed|insisted|warned)\s+(?:that\s+)?([^?]{12,})\??\s*$/i;

/** Share of a quoted phrase's words a quotation must hold, in order, to be the one quoted. */
const QUOTED_MATCH = 0.8;

/**
 * How many of `phrase`'s words `text` holds in the same order (their longest common subsequence): a word
 * misremembered or added ("people is scared" for "people are scared") costs that word only.
 */
export function inOrder(phrase: readonly string[], text: readonly string[]): number {
  let row = new Array<number>(text.length + 1).fill(0);
  for (const p of phrase) {
    const next = [0];
    for (let j = 0; j < text.length; j++)
      next.push(p === text[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0));
    row = next;
  }
  return row[text.length] ?? 0;
}

/** "Who asked the paper whether anyone died…": the asking verb, and the question asked, after whether/if. */
const ASKED_WHETHER =
  /^\W*who\s+(?:\w+\s+)?(?:asked|wondered|texted|wrote|emailed|wanted\s+to\s+know)\b[^?]*?\b(?:whether|if)\s+([^?]{8,})\??\s*$/i;
/** Share of the asked question's words a quoted question must cover, and how far ahead of the next it must be. */
const ASKED_COVERAGE = 0.6;
const ASKED_LEAD = 1.25;

/**
 * "Who asked the paper whether anyone died on the El Paso side?": the speaker of the quoted question that
 * says what the question reports being asked ("Did anybody on the El Paso side actually get killed?"), in
 * other words if need be. `null` when no quoted question covers it clearly best.
 */
export function askerOfQuestion(u: Understanding, ctx: Context): Draft | null {
  const asked = ASKED_WHETHER.exec(u.text)?.[1];
  if (!asked) return null;
  const content = ctx.reader
    .analyse(asked)
    .tokens.filter((t) => t.type === 'word' && !t.stop)
    .map((t) => t.lemma.toLowerCase());
  if (content.length === 0) return null;
  const lens = ctx.reader.lens(u);
  const scored = ctx.index.quotes
    .filter((q) => q.text.includes('?') && (q.speakerId !== null || q.speakerName !== 'unattributed'))
    .map((quote) => ({
      quote,
      share: coverage(ctx.index, content, [], new Set(quote.lemmas), new Set(), lens),
    }))
    .sort((a, b) => b.share - a.share);
  const [best, next] = scored;
  if (!best || best.share < ASKED_COVERAGE || (next && best.share < ASKED_LEAD * next.share)) return null;
  return speakerAnswer(ctx, best.quote, best.share);
}

/**
 * "Who said 'you cannot have it both ways'?": the attributed quotation holding the words the question
 * quotes (most of them, in order: people quote from memory), answered by its speaker.
 */
export function speakerOfQuotedWords(u: Understanding, ctx: Context): Draft | null {
  const asked = askedPredicates(u);
  // "Who said that nothing about a P-8 off Ensenada is new?": the words after the verb, unmarked.
  const said = u.quoted[0] ?? SAID_CLAUSE.exec(u.text)?.[1];
  if (!said || !asked.some((a) => ctx.reader.speechVerbs.has(a))) return null;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      // An apostrophe inside a word ("don't") is its own; one around it ('military') is a quotation mark.
      .match(P1) ?? [];
  const phrase = words(said);
  if (phrase.length < 2) return null;
  let best: { quote: Quote; share: number } | null = null;
  for (const quote of quotesHoldingAny(ctx, u, new Set(phrase))) {
    if (quote.speakerId === null && quote.speakerName === 'unattributed') continue;
    const share = inOrder(phrase, words(quote.text)) / phrase.length;
    // Words quoted within a quotation ("He said, 'How can we help you…'") are the inner speaker's: of two
    // holding them alike, the shorter.
    const closer = best !== null && share === best.share && quote.text.length < best.quote.text.length;
    if (share >= QUOTED_MATCH && (!best || share > best.share || closer)) best = { quote, share };
  }
  if (!best) return null;
  return speakerAnswer(ctx, best.quote, best.share);
}

/**
 * "Who said it?" after an answer that showed words: the speaker the knowledge gives those words, when the
 * question names no one and asks only who said them. `null` when the last answer quoted no attributed words.
 */
export function speakerOfLastWords(u: Understanding, ctx: Context): Draft | null {
  // The entities a follow-up carries from the conversation are not names of its own.
  const namesSomeone = u.entities.some((id) => !ctx.conversation.focus.includes(id));
  if (!ctx.followup || namesSomeone || u.pronoun === 'male' || u.pronoun === 'female') return null;
  const asked = askedPredicates(u);
  if (asked.length !== 1 || !ctx.reader.speechVerbs.has(asked[0] ?? '')) return null;
  // Only "who said it / that / so": a question asking about any other words is not about the last ones.
  if (!/^\W*who\s+(\w+\s+)?\w+(\s+(it|that|this|those|these|so))?\W*$/i.test(u.text)) return null;
  // The longest attributed words of each sentence: the quotations the answer showed, not fragments of them.
  const quotes = ctx.conversation.lastEvidence
    .map(
      (id) =>
        (ctx.index.quotesBySentence.get(id) ?? [])
          .filter((q) => q.speakerId !== null)
          .sort((a, b) => b.text.length - a.text.length)[0],
    )
    .filter((q): q is Quote => q !== undefined);
  const speakers = [...new Set(quotes.map((q) => q.speakerId ?? ''))];
  if (quotes.length === 0) return null;
  const only = speakers.length === 1 ? (speakers[0] ?? null) : null;
  return {
    answeredAs: 'who',
    confidence: 1,
    // Several speakers in the last answer: each quotation shows its own, and no one name is put in bold.
    direct: only ? (ctx.index.entities.get(only)?.name ?? quotes[0]?.speakerName ?? null) : null,
    lead: null,
    evidence: quotes.slice(0, 3).map((q) => quoteEvidence(ctx.index, q)),
    lines: [],
    focus: speakers,
  };
}

/** "Who reported it", "who broke that story", "who counted them": only a verb and what it points back to. */
const OF_THE_LAST_ANSWER =
  /^\W*who\s+(?:first\s+)?\w+(?:\s+(?:it|that|this|them|those|these|(?:the|that|this|those|these)\s+(?:story|stories|report|reports|news|numbers?|figures?|estimates?)))?\W*$/i;
/** Sentences of the last answer's article looked at for whom it credits, nearest the answer first. */
const MAX_SOURCE_SENTENCES = 40;

/**
 * "Who broke that story?", "who counted them?" after an answer: whoever the last answer's evidence says made
 * it known or put the figure ("according to Agence France-Presse", "estimated by the United Nations"), in the
 * evidence itself, else in the rest of its article, nearest first. `null` when none is credited.
 */
export function creditOfLastAnswer(u: Understanding, ctx: Context): Draft | null {
  const namesSomeone = u.entities.some((id) => !ctx.conversation.focus.includes(id));
  if (!ctx.followup || namesSomeone || !OF_THE_LAST_ANSWER.test(u.text)) return null;
  const asked = askedPredicates(u);
  const verb = asked.length === 1 ? (asked[0] ?? '') : '';
  if (!REPORTING.has(verb) && !FIGURING.has(verb)) return null;
  const isCandidate = (id: string) => {
    const type = ctx.index.entities.get(id)?.type;
    return type === 'organisation' || type === 'person';
  };
  const { index } = ctx;
  const last = ctx.conversation.lastEvidence
    .map((id) => index.sentence(id))
    .filter((s): s is Sentence => s !== null);
  const nearby: Sentence[] = [];
  if (REPORTING.has(verb)) {
    const seen = new Set(last.map((s) => s.id));
    for (let k = 1; k <= MAX_SOURCE_SENTENCES && nearby.length < MAX_SOURCE_SENTENCES; k++) {
      for (const s of last) {
        for (const n of [index.neighbour(s.id, k), index.neighbour(s.id, -k)]) {
          if (n && !seen.has(n.id)) {
            seen.add(n.id);
            nearby.push(n);
          }
        }
      }
    }
  }
  for (const sentence of [...last, ...nearby]) {
    const agent = agentIn(ctx, sentence, [verb], isCandidate);
    if (!agent) continue;
    return {
      answeredAs: 'who',
      confidence: 1,
      direct: index.entities.get(agent)?.name ?? null,
      lead: null,
      evidence: [sentenceEvidence(sentence)],
      lines: [],
      focus: [agent],
    };
  }
  return null;
}

/** A who-answer: the speaker of `quote`, headlined, with the quotation as its evidence. */
function speakerAnswer(ctx: Context, quote: Quote, confidence: number): Draft {
  return {
    answeredAs: 'who',
    confidence,
    direct: (quote.speakerId ? ctx.index.entities.get(quote.speakerId)?.name : null) ?? quote.speakerName,
    lead: null,
    evidence: [quoteEvidence(ctx.index, quote)],
    lines: [],
    focus: quote.speakerId ? [quote.speakerId] : [],
  };
}

/**
 * The quotations holding a lemma of one of the question's `words` (through the quotations' own index, so a
 * large knowledge is not read through); every quotation when none of the words has a lemma there.
 */
function quotesHoldingAny(ctx: Context, u: Understanding, words: ReadonlySet<string>): readonly Quote[] {
  const { index } = ctx;
  const terms = new Map<string, number>();
  for (const t of u.analysis.tokens)
    if (words.has(t.normal) && index.quoteBm25.has(t.lemma)) terms.set(t.lemma, 1);
  if (terms.size === 0) return index.quotes;
  return index.quoteBm25.withScores(terms, (_score, touched, count) =>
    Array.from(touched.subarray(0, count))
      .sort((a, b) => a - b)
      .map((qi) => index.quotes[qi])
      .filter((q): q is Quote => q !== undefined),
  );
}
