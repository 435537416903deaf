/**
 * A sentence that announces what follows and says none of it: "My worry is simple." before "Who pays when a
 * bulldozer takes out my fence?", or a line ending in a colon. It covers the question's word ("worried") and
 * answers nothing; what it announces is the next sentence of its paragraph.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Possessives that make a noun someone's own ("my worry", "our message"): the speaker's, announced. */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/**
 * True when `analysis` (of one sentence) only grades what its speaker is about to say: a possessive, a
 * noun, a form of "be" and an adjective ("My worry is simple.", "Our message is very clear."), or any
 * sentence ending in a colon.
 */
export function announces(analysis: Analysis): boolean {
  if (/:\s*$/.test(analysis.text)) return true;
  const words = analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  const [owner, noun, be, ...rest] = words;
  const graded = rest.filter((t) => t.pos !== 'ADV');
  return (
    owner !== undefined &&
    POSSESSIVES.has(owner.normal) &&
    noun?.pos === 'NOUN' &&
    be?.lemma === 'be' &&
    graded.length === 1 &&
    graded[0]?.pos === 'ADJ'
  );
}

/** The sentence an announcing sentence announces: the next one of its paragraph, or `null`. */
export function announced(index: KnowledgeIndex, sentence: Sentence): Sentence | null {
  const next = index.neighbour(sentence.id, 1);
  return next && next.sourceId === sentence.sourceId && next.paragraph === sentence.paragraph ? next : null;
}

/** Number words that open a count of what follows ("Three kinds of aircraft…"), with their value. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['2', 2],
  ['3', 3],
  ['4', 4],
]);
/** Nouns that sort what a count announces into kinds, not things counted in themselves ("three kinds of…"). */
const KIND_NOUNS: ReadonlySet<string> = new Set(['kind', 'type', 'sort', 'reason', 'way', 'category']);
/**
 * Nouns for what people tell of one event, which a sentence counts before giving each in turn ("Of Gen.
 * Olvera himself there are two accounts."): the tellings follow, not a count of anything in the world.
 */
const TELLING_NOUNS: ReadonlySet<string> = new Set(['account', 'version', 'story', 'explanation', 'theory']);

/**
 * How many items a sentence announces by counting their kinds at its start ("Three kinds of aircraft have
 * drawn most of the attention.", "Two reasons stand out.") or the tellings of one event at its end ("there
 * are two accounts"): the items are the sentences after it in its paragraph. 0 for any other sentence
 * ("Three soldiers were hurt.": a count that is the answer itself).
 */
export function announcedCount(analysis: Analysis): number {
  const words = analysis.tokens.filter((t) => t.pos !== 'PUNCT');
  const [count, noun] = words;
  const n = count ? COUNT_WORDS.get(count.normal) : undefined;
  if (n !== undefined && noun !== undefined && KIND_NOUNS.has(noun.lemma)) return n;
  return tellingsCounted(words);
}

/**
 * How many tellings a sentence ending in "there are two accounts" (or "versions", "stories") counts: the
 * sentences after it give them. 0 when the sentence does not end so.
 */
function tellingsCounted(words: readonly Analysis['tokens'][number][]): number {
  const [there, be, count, noun] = words.slice(-4);
  const n = count ? COUNT_WORDS.get(count.normal) : undefined;
  return there?.normal === 'there' &&
    be?.lemma === 'be' &&
    n !== undefined &&
    TELLING_NOUNS.has(noun?.lemma ?? '')
    ? n
    : 0;
}

/** The `n` sentences after `sentence` in its paragraph (fewer where the paragraph ends): the items it counts. */
export function announcedItems(index: KnowledgeIndex, sentence: Sentence, n: number): Sentence[] {
  const out: Sentence[] = [];
  for (let d = 1; d <= n; d++) {
    const next = index.neighbour(sentence.id, d);
    if (!next || next.paragraph !== sentence.paragraph) break;
    out.push(next);
  }
  return out;
}
