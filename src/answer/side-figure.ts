/**
 * The figure of one side of a comparison of sizes when the side counts people in words its article does not
 * use: "the defenders waiting at Las Cuevas" are "as many as 300 men waiting", "Americans hurt by stray
 * bullets in Douglas" are "two soldiers … wounded by stray bullets". A figure counts what is asked when the
 * asked noun and the figure's both count people and the sentence says the rest of what the side asks. Kept to
 * comparison sides: a question asking one figure alone gets the count handler's stricter reading.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { howManyAt } from './asked-action.ts';
import { namesPeople } from './counted-otherwise.ts';
import { figureOf } from './count.ts';
import {
  confidenceOf,
  MIN_CONFIDENCE,
  rankOptions,
  sentenceEvidence,
  type Context,
  type Draft,
} from './handlers.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** How many of a side's best sentences are looked at for a figure of people; the first one found is taken. */
const SIDE_RANKS = 5;
/** Parts of speech of the words naming what "how many" counts ("armed Americans", "Mexican troops"). */
const COUNTED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The lemma of the noun "how many" counts ("how many Mexican troops rushed…" → "troop"), or `null`. */
export function countedHead(u: Understanding): string | null {
  const toks = u.analysis.tokens;
  const at = howManyAt(toks);
  if (at < 0) return null;
  let head: string | null = null;
  for (let i = at + 1; i < toks.length && COUNTED_POS.has(toks[i]?.pos ?? ''); i++) {
    const t = toks[i];
    if (t && (t.pos === 'NOUN' || t.pos === 'PROPN')) head = t.lemma;
  }
  return head;
}

/**
 * The figure of people of the best-ranked sentence for a side asking how many people ("how many defenders
 * waiting at Las Cuevas"), when that sentence says what the side asks as well as a question's answer must
 * (confidence), the asked noun taken as said; `null` when the side counts no people, or no such sentence
 * gives a figure of people.
 */
export function peopleFigure(u: Understanding, ctx: Context): Draft | null {
  const head = countedHead(u);
  const people = (lemma: string) =>
    namesPeople(lemma, (l) => ctx.reader.countsPeople(l), ctx.reader.data.wordnet);
  if (!head || !people(head)) return null;
  const ranked = rankSentences(ctx.index, u.terms, rankOptions(u, ctx, { limit: SIDE_RANKS }));
  const found = ranked.flatMap(({ sentence }) => {
    const n = (ctx.index.numbersBySentence.get(sentence.id) ?? []).find(
      (f) => f.qualifier !== 'offset' && f.counts !== '' && people(f.countsLemma),
    );
    return n ? [{ sentence, n }] : [];
  });
  const first = found[0];
  if (!first) return null;
  const best = first.n.countsLemma === head ? first : (headNextTo(first.sentence, head, ctx) ?? first);
  const { sentence, n } = best;
  const placing = best === first ? [] : [first.sentence];
  const measured: Sentence = { ...sentence, lemmas: [...sentence.lemmas, head] };
  const confidence = confidenceOf(u, ctx, [measured, ...placing]);
  if (confidence < MIN_CONFIDENCE) return null;
  const direct = n.text.toLowerCase().includes(n.counts.toLowerCase()) ? n.text : `${n.text} ${n.counts}`;
  const source = ctx.index.sources.get(sentence.sourceId);
  return {
    answeredAs: 'count',
    confidence,
    direct,
    lead: null,
    evidence: [sentence, ...placing].map(sentenceEvidence),
    lines: [],
    focus: sentence.mentions.map((m) => m.entityId),
    ...(source ? { figure: figureOf(n, direct, source) } : {}),
  };
}

/**
 * A figure of the asked noun itself in a sentence next to `sentence`, in its article: "some 400 soldiers of
 * the 4th Cavalry were riding hard…" before "He was one of about two dozen Black Seminole scouts who guided
 * Col. Ranald S. Mackenzie's regiment…", which places the side but counts other people. `null` when neither
 * neighbour counts `head`.
 */
function headNextTo(
  sentence: Sentence,
  head: string,
  ctx: Context,
): { sentence: Sentence; n: NumberFact } | null {
  for (const offset of [-1, 1]) {
    const next = ctx.index.neighbour(sentence.id, offset);
    const n = next
      ? (ctx.index.numbersBySentence.get(next.id) ?? []).find(
          (f) => f.qualifier !== 'offset' && f.countsLemma === head,
        )
      : undefined;
    if (next && n) return { sentence: next, n };
  }
  return null;
}
