/**
 * A quote question's topic: whether a quotation's scene covers it, the topic the question names ("What did
 * Teague say **about the railroad budget**?") and the decline when none of the speaker's quotations is
 * about it. Words the coverage never uses rank no quotation, so such a question would read as asking for
 * everything the speaker said; yet it asked about something, and the reply says the coverage has no
 * quotation of them on it rather than showing their words on other things as the answer.
 */
import type { Quote } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import type { Context, Draft } from './handlers.ts';
import { articleOpening, headlineTopics, quoteScene, settingWords } from './quote-scene.ts';
import { quoteSurroundings } from './quote-span.ts';
import { aliasWords } from './alias-words.ts';
import { leadOnly, notCovered } from './replies.ts';
import { coverage, evidenceTerms, type WordLens } from './retrieval.ts';
import { formatDate } from './text.ts';
import type { Understanding } from './understand.ts';

/**
 * Words that open the topic a question names: "about the wall", "on tariffs", "regarding the order". English
 * grammar; a Spanish question is read in English first ("sobre" → "about").
 */
const TOPIC_OPENERS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning']);
/** Words of opinion whose "of" opens the topic: "what did she think of…", "his view of…", "make of". */
const OPINION_OF: ReadonlySet<string> = new Set(['think', 'view', 'opinion', 'make', 'thought']);
/** A phrase of setting ends the topic ("about the wall at the vigil"): its words say where or when. */
const TOPIC_ENDERS: ReadonlySet<string> = new Set([
  'at',
  'in',
  'during',
  'when',
  'while',
  'once',
  'after',
  'before',
]);

/**
 * The lemmas of `content` (the question's topic words) that follow a word opening a topic
 * ({@link TOPIC_OPENERS}; "of" after a word of opinion) up to punctuation, a phrase of setting or a clause.
 * Empty when the question names no topic ("what did Teague say?").
 */
export function namedTopic(tokens: readonly Token[], content: readonly string[]): string[] {
  const words = new Set(content);
  const out: string[] = [];
  let inside = false;
  // From the first word: "About the school budget, what did Treviño say?" opens with its topic.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (TOPIC_OPENERS.has(t.normal) || (t.normal === 'of' && OPINION_OF.has(tokens[i - 1]?.lemma ?? ''))) {
      inside = true;
      continue;
    }
    if (t.pos === 'PUNCT' && t.normal !== "'" && t.normal !== '’' && t.normal !== '-') inside = false;
    else if (TOPIC_ENDERS.has(t.normal) || t.pos === 'SCONJ') inside = false;
    if (inside && words.has(t.lemma) && !out.includes(t.lemma)) out.push(t.lemma);
  }
  return out;
}

/** Share of a quote question's topic the words around a quotation must cover for it to be about the topic. */
export const TOPIC_MIN_COVERAGE = 0.5;

/**
 * True when the scene of the speaker's quotation covers the asked topic: its paragraph back to where the
 * speaker is brought in ({@link quoteScene}), and, for the words of where or when it was said
 * ({@link settingWords}), its article's opening, which sets the scene once for all its quotations.
 */
export function sceneCovers(
  u: Understanding,
  ctx: Context,
  q: Quote,
  content: readonly string[],
  entities: readonly string[],
  lens: WordLens = ctx.reader.lens(u),
): boolean {
  const scene = quoteScene(ctx.index, q.sentenceIds[0] ?? '', q.speakerId);
  const { lemmas, entities: found } = evidenceTerms(scene, [q]);
  const setting = settingWords(u.analysis.tokens);
  if (setting.size > 0)
    for (const o of articleOpening(ctx.index, q.sentenceIds[0] ?? ''))
      for (const l of o.lemmas) if (setting.has(l)) lemmas.add(l);
  // "What did Mrs. Hooper say about the riot?": the riot is what her article is about.
  for (const l of headlineTopics(ctx.index.sources.get(q.sourceId)?.title ?? '', content)) lemmas.add(l);
  return coverage(ctx.index, content, entities, lemmas, found, lens) >= TOPIC_MIN_COVERAGE;
}

/**
 * How close in meaning (0–1, `WordLens.related`) a word around a quotation must be to a word of the named
 * topic to say it: in full only (a synonym, WordNet's same word, word vectors at their full mark). Partial
 * credit read "What did Lindley say about the railroad budget?" as answered by his words beside "Congress"
 * (budget, 0.63) and "force" (railroad, a verb of forcing, 0.5).
 */
const CLOSE_MEANING = 1;

/** Quotations of a speaker looked through for a named topic (a prolific speaker has thousands). */
const MAX_TOPIC_QUOTES = 200;

/**
 * True when the question names a topic ({@link namedTopic}) none of the speaker's quotations is about: none,
 * with its sentences and scene, says its words or close ones. With `unused`, only when the topic has a word
 * no sentence or quotation holds, which ranks nothing ("chasing smugglers"): topic words the coverage uses
 * rank the speaker's quotations, and the best is judged as an answer. False for "what else" and for a year
 * asked, which leave quotations out for other reasons.
 */
export function topicUnquoted(
  u: Understanding,
  ctx: Context,
  speakerId: string,
  content: readonly string[],
  unused: boolean,
): boolean {
  const { index } = ctx;
  const named = namedTopic(u.analysis.tokens, content);
  const quotes = index.speakerQuotes.get(speakerId) ?? [];
  // A word no sentence or quotation has ranks nothing: the topic was asked in words the coverage never uses.
  const unranked = (l: string) => index.sentenceBm25.idf(l) === 0 && index.quoteBm25.idf(l) === 0;
  if (named.length === 0 || (unused && !named.some(unranked))) return false;
  if (quotes.length === 0 || quotes.length > MAX_TOPIC_QUOTES || ctx.excludeShown || u.years.length > 0)
    return false;
  const lens = closeLens(u, ctx);
  return !quotes.some((qi) => {
    const q = index.quotes[qi];
    return q !== undefined && saysTopic(u, ctx, q, named, lens);
  });
}

/** The question's lens with credit for words close in meaning only in full ({@link CLOSE_MEANING}). */
function closeLens(u: Understanding, ctx: Context): WordLens {
  const loose = ctx.reader.lens(u);
  return { ...loose, related: (l, evidence) => (loose.related(l, evidence) >= CLOSE_MEANING ? 1 : 0) };
}

/**
 * True when the quotation's sentences and the one before, its scene, or the opening of its article (what the
 * article is about: "the reform" of a report on the Guard reform, which a critic's words on the Guard speak to)
 * cover the topic words `named`.
 */
function saysTopic(
  u: Understanding,
  ctx: Context,
  q: Quote,
  named: readonly string[],
  lens: WordLens,
): boolean {
  const around = quoteSurroundings(ctx.index, q, true);
  for (const o of articleOpening(ctx.index, q.sentenceIds[0] ?? ''))
    for (const l of o.lemmas) if (named.includes(l)) around.lemmas.add(l);
  return (
    coverage(ctx.index, named, [], around.lemmas, around.entities, lens) >= TOPIC_MIN_COVERAGE ||
    sceneCovers(u, ctx, q, named, [], lens)
  );
}

/**
 * True when the question names the speaker by a word of their name (not a word of English, or written as a
 * name), not only by what they are ("the health guy"): who is meant is then sure enough to be named in a
 * decline.
 */
function namesSpeaker(u: Understanding, ctx: Context, speakerId: string): boolean {
  const entity = ctx.index.entities.get(speakerId);
  const words = aliasWords([entity?.name ?? '', ...(entity?.aliases ?? [])]);
  return u.analysis.tokens.some(
    (t) => words.has(t.normal) && (t.pos === 'PROPN' || !ctx.reader.isEnglishWord(t.normal)),
  );
}

/** How many of the speaker's articles the decline names, as what the coverage does quote them in. */
const MAX_NAMED_ARTICLES = 2;

/**
 * The decline of a quote question whose topic none of the speaker's quotations is about ({@link
 * topicUnquoted}): it says so, and names the articles that do quote them, so the reader can ask for those
 * words instead. A speaker the question does not name (the reader's guess at "the municipal president") is
 * not named: the plain "not covered" decline.
 */
export function noQuotationOnTopic(u: Understanding, ctx: Context, speakerId: string): Draft {
  const { index } = ctx;
  if (!namesSpeaker(u, ctx, speakerId)) return notCovered(index, 'quote');
  const name = index.entities.get(speakerId)?.name ?? 'them';
  const sources: string[] = [];
  for (const qi of index.speakerQuotes.get(speakerId) ?? []) {
    const id = index.quotes[qi]?.sourceId;
    if (id !== undefined && !sources.includes(id)) sources.push(id);
  }
  const named = sources.slice(0, MAX_NAMED_ARTICLES).flatMap((id) => {
    const s = index.sources.get(id);
    return s ? [`“${s.title}” (${formatDate(s.published)})`] : [];
  });
  const more = sources.length > named.length ? ` and ${sources.length - named.length} more` : '';
  const where =
    named.length > 0 ? ` It quotes ${name} on other things in ${named.join(' and ')}${more}.` : '';
  return leadOnly('quote', `The coverage has no quotation of ${name} on that topic.${where}`);
}
