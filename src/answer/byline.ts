/**
 * "Who wrote the Sunland Ledger column…?", "who's the author of the DW piece": the byline of the article the
 * question describes, from its source's front matter, with the article's headline (or the sentence that
 * matched) as evidence. Only a
 * question that asks who wrote and names a piece of writing or an outlet is one; "who wrote the letter to
 * city hall" asks about the story, not the byline.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, rankOptions, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { rankSentences } from './retrieval.ts';
import { ARTICLE_NOUNS } from './text.ts';
import type { Understanding } from './understanding.ts';

/** Lemmas that ask who wrote something. */
const WRITING = new Set(['write', 'author', 'byline', 'writer']);
/** Nouns for a piece of writing the coverage holds ("story", "column", "op-ed"). */
const PIECES = new Set([...ARTICLE_NOUNS.split('|'), 'op-ed', 'oped', 'editorial', 'opinion', 'feature']);
/**
 * Pieces an article may tell of as well as be ("who wrote the GAO report", "who wrote the post on X"): they
 * ask a byline only with the outlet named.
 */
const TOLD_OF = new Set(['report', 'post', 'blog', 'interview']);

/** "Op-ed", however it is split into words. */
const OP_ED = /\bop-?eds?\b/i;
/** Sentences from an article's start searched for the headline that is its title. */
const HEADLINE_REACH = 30;

/**
 * The byline of the article the question describes, or `null` when the question does not ask one. A draft
 * with no confidence when the article it describes gives no author: the coverage does not say.
 */
export function answerByline(u: Understanding, ctx: Context): Draft | null {
  const tokens = u.analysis.tokens;
  if (!tokens.some((t) => WRITING.has(t.lemma) || WRITING.has(t.normal))) return null;
  const piece =
    tokens.some((t) => (PIECES.has(t.lemma) || PIECES.has(t.normal)) && !TOLD_OF.has(t.lemma)) ||
    OP_ED.test(u.text);
  if (!piece && u.outletSourceIds.length === 0) return null;
  // What the piece is about: the question's words but those asking who wrote which piece.
  const asking = (l: string) =>
    WRITING.has(l) || PIECES.has(l) || (OP_ED.test(u.text) && /^(?:op|ed)$/.test(l));
  const about = u.content.filter((l) => !asking(l));
  const terms = new Map([...u.terms].filter(([t]) => !asking(t)));
  const ranked = rankSentences(ctx.index, terms, rankOptions(u, ctx, { limit: 3 }));
  const sourceId =
    ranked[0]?.sentence.sourceId ?? (u.outletSourceIds.length === 1 ? u.outletSourceIds[0] : undefined);
  const source = sourceId ? ctx.index.sources.get(sourceId) : undefined;
  if (!source) return null;
  const sentences = articleSentences(ctx, source.id);
  // Its headline, when the page kept it near the start; failing that, the report's sentence that matched, not
  // a masthead ("THE SUNLAND LEDGER").
  const headline =
    sentences.slice(0, HEADLINE_REACH).find((s) => s.text === source.title) ??
    ranked.find(
      (r) =>
        r.sentence.sourceId === source.id &&
        r.sentence.kind === 'report' &&
        r.sentence.text !== r.sentence.text.toUpperCase(),
    )?.sentence ??
    ranked[0]?.sentence;
  if (!headline) return null;
  // The article must be the one described: its words, all of them, cover the question's.
  const confidence = source.author ? confidenceOf({ ...u, content: about }, ctx, sentences) : 0;
  return {
    answeredAs: 'who',
    confidence: about.length === 0 && u.outletSourceIds.includes(source.id) && source.author ? 1 : confidence,
    // Not a bold headline: the evidence, the article's own headline, does not name the author.
    direct: null,
    lead: source.author ? `${source.author} wrote it, for ${source.outlet}:` : null,
    evidence: [sentenceEvidence(headline)],
    lines: [],
    focus: [],
    ...(source.author ? { named: source.author } : {}),
  };
}

/** Every sentence of one article, in order (an article's sentences stand together in the index). */
function articleSentences(ctx: Context, sourceId: string): Sentence[] {
  const out: Sentence[] = [];
  const first = ctx.index.sentenceIndex.get(`${sourceId}#1.1`);
  if (first === undefined) return out;
  for (let i = first; ctx.index.sentences[i]?.sourceId === sourceId; i++) {
    const s = ctx.index.sentences[i];
    if (s) out.push(s);
  }
  return out;
}
