/**
 * Quote questions: what a speaker (or anyone) said on a topic, best match first, scored over the quote's own
 * words, its sentence and the sentence before; for a speaker the coverage never quotes, what it reports.
 */
import { quoteSurroundings } from './quote-span.ts';
import type { Quote } from '../knowledge/schema.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  quoteEvidence,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import { onlyAsOwnerOfPerson } from './quote-scene.ts';
import { sentencesAfterLastAnswer } from './reply-order.ts';
import { aliasWords } from './alias-words.ts';
import { noQuotationOnTopic, sceneCovers, TOPIC_MIN_COVERAGE, topicUnquoted } from './quote-topic.ts';
import { reportBeforeQuote } from './report-before-quote.ts';
import { coverage, rankSentences, sourceFlags, TopK, type Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';
import { onlyActsOf } from './reported-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

const MAX_QUOTES = 3;
/** Quotes considered when a quote question names neither a speaker nor a topic the coverage has. */
const MAX_UNFOCUSED_QUOTES = 50;
/** A word in at least this share of the sentences is too common to be a quote question's topic. */
const COMMON_WORD_SHARE = 0.08;

/** The BM25 IDF of a word found in `share` of `n` sentences. */
function idfAtShare(n: number, share: number): number {
  const df = Math.max(1, Math.round(n * share));
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Topic words of a quote question: its content minus the speaker's name and the verb of saying. */
function topicOf(u: Understanding, ctx: Context, speakerId: string | null): Topic {
  const speaker = speakerId ? ctx.index.entities.get(speakerId) : undefined;
  const nameWords = aliasWords(speaker?.aliases ?? []);
  // "The colonel" for a speaker the article calls "Col.": the title in full names them as well.
  const abbreviations = ctx.reader.data.titleAbbreviations;
  for (const r of speaker?.roles ?? [])
    for (const p of [r.title, ...r.phrases])
      for (const w of p.toLowerCase().split(/[\s'’]+/)) {
        nameWords.add(w);
        const full = abbreviations?.get(w.replace(/\.$/, ''));
        if (full) nameWords.add(full);
      }
  // "What did the Fort Bliss museum director say…": words that describe them in the question (those the
  // question's content leaves out) are not the topic.
  const described = (speaker?.description ?? '').toLowerCase().split(P1);
  // "What did Ambassador Gavin say…": the title written before the name names them too.
  const titled = speaker ? titleBeforeName(u, nameWords, ctx.reader.data.titles ?? [], described) : [];
  for (const w of described) if (w && !u.content.includes(w)) nameWords.add(w);
  for (const w of titled) nameWords.add(w);
  const saying = ctx.reader.sayingWords;
  const keep = (l: string) => !saying.has(l) && !nameWords.has(l) && !l.startsWith(ENTITY_TERM);
  const terms = new Map(
    [...u.terms].filter(([t]) => keep(t) && !(speakerId && t === ENTITY_TERM + speakerId)),
  );
  for (const id of u.entities) if (id !== speakerId) terms.set(ENTITY_TERM + id, 1);
  // The verb of saying matches the sentence around a quotation ("told the caravan") and the quotation's own
  // words in which the speaker tells of telling ("What does he tell the visitors?" → "I tell them to walk…").
  // Leaving "say" out measured the same right answers and one more dev decline (npm run eval 2026-12-01).
  for (const [t, w] of u.terms) if (saying.has(t) && !terms.has(t)) terms.set(t, Math.max(w, 0.5));
  return { terms, content: u.content.filter(keep) };
}

interface Topic {
  /** The topic's words, the verb of saying among them, for the quotations and the sentences around them. */
  terms: Map<string, number>;
  content: string[];
}

/** How many words before a speaker's name in the question are looked at for their title ("Army Gen."). */
const TITLE_REACH = 2;

/**
 * The words right before the speaker's name in the question (a word of `nameWords`, their aliases) that are
 * a title ("Ambassador Gavin") or that the speaker's description holds ("consul Laura Ibarra"): they say
 * who, not what about.
 */
function titleBeforeName(
  u: Understanding,
  nameWords: ReadonlySet<string>,
  titles: readonly string[],
  described: readonly string[],
): string[] {
  const tokens = u.analysis.tokens;
  const at = tokens.findIndex((t) => nameWords.has(t.normal));
  const words: string[] = [];
  for (let i = at - 1; at > 0 && i >= Math.max(0, at - TITLE_REACH); i--) {
    const t = tokens[i];
    if (!t || !(titles.includes(t.lemma) || described.includes(t.lemma) || described.includes(t.normal)))
      break;
    words.push(t.lemma, t.normal);
  }
  return words;
}

/** Quotations by a speaker (or by anyone), best match for the topic first. */
export function answerQuote(u: Understanding, ctx: Context, speakerId: string | null): Draft | null {
  const { index } = ctx;
  const topic = topicOf(u, ctx, speakerId);
  const otherEntities = u.entities.filter(
    (id) => id !== speakerId && index.entities.get(id)?.type !== 'place',
  );
  // A word in a large share of the coverage ("border") names no topic of its own when a speaker is asked.
  const commonIdf = speakerId ? idfAtShare(index.sentences.length, COMMON_WORD_SHARE) : 0;
  const hasTopic =
    topic.content.some((l) => index.sentenceBm25.idf(l) > commonIdf || index.quoteBm25.idf(l) > commonIdf) ||
    otherEntities.length > 0;
  // "What did Teague say about the railroad budget?": words the coverage never uses rank no quotation, but a
  // topic was asked; when none of the speaker's quotations is about it, the reply says so, not all of them.
  const unquoted = () =>
    speakerId && topicUnquoted(u, ctx, speakerId, topic.content, !hasTopic)
      ? noQuotationOnTopic(u, ctx, speakerId)
      : null;
  if (!hasTopic && speakerId) {
    const declined = unquoted();
    if (declined) return declined;
  }
  const shown = new Set<number>();
  for (const id of ctx.excludeShown ? ctx.conversation.shownQuotes : []) {
    const position = index.quotePosition.get(id);
    if (position !== undefined) shown.add(position);
  }
  const near = sourceFlags(index, ctx.followup ? ctx.conversation.lastSources : []);
  const scored = scoreQuotes(index, topic, speakerId, hasTopic, new Set(otherEntities), near);
  if (speakerId && scored.at.length === 0) return reportedSpeech(u, ctx, speakerId, topic) ?? unquoted();
  // A year asked about: quotations from a source of that year, or one that dates something in it. None
  // such is no answer ("what did López Obrador say in 2025?"), not his words of another year.
  const inYears = (qi: number) => index.sourceOfYears(index.quoteSource[qi] ?? -1, u.years);
  const yearsMatter = u.years.length > 0;
  const candidates: number[] = [];
  const candidateScores: number[] = [];
  for (let k = 0; k < scored.at.length; k++) {
    const qi = scored.at[k] ?? -1;
    if (shown.has(qi) || (yearsMatter && !inYears(qi))) continue;
    candidates.push(qi);
    candidateScores.push(scored.score[k] ?? 0);
  }
  if (candidates.length === 0) return null;

  let chosen: Quote[];
  if (hasTopic) {
    const top = new TopK(2);
    for (let k = 0; k < candidates.length; k++) {
      const score = candidateScores[k] ?? 0;
      if (score > 0) top.add(score, candidates[k] ?? -1);
    }
    const bestScore = top.score[0] ?? 0;
    const best = top.size > 0 ? index.quotes[top.at[0] ?? -1] : undefined;
    if (!best) return null;
    const covers = (spanned: boolean) => {
      const around = quoteSurroundings(index, best, spanned);
      const covered = coverage(
        index,
        topic.content,
        otherEntities,
        around.lemmas,
        around.entities,
        ctx.reader.lens(u),
      );
      return covered >= TOPIC_MIN_COVERAGE ? around : null;
    };
    // "What did Saldívar say about Ugartechea?": a speaker's words whose later sentence names the topic are
    // about it too. Only where the first sentence does not cover it: scoring every quotation by all its
    // sentences moved 15 sets both ways (all dev −2, all test −4, npm run eval 2026-12-04).
    const covered = covers(false) ?? (speakerId ? covers(true) : null);
    const around = covered ?? quoteSurroundings(index, best, false);
    if (!covered && !(speakerId && sceneCovers(u, ctx, best, topic.content, otherEntities)))
      return speakerId ? (reportedSpeech(u, ctx, speakerId, topic) ?? unquoted()) : null;
    // "What did Ahearn write home once he got to France?": words said on another occasion do not answer.
    const occasionSet = occasionWords(u);
    const occasion = topic.content.filter((l) => occasionSet.has(l));
    if (
      occasion.length > 0 &&
      coverage(index, occasion, [], around.lemmas, around.entities, ctx.reader.lens(u)) < TOPIC_MIN_COVERAGE
    )
      return null;
    chosen = [];
    for (let k = 0; k < top.size; k++) {
      const q = index.quotes[top.at[k] ?? -1];
      if (q && (top.score[k] ?? 0) >= bestScore * 0.5) chosen.push(q);
    }
  } else {
    const preferred = candidates.filter((qi) => {
      if (index.quoteSocial[qi] === 1) return false;
      const parent = index.quoteParent[qi] ?? -1;
      return parent < 0 || index.quotes[parent]?.speakerId !== speakerId;
    });
    const nearAt = (qi: number) => near?.[index.quoteSource[qi] ?? -1] ?? 0;
    const after = sentencesAfterLastAnswer(
      index,
      ctx.followup && u.intent === 'quote' ? ctx.conversation.lastEvidence : [],
    );
    const soonAfter = (a: number, b: number) => {
      const x = after(a);
      const y = after(b);
      return x === y ? 0 : x < y ? -1 : 1;
    };
    chosen = smallest(
      preferred.length > 0 ? preferred : candidates,
      MAX_QUOTES,
      (a, b) =>
        nearAt(b) - nearAt(a) ||
        soonAfter(a, b) ||
        (index.quoteFull[b] ?? 0) - (index.quoteFull[a] ?? 0) ||
        a - b,
    ).flatMap((qi) => index.quotes[qi] ?? []);
  }
  chosen = withContinuations(index, chosen);
  const speaker = speakerId ? index.entities.get(speakerId) : undefined;
  const first = chosen[0];
  const report =
    hasTopic && first ? reportBeforeQuote(index, first, topic.content, ctx.reader.speechVerbs) : null;
  return {
    answeredAs: 'quote',
    confidence: hasTopic
      ? Math.max(
          MIN_CONFIDENCE,
          confidenceOf(
            u,
            ctx,
            [...(report ? [report] : []), ...chosen.map((q) => index.sentence(q.sentenceIds[0] ?? ''))],
            chosen,
          ),
        )
      : 1,
    direct: null,
    lead: speaker ? `${speaker.name} in the coverage:` : null,
    evidence: [...(report ? [sentenceEvidence(report)] : []), ...chosen.map((q) => quoteEvidence(index, q))],
    lines: [],
    focus: speakerId
      ? [speakerId]
      : [...new Set(chosen.map((q) => q.speakerId).filter((id): id is string => id !== null))],
  };
}

/**
 * A speaker's quotes (or, with no speaker, the quotes the topic reaches) scored for the topic: their own
 * words, their sentence and the sentence before it; a quote recounted by someone the question names gains,
 * as does one from a source of the conversation, and a social post loses. With `matchingOnly`, quotes the
 * topic does not reach are left out (a prolific speaker has thousands). Reads typed arrays only.
 */
function scoreQuotes(
  index: KnowledgeIndex,
  topic: Topic,
  speakerId: string | null,
  matchingOnly: boolean,
  recountedBy: ReadonlySet<string>,
  nearSources: Uint8Array | null,
): { at: number[]; score: number[] } {
  const at: number[] = [];
  const score: number[] = [];
  index.sentenceBm25.withScores(topic.terms, (sentenceScore, sentencesTouched, sentenceCount) =>
    index.quoteBm25.withScores(topic.terms, (quoteScore, quotesTouched, quoteCount) => {
      const pool = speakerId
        ? (index.speakerQuotes.get(speakerId) ?? [])
        : quotesAround(index, sentencesTouched, sentenceCount, quotesTouched, quoteCount);
      for (const qi of pool) {
        const si = index.quoteSentence[qi] ?? -1;
        let value =
          0.5 * (quoteScore[qi] ?? 0) + (sentenceScore[si] ?? 0) + 0.3 * (sentenceScore[si - 1] ?? 0);
        const parent = index.quoteParent[qi] ?? -1;
        if (parent >= 0 && recountedBy.size > 0) {
          const parentSpeaker = index.quotes[parent]?.speakerId;
          if (parentSpeaker && recountedBy.has(parentSpeaker)) value += 1;
        }
        if (matchingOnly && value <= 0) continue;
        if (nearSources?.[index.quoteSource[qi] ?? -1] === 1) value *= 1.5;
        if (index.quoteSocial[qi] === 1) value *= 0.5;
        at.push(qi);
        score.push(value);
      }
    }),
  );
  return { at, score };
}

/** A quotation this short is a fragment its attribution cut ("The Army," he said, "had orders to…"). */
const FRAGMENT_WORDS = 4;

/**
 * The chosen quotations, each fragment its attribution cut followed by the rest of the speaker's words in
 * the same sentence ("The Army," he said, "had orders to protect El Paso…"): the fragment alone says nothing.
 */
function withContinuations(index: KnowledgeIndex, chosen: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of chosen) {
    if (!out.includes(q)) out.push(q);
    if (q.text.split(/\s+/).length > FRAGMENT_WORDS || !q.speakerId) continue;
    const same = index.quotesBySentence.get(q.sentenceIds[0] ?? '') ?? [];
    const next = same[same.indexOf(q) + 1];
    if (next && next.speakerId === q.speakerId && !out.includes(next)) out.push(next);
  }
  return out;
}

/** Quotes a topic search reached, through their own words or their sentence; the first ones when it reached none. */
function quotesAround(
  index: KnowledgeIndex,
  sentencesTouched: Int32Array,
  sentenceCount: number,
  quotesTouched: Int32Array,
  quoteCount: number,
): number[] {
  if (sentenceCount === 0 && quoteCount === 0) {
    return Array.from({ length: Math.min(MAX_UNFOCUSED_QUOTES, index.quotes.length) }, (_, i) => i);
  }
  const out = new Set<number>();
  for (let k = 0; k < quoteCount; k++) out.add(quotesTouched[k] ?? -1);
  for (let k = 0; k < sentenceCount; k++) {
    for (const q of index.quotesBySentence.get(index.sentences[sentencesTouched[k] ?? -1]?.id ?? '') ?? []) {
      out.add(index.quotePosition.get(q.id) ?? -1);
    }
  }
  return [...out];
}

/** The `n` first items under `compare`, in order: a partial sort, for long lists of which few are shown. */
function smallest<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length >= n && last !== undefined && compare(item, last) >= 0) continue;
    let k = top.length;
    top.push(item);
    while (k > 0 && compare(item, top[k - 1] as T) < 0) {
      top[k] = top[k - 1] as T;
      k--;
    }
    top[k] = item;
    if (top.length > n) top.pop();
  }
  return top;
}

/** For a speaker the coverage never quotes: what it reports about them on the topic, if anything. */
function reportedSpeech(u: Understanding, ctx: Context, speakerId: string, asked: Topic): Draft | null {
  const { index } = ctx;
  // "What did Hegseth tell reporters when he went to Eagle Pass?": a sentence that reports the visit
  // reports the occasion, not what was said on it; the words of the occasion are no topic here.
  const occasion = occasionWords(u);
  const topic = {
    ...asked,
    terms: new Map([...asked.terms].filter(([t]) => !occasion.has(t))),
    content: asked.content.filter((l) => !occasion.has(l)),
  };
  if (topic.content.length === 0) return speakerAsSubject(ctx, speakerId);
  const terms = new Map(topic.terms);
  terms.set(ENTITY_TERM + speakerId, 2);
  const ranked = rankSentences(index, terms, {
    ...rankOptions(u, ctx),
    requireEntities: [speakerId],
    limit: 5,
  }).filter(
    (r) =>
      r.sentence.mentions.some((m) => m.entityId === speakerId) &&
      !onlyAsOwnerOfPerson(r.sentence, speakerId, ctx.reader.data.personHeads ?? new Map()),
  );
  // "What did Belknap tell Mackenzie?": "Belknap … had come to Fort Clark and met with Mackenzie" tells only
  // what he did; the next sentence on the topic may report his words ("Later, Belknap told reporters…").
  const own = new Set(u.analysis.tokens.flatMap((t) => [t.lemma, t.normal]));
  for (const best of ranked) {
    // "What did the UACJ researcher think of the troop numbers?" → "…called the number a headline": a word of
    // the question's frame ("number") the sentence holds is part of its topic too.
    const framed = [...topic.terms.keys()].filter(
      (t) => own.has(t) && !topic.content.includes(t) && best.sentence.lemmas.includes(t),
    );
    const topicCoverage = coverage(
      index,
      [...topic.content, ...framed],
      [],
      new Set(best.sentence.lemmas),
      new Set(),
      ctx.reader.lens(u),
    );
    // The best sentence decides whether the topic is covered; a later one is looked at only when it covers it.
    if (topicCoverage < TOPIC_MIN_COVERAGE) {
      if (best === ranked[0]) return null;
      continue;
    }
    const mentions = best.sentence.mentions.filter((m) => m.entityId === speakerId);
    if (!onlyActsOf(ctx.reader, best.sentence.text, mentions))
      return reported(ctx, speakerId, best, topicCoverage);
  }
  return null;
}

/** The answer showing `best`, what the coverage reports of a speaker it never quotes. */
function reported(ctx: Context, speakerId: string, best: Ranked, topicCoverage: number): Draft {
  const speaker = ctx.index.entities.get(speakerId);
  return {
    answeredAs: 'quote',
    confidence: topicCoverage,
    direct: null,
    lead: `The coverage has no direct quote from ${speaker?.name ?? 'them'} on this; it reports:`,
    evidence: [sentenceEvidence(best.sentence)],
    lines: [],
    focus: [speakerId],
  };
}

/**
 * Words that open a clause saying when something was said ("when he went to Eagle Pass"): English grammar.
 * Not "after" nor "before": "what did she say after the offer?" names what she answered.
 */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['when', 'once', 'while', 'during']);

/** The lemmas of a question's clause of occasion, from its opener to the end of the sentence. */
function occasionWords(u: Understanding): Set<string> {
  const toks = u.analysis.tokens;
  const at = toks.findIndex((t, i) => i > 0 && OCCASION_OPENERS.has(t.normal));
  const words = new Set<string>();
  if (at < 0) return words;
  for (const t of toks.slice(at + 1)) {
    if (t.pos === 'PUNCT' && t.normal !== "'" && t.normal !== '’') break;
    words.add(t.lemma);
    words.add(t.normal);
  }
  return words;
}

/** Sentences of a speaker looked at for what they did or said, when the question names no topic. */
const MAX_SUBJECT_SENTENCES = 50;
/** Words between a speaker's name and the verb it is the subject of ("did not immediately respond"). */
const MAX_SUBJECT_VERB_GAP = 3;

/**
 * "What did the White House say?" of a speaker the coverage never quotes: the sentence where it is the
 * subject of a verb ("The White House did not immediately respond…") in the article the conversation is
 * about. `null` when there is none, or no conversation.
 */
function speakerAsSubject(ctx: Context, speakerId: string): Draft | null {
  const { index } = ctx;
  const speaker = index.entities.get(speakerId);
  if (!speaker) return null;
  // Only of the article the conversation is about: asked out of the blue, "what did X say?" has no answer
  // in a sentence that merely names X.
  const recent = new Set(ctx.followup || ctx.conversational ? ctx.conversation.lastSources : []);
  if (recent.size === 0) return null;
  const sentences = speaker.sentenceIds
    .slice(0, MAX_SUBJECT_SENTENCES)
    .map((id) => index.sentence(id))
    .filter((s): s is NonNullable<typeof s> => s !== null && s.kind === 'report' && recent.has(s.sourceId));
  for (const sentence of sentences) {
    const tokens = ctx.reader.analyse(sentence.text).tokens;
    for (const m of sentence.mentions) {
      if (m.entityId !== speakerId || m.via === 'pronoun') continue;
      const at = sentence.text.indexOf(m.text);
      const end = tokens.findIndex((t) => t.start >= at + m.text.length);
      if (at < 0 || end < 0) continue;
      const verb = tokens.slice(end, end + MAX_SUBJECT_VERB_GAP + 1).find((t) => t.pos === 'VERB');
      if (!verb || tokens.slice(end, tokens.indexOf(verb)).some((t) => t.pos === 'PUNCT')) continue;
      return {
        answeredAs: 'quote',
        confidence: MIN_CONFIDENCE,
        direct: null,
        lead: `The coverage has no direct quote from ${speaker.name}; it reports:`,
        evidence: [sentenceEvidence(sentence)],
        lines: [],
        focus: [speakerId],
      };
    }
  }
  return null;
}
