/**
 * Two alternatives answered by one sentence: "who lost more men that day, the Apaches or García's soldiers?"
 * asks each side how many men it lost, and both find "García lost about 22 men killed." That sentence answers
 * the side it names; the other side is counted where the same article counts it by its own name ("By most
 * counts 78 Apaches were killed"). Reads the sides' tokens (parts of speech, lemmas) and the article's number
 * facts only.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { withoutAccents } from '../nlp/pipeline.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import { figureOf } from './count.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Parts of speech of the words that name a side ("García's soldiers", "the Apaches"). */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Shortest naming word looked for in a sentence; shorter ones match inside other words. */
const MIN_NAMING_CHARS = 3;
/** Most sentences of the article read for the side's own count. */
const MAX_SENTENCES = 600;

const plain = (x: string) => withoutAccents(x.toLowerCase());

/** True when `sentence` says one of the words naming `side`, in its own form or as its lemma. */
function names(sentence: Sentence, side: Analysis): boolean {
  const text = plain(sentence.text);
  return side.tokens.some(
    (t) =>
      NAMING_POS.has(t.pos) &&
      t.normal.length >= MIN_NAMING_CHARS &&
      (text.includes(plain(t.normal)) || sentence.lemmas.includes(plain(t.lemma))),
  );
}

/**
 * The draft of the side `shared` does not name (its index), counted by its own name in `shared`'s article;
 * `null` unless `shared`'s first sentence names exactly one of the two sides and the article counts the other
 * by the noun it ends with.
 */
export function ownNameCount(
  index: KnowledgeIndex,
  sides: readonly [Analysis, Analysis],
  shared: Draft,
): { side: 0 | 1; draft: Draft } | null {
  const first = shared.evidence[0];
  const sentence = first ? index.sentence(first.id) : undefined;
  if (!sentence) return null;
  const named = sides.map((s) => names(sentence, s));
  if (named[0] === named[1]) return null;
  const side: 0 | 1 = named[0] ? 1 : 0;
  const head = sides[side].tokens.findLast((t) => NAMING_POS.has(t.pos));
  if (!head) return null;
  // The question's tagger may leave a plural its own lemma ("apaches"): the word as written is matched too.
  const naming = new Set([plain(head.lemma), plain(head.normal)]);
  const found = countedIn(
    index,
    sentence.sourceId,
    (n) => naming.has(plain(n.countsLemma)) || naming.has(plain(n.counts)),
  );
  const source = index.sources.get(sentence.sourceId);
  if (!found || !source) return null;
  const { s, n } = found;
  const direct = plain(n.text).includes(plain(n.counts)) ? n.text : `${n.text} ${n.counts}`;
  return {
    side,
    draft: {
      answeredAs: 'count',
      confidence: shared.confidence,
      direct,
      lead: null,
      evidence: [sentenceEvidence(s)],
      lines: [],
      focus: s.mentions.map((m) => m.entityId),
      figure: figureOf(n, direct, source),
    },
  };
}

/** The first figure of the article `sourceId`, in its order, that `counts` accepts, with its sentence. */
function countedIn(
  index: KnowledgeIndex,
  sourceId: string,
  counts: (n: NumberFact) => boolean,
): { s: Sentence; n: NumberFact } | null {
  const start = index.sentences.findIndex((s) => s.sourceId === sourceId);
  for (let i = start, k = 0; i >= 0 && k < MAX_SENTENCES; i++, k++) {
    const s = index.sentences[i];
    if (!s || s.sourceId !== sourceId) break;
    const n = (index.numbersBySentence.get(s.id) ?? []).find((f) => f.qualifier !== 'offset' && counts(f));
    if (n) return { s, n };
  }
  return null;
}
