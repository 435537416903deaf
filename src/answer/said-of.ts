/**
 * "Who was the pilot dropping bombs on Naco?": a who-question that asks for someone by a noun of its own
 * ("pilot") where the article calls them otherwise ("The aviator, identified … as Patrick Murphy, an American
 * soldier of fortune flying a single-engine biplane"), and says what was done in a sentence that names no one
 * ("a flier in the pay of the Mexican rebels dropped homemade bombs on … Naco"). Each person the best
 * articles name is a candidate; the noun must be said of them (what the article calls them, their titles),
 * in other words through word vectors; the rest of the question must be said by the sentences naming them
 * and their article's best-ranked sentence. The one that fits clearly best answers; a noun said of no one
 * ("the pilot's copilot") is declined.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { confidenceOf, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { Ranked } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}-]+/u;

/** Sentences of each article read for the people it names, from its first. */
const MAX_ARTICLE_SENTENCES = 200;
/**
 * How related (0–1, the reader's lens `saidOtherwise`) a word said of someone must be to the asked noun: the
 * coverage's own bar for a required word (REQUIRED_RELATED in retrieval.ts, a vector similarity of 0.54).
 */
const NOUN_SAID = 0.3;
/**
 * The least coverage of the question by the person's sentences and their article's best, above the engine's
 * MIN_CONFIDENCE since the asked noun is met only in other words. At 0.5 a tire-shop owner answered "the
 * street food vendor near the crossing" (new-articles-11 dev); 0.75 answers the same dev questions without
 * it (npm run eval 2026-12-01). Candidates from the articles of 20 ranked sentences, not 5, measured alike.
 */
const MIN_SAID_CONFIDENCE = 0.75;
/** How far ahead of the next person the best must be: a description that fits two names fits neither. */
const LEAD_FACTOR = 1.25;

/** What an article says of one person: every sentence naming them, and the words it calls them by. */
interface SaidOf {
  id: string;
  sentences: Sentence[];
  words: Set<string>;
}

/**
 * The person among those the articles of the `ranked` sentences name (as `isCandidate` allows) of whom
 * `noun` is said and whose article says the rest of the question, when one clearly fits best; `null`
 * otherwise (see the module header).
 */
export function personSaidToBe(
  u: Understanding,
  ctx: Context,
  ranked: readonly Ranked[],
  isCandidate: (id: string) => boolean,
  noun: string,
): Draft | null {
  const lens = ctx.reader.lens(u);
  const forms = [noun, ...ctx.reader.synonymsOf(noun)];
  const says = (words: ReadonlySet<string>) =>
    forms.some((f) => words.has(f)) || lens.saidOtherwise(noun, words) >= NOUN_SAID;
  const asked: Understanding = { ...u, content: u.content.filter((l) => l !== noun), predicates: [] };
  const scored: Array<{ said: SaidOf; best: Sentence | null; score: number }> = [];
  for (const best of bestOfArticles(ranked)) {
    for (const said of peopleOf(ctx, best, isCandidate)) {
      if (!says(said.words)) continue;
      scored.push({ said, best, score: confidenceOf(asked, ctx, [...said.sentences, best]) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [first, next] = scored;
  if (!first || first.score < MIN_SAID_CONFIDENCE || (next && first.score < LEAD_FACTOR * next.score))
    return null;
  const own = first.said.sentences[0];
  if (!own) return null;
  const evidence = first.best && first.best.id !== own.id ? [own, first.best] : [own];
  return {
    answeredAs: 'who',
    confidence: first.score,
    direct: ctx.index.entities.get(first.said.id)?.name ?? null,
    lead: null,
    evidence: evidence.map(sentenceEvidence),
    lines: [],
    focus: [first.said.id],
  };
}

/** The best-ranked sentence of each article the ranked sentences are in. */
function bestOfArticles(ranked: readonly Ranked[]): Sentence[] {
  const out = new Map<string, Sentence>();
  for (const r of ranked) if (!out.has(r.sentence.sourceId)) out.set(r.sentence.sourceId, r.sentence);
  return [...out.values()];
}

/**
 * The people the article of sentence `within` names, each with the sentences naming them and the words of
 * what the article calls them and their titles. Words of a sentence naming them are not theirs: "the
 * aircraft" in the colonel's "fire on the aircraft" is not what he is.
 */
function peopleOf(ctx: Context, within: Sentence, isCandidate: (id: string) => boolean): SaidOf[] {
  const { index } = ctx;
  const at = index.sentenceIndex.get(within.id);
  if (at === undefined) return [];
  const position = index.sentenceSource[at];
  const first = index.articleStart[at] ?? at;
  const people = new Map<string, SaidOf>();
  for (let i = first; i < first + MAX_ARTICLE_SENTENCES && index.sentenceSource[i] === position; i++) {
    const s = index.sentences[i];
    if (!s) continue;
    const named = [
      ...new Set(
        s.mentions
          .map((m) => m.entityId)
          .filter((id) => index.entities.get(id)?.type === 'person' && isCandidate(id)),
      ),
    ];
    for (const id of named) {
      let said = people.get(id);
      if (!said) {
        const e = index.entities.get(id);
        const called = [e?.description ?? '', ...(e?.roles ?? []).flatMap((r) => [r.title, ...r.phrases])];
        said = { id, sentences: [], words: new Set(words(called.join(' '))) };
        people.set(id, said);
      }
      said.sentences.push(s);
    }
  }
  return [...people.values()];
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(P1)
    .filter((w) => w.length >= 3);
}
