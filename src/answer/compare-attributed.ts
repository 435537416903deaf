/**
 * Comparisons of one figure as different people give it: "How did Yancey's estimate of Woll's army compare
 * with the number Caldwell gave in his note?", "How does the consul's count of the Villistas compare with
 * Pershing's report?". Each side is named by whoever gives the figure: the first person or body its words
 * name ("Yancey's estimate", "the number Caldwell gave"), else the possessor the side's figure belongs to
 * ("Santa Anna's own casualty numbers", "the Mexican consul's count"). A report sets such figures against
 * each other in one article, so each side's figure is looked for in the one article where both give one: a
 * figure in their own quotation, or in a sentence that names them before the figure ("Mr. Yancey puts the
 * enemy's force at fifteen hundred men") or after them all ("…, according to a report from Gen. Pershing").
 * Sides read from any "X and Y" (compare-coordinated.ts) and "X vs Y" were tried too and dropped: one test
 * comparison lost, none gained (npm run eval, 2026-12-03); "X and Y" is read only when the question says
 * they differ on a figure it asks (comparison.ts). A side's figure is one the giver gives: their own words
 * first, then a sentence with a word of giving between their name and the figure, then one only naming them.
 * Every figure of their own words is a candidate, not the first alone (a letter is often stored as one long
 * sentence), chosen by what it counts; a figure they pass on from another ("Pike will tell you it was two
 * hundred and fifty, but … I make it near three hundred") is that other's (figure-holder.ts).
 */
import { NounKinds } from '../knowledge/noun-kinds.ts';
import type { Sentence } from '../knowledge/schema.ts';
import type { Analysis } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { MAGNITUDE } from './compare.ts';
import { figureValue } from './compare-disputed.ts';
import { phraseSides } from './compare-phrases.ts';
import { quoteEvidence, sentenceEvidence, type Draft } from './handlers.ts';
import { ENTITY_TERM, type KnowledgeIndex } from './knowledge-index.ts';
import { rankSentences } from './retrieval.ts';
import { escapeMarkdown } from './text.ts';
import type { Evidence } from './types.ts';
import type { Understanding } from './understanding.ts';
import type { Token } from '../nlp/analysis.ts';
import { askedCounted, countsOtherKind, singular } from './figure-of-asked.ts';
import { countedAt, figuresOf, type Figure } from './sentence-figures.ts';
import { heldByAnother } from './figure-holder.ts';
import { giverOf, type Giver, type GiverWords } from './side-giver.ts';
import { firstOutside, givenBetween, pronounGiving, quotedByAnother } from './giver-words-at.ts';

/**
 * Confidence of an answer giving each side's own figure from one article: the figures are found by who gives
 * them, not by how well the words match, so it is not a retrieval score. Set above MIN_CONFIDENCE so the
 * answer is shown; not tuned.
 */
const ATTRIBUTED_CONFIDENCE = 0.7;

/** A side worded as a question of its own ("how many soldiers Mexico sent"). */
const ASKING = /^(?:how|what|which|who|when|where|why)\b/i;

/** The noun kinds of each WordNet, built once ("count", "number", "total" are measures; "engineer" a person). */
const nounKindsByWordNet = new WeakMap<WordNet, NounKinds>();

/**
 * The two sides of a comparison of figures in the question's own words ("Yancey's estimate of Woll's army
 * compared with the number Caldwell gave"): a comparison of two phrases (compare-phrases.ts) that asks a size
 * or names a measure (a noun WordNet makes a kind of measure or quantity: "count", "numbers"); `null` otherwise.
 */
export function askedFigureComparison(analysis: Analysis, wordnet: WordNet | null): [string, string] | null {
  const phrases = phraseSides(analysis.text);
  // "How many troops did the US send … compared to how many soldiers Mexico sent": sides that ask a figure
  // themselves are counted as asked (compare-phrases.ts), not looked for as someone's figure.
  if (!phrases || phrases.order || phrases.sides.some((x) => ASKING.test(x))) return null;
  if (MAGNITUDE.test(analysis.text)) return phrases.sides;
  if (!wordnet) return null;
  const kinds = nounKindsOf(wordnet);
  return analysis.tokens.some((t) => t.pos === 'NOUN' && kinds.isMeasure(t.lemma)) ? phrases.sides : null;
}

/** WordNet's kinds of noun (measures, people), read once per WordNet. */
export function nounKindsOf(wordnet: WordNet): NounKinds {
  const kinds = nounKindsByWordNet.get(wordnet) ?? new NounKinds(wordnet);
  nounKindsByWordNet.set(wordnet, kinds);
  return kinds;
}

/** One side's figure: the evidence that gives it and the figure as written. */
interface SideFigure {
  evidence: Evidence;
  sentence: Sentence;
  figure: Figure;
  /** How many of the question's topic words the figure's sentence holds. */
  overlap: number;
  /** True when the figure counts a thing the question names in its own words ("forty-two men" for "the fighting men"). */
  countsTopic: boolean;
  /** True when the figure counts a thing of another kind than the question counts ("one horse" for a band). */
  otherKind: boolean;
  /**
   * How plainly the giver gives the figure: 2 in their own quotation, 1 with a word of saying or giving
   * between their name and it ("Mr. Pool puts the party at twenty men"), 0 when the sentence only names them
   * beside it ("Mr. Haskell … went out to the coast … some thirty-five miles east").
   */
  given: number;
  /** True when the giver's words holding the figure pass on another's figure too: theirs is set against it. */
  against: boolean;
}

/** Sentences looked at for the figures of a giver the coverage has no entry for. */
const UNNAMED_GIVER_POOL = 40;

/**
 * The figures `giver` gives, by article: those in their own quotations, and those of a sentence naming them
 * (not by a pronoun alone, unless the pronoun says or gives it, nor in another's quotation) before the figure.
 * `asked` holds the question's own lemmas, which tell a figure counting what the question counts.
 */
function figuresGivenBy(
  index: KnowledgeIndex,
  giver: Giver,
  topic: ReadonlySet<string>,
  asked: ReadonlySet<string>,
  words: Pick<GiverWords, 'gives' | 'ofPeople'>,
  counted: Token | undefined,
): Map<string, SideFigure[]> {
  const { gives } = words;
  const out = new Map<string, SideFigure[]>();
  const add = (
    f: Omit<SideFigure, 'countsTopic' | 'otherKind' | 'given' | 'against'> & {
      against?: boolean;
    },
    given = 2,
  ) => {
    const at = f.sentence.text.indexOf(f.figure.text);
    const after = at < 0 ? '' : f.sentence.text.slice(at + f.figure.text.length);
    const otherKind = countsOtherKind(counted, f.figure.counts, after, words.ofPeople);
    out.set(f.sentence.sourceId, [
      ...(out.get(f.sentence.sourceId) ?? []),
      {
        ...f,
        countsTopic: asked.has(f.figure.counts),
        otherKind,
        given,
        against: f.against ?? false,
      },
    ]);
  };
  // "Californians" is a name to the tagger, its plural kept in its lemma: the question's "Californian" is in it.
  const overlap = (s: Sentence) =>
    new Set(
      s.lemmas.flatMap((l) =>
        topic.has(l) ? [l] : l.endsWith('s') && topic.has(l.slice(0, -1)) ? [l.slice(0, -1)] : [],
      ),
    ).size;
  // The figure after the giver's name ("Whitcomb puts the shortage at about $3,800"), else, when the name
  // comes after them all, the sentence's first ("Five hundred Villistas were …, according to a report from
  // Gen. John J. Pershing").
  const after = (s: Sentence, first: number) => {
    const figures = figuresOf(index, s);
    return figures.find((x) => s.text.indexOf(x.text, first) > first) ?? figures[0];
  };
  const quoted = (sid: string, text: string) => {
    const s = index.sentence(sid);
    return s ? figuresOf(index, s).find((x) => text.includes(x.text)) : undefined;
  };
  // What the question counts, or people under another name when it counts people ("sailors" for "men").
  const countsAsked = (f: Figure) =>
    f.counts !== '' &&
    (asked.has(f.counts) ||
      (counted !== undefined && words.ofPeople(singular(counted.lemma)) && words.ofPeople(f.counts)));
  // The figures of the giver's own words in a sentence: the first, and past it (a letter is often one long
  // sentence) those counting what is asked or set against a figure they pass on from someone else ("Pike will
  // tell you it was two hundred and fifty, but … I make it near three hundred"), never the one passed on
  // unless it is all they give. Their words may be cut in two by "he writes": both parts are read.
  // Whether the giver sets their own figure against one they pass on, in each sentence: read once a sentence,
  // however many of their quotations it holds.
  const againstIn = new Map<string, boolean>();
  const ownInQuote = (sid: string, text: string) => {
    const s = index.sentence(sid);
    if (!s) return [];
    const figures = figuresOf(index, s);
    const readIn = (words: string) =>
      figures.flatMap((x) => {
        const at = words.indexOf(x.text);
        return at < 0 ? [] : [{ figure: countedAt(x, words, at), held: heldByAnother(words, at, gives) }];
      });
    let against = againstIn.get(sid);
    if (against === undefined) {
      const inSentence = (index.quotesBySentence.get(sid) ?? [])
        .filter((q) => q.speakerId === giver.id)
        .flatMap((q) => readIn(q.text));
      against = inSentence.some((x) => x.held) && inSentence.some((x) => !x.held);
      againstIn.set(sid, against);
    }
    const read = readIn(text);
    // Another's figure they give no figure against ("One of the papers said eighty miles, and that's about
    // right") is the one they give.
    const own = read.some((x) => !x.held) ? read.filter((x) => !x.held) : read;
    return own
      .filter((x, k) => k === 0 || (against && !x.held) || countsAsked(x.figure))
      .map((x) => ({ figure: x.figure, against: against && !x.held }));
  };
  if (giver.id) {
    for (const at of index.speakerQuotes.get(giver.id) ?? []) {
      const q = index.quotes[at];
      if (!q || q.social) continue;
      for (const sid of q.sentenceIds) {
        const s = index.sentence(sid);
        if (!s) continue;
        for (const { figure, against } of ownInQuote(sid, q.text))
          add({ evidence: quoteEvidence(index, q), sentence: s, figure, overlap: overlap(s), against });
      }
    }
    for (const sid of index.entities.get(giver.id)?.sentenceIds ?? []) {
      const s = index.sentence(sid);
      if (!s) continue;
      const inOthers = quotedByAnother(index, s, giver.id);
      // Where each way the sentence names the giver first does so, found once however often it names them.
      const at = new Map<string, number>();
      for (const m of s.mentions) {
        const key = `${m.via === 'pronoun' ? 'p' : 'n'}:${m.text}`;
        if (m.entityId !== giver.id || at.has(key)) continue;
        const i =
          m.via === 'pronoun' ? pronounGiving(s.text, m.text, gives) : firstOutside(s.text, m.text, inOthers);
        at.set(key, i >= 0 && !inOthers(i) ? i : -1);
      }
      const named = [...at.values()].filter((i) => i >= 0);
      if (named.length === 0) continue;
      const first = Math.min(...named);
      const n = after(s, first);
      if (n)
        add(
          { evidence: sentenceEvidence(s), sentence: s, figure: n, overlap: overlap(s) },
          givenBetween(s.text, first, n.text, gives) ? 1 : 0,
        );
    }
    return out;
  }
  const terms = new Map<string, number>(giver.words.split(' ').map((w) => [w, 2]));
  for (const t of topic) terms.set(t, terms.get(t) ?? 1);
  const naming = new RegExp(`\\b${giver.words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  for (const { sentence: s } of rankSentences(index, terms, { limit: UNNAMED_GIVER_POOL })) {
    const m = naming.exec(s.text);
    const n = m ? after(s, m.index) : undefined;
    if (m && n)
      add(
        { evidence: sentenceEvidence(s), sentence: s, figure: n, overlap: overlap(s) },
        givenBetween(s.text, m.index, n.text, gives) ? 1 : 0,
      );
    for (const q of index.quotesBySentence.get(s.id) ?? []) {
      const qn = naming.test(q.speakerName) ? quoted(s.id, q.text) : undefined;
      if (qn) add({ evidence: quoteEvidence(index, q), sentence: s, figure: qn, overlap: overlap(s) });
    }
  }
  return out;
}

/**
 * A side's figures in one article, best first: a figure counting a thing the question names first ("forty-two
 * men" over "two troops" for "the fighting men"), then one not counting a thing of another kind (see
 * figure-of-asked.ts), then one set against another's figure in the giver's words (see
 * {@link SideFigure.against}), then most topic words, then one the giver gives (see
 * {@link SideFigure.given}), then a figure that is no span of time, then
 * a figure counting something named, then first in the article.
 */
function ranked(figures: readonly SideFigure[]): SideFigure[] {
  return [...figures].sort(
    (a, b) =>
      Number(b.countsTopic) - Number(a.countsTopic) ||
      Number(a.otherKind) - Number(b.otherKind) ||
      Number(b.against) - Number(a.against) ||
      b.overlap - a.overlap ||
      b.given - a.given ||
      Number(a.figure.span) - Number(b.figure.span) ||
      Number(b.figure.counted) - Number(a.figure.counted) ||
      a.sentence.paragraph - b.sentence.paragraph ||
      a.sentence.position - b.sentence.position,
  );
}

/**
 * How far apart two givers' figures of one thing may be, the larger over the smaller: people who differ on a
 * figure give figures of one size ("thirty-three men" and "near forty", "two hundred and fifty" and "near three
 * hundred", "5,000" and "two thousand"), not a figure of something else ("two of our men … killed" against
 * forty). As compare-disputed.ts's bound for two givers set against each other; not tuned.
 */
const ONE_FIGURE_RATIO = 4;
/** Each side's best-ranked figures paired with the other's, so an article of many figures costs no more. */
const MAX_PAIRED = 20;

/**
 * True when two figures may be one figure given twice: both spans of time or neither, counting one thing, or
 * people under two names ("men", "sailors"), or one of them counting nothing named ("near forty").
 */
function ofOneThing(a: Figure, b: Figure, ofPeople: (lemma: string) => boolean): boolean {
  if (a.span !== b.span) return false;
  if (a.counts === '' || b.counts === '' || a.counts === b.counts) return true;
  return ofPeople(a.counts) && ofPeople(b.counts);
}

/**
 * True when two figures are of one thing ({@link ofOneThing}) and their values known and of one size (see
 * {@link ONE_FIGURE_RATIO}): "about three hours" and "two heads" are not, whatever their values.
 */
function ofOneSize(a: Figure, b: Figure, ofPeople: (lemma: string) => boolean): boolean {
  if (!ofOneThing(a, b, ofPeople)) return false;
  const [x, y] = [figureValue(a.text), figureValue(b.text)];
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  return Math.max(x, y) / Math.min(x, y) <= ONE_FIGURE_RATIO;
}

/**
 * The two givers' figures in one article, set against each other: each side's figures ranked by {@link ranked},
 * and of the pairs those of one size first ({@link ofOneSize}), since two people differing on one figure give
 * it of one size; a pair counting what the question counts, then one counting nothing of another kind, still
 * come first. A figure a giver sets against another's in their own words comes after one of one size: "They
 * left thirteen dead that I counted, but the Californians say above thirty" is a dispute over another figure
 * than the "three hundred" and "four or five hundred" attackers asked. Among equals, the pair best-ranked on
 * both sides (the sum of their ranks, then the first side's).
 * `oneSize` is `null` when the question counts no thing it names ("how far Progreso is"): figures of a distance
 * may be given in hours and in miles, whose values say nothing of each other.
 */
function bestPair(
  fa: readonly SideFigure[],
  fb: readonly SideFigure[],
  oneSize: ((a: Figure, b: Figure) => boolean) | null,
): { a: SideFigure; b: SideFigure } | undefined {
  const [ra, rb] = [ranked(fa).slice(0, MAX_PAIRED), ranked(fb).slice(0, MAX_PAIRED)];
  let found: { a: SideFigure; b: SideFigure; key: number[] } | undefined;
  ra.forEach((a, i) =>
    rb.forEach((b, j) => {
      const key = [
        Number(a.countsTopic) + Number(b.countsTopic),
        -(Number(a.otherKind) + Number(b.otherKind)),
        oneSize ? Number(oneSize(a.figure, b.figure)) : 0,
        Number(a.against) + Number(b.against),
        -(i + j),
        -i,
      ];
      if (!found || outranks(key, found.key)) found = { a, b, key };
    }),
  );
  return found;
}

/** True when `a` is better than `b`, compared by their first element that differs. */
function outranks(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((x, i) => x !== b[i]);
  return at >= 0 && (a[at] ?? 0) > (b[at] ?? 0);
}

/**
 * Each side's own figure, side by side, when the two sides are named by two different people or bodies who
 * each give a figure in one article (see the module header); `null` otherwise. `read` reads a side's words as
 * a question; `question` is the whole question, whose other words are the topic that picks the figure.
 */
export function attributedFigures(
  index: KnowledgeIndex,
  question: Understanding,
  sides: readonly [string, string],
  read: (text: string) => Understanding,
  comparisonWords: ReadonlySet<string>,
  words: GiverWords,
): Draft | null {
  const givers = sides.map((side) => giverOf(index, side, read(side), words));
  const [a, b] = givers;
  if (!a || !b || a.words === b.words || (a.id !== null && a.id === b.id)) return null;
  const names = new Set(
    givers.flatMap((g) => {
      const e = index.entities.get(g?.id ?? '');
      const all = [g?.words ?? '', ...(e ? [e.name, ...e.aliases] : [])];
      return all.flatMap((x) => x.toLowerCase().split(/\s+/));
    }),
  );
  const topic = new Set(
    [...question.terms.keys()].filter(
      (t) => !t.startsWith(ENTITY_TERM) && !comparisonWords.has(t) && !names.has(t),
    ),
  );
  // What the question counts is in its own words ("the fighting men"), not the words its terms are widened to.
  // "Mexicans", a name to the tagger, keeps its plural in its lemma; the knowledge counts "mexican".
  const asked = new Set(question.analysis.tokens.flatMap((t) => [t.lemma, singular(t.lemma)]));
  const counted = askedCounted(question.analysis.tokens);
  const [fa, fb] = [
    figuresGivenBy(index, a, topic, asked, words, counted),
    figuresGivenBy(index, b, topic, asked, words, counted),
  ];
  const oneSize = counted ? (x: Figure, y: Figure) => ofOneSize(x, y, words.ofPeople) : null;
  const shared = [...fa.keys()]
    .filter((src) => fb.has(src))
    .flatMap((src) => {
      const pair = bestPair(fa.get(src) ?? [], fb.get(src) ?? [], oneSize);
      return pair ? [{ src, ...pair }] : [];
    })
    .sort((x, y) => y.a.overlap + y.b.overlap - (x.a.overlap + x.b.overlap));
  const [found, next] = shared;
  // Two articles where both give figures, the topic words not telling them apart: no one article is meant.
  if (!found || (next && next.a.overlap + next.b.overlap === found.a.overlap + found.b.overlap)) return null;
  const label = (i: number) => escapeMarkdown(sides[i] ?? '');
  const evidence =
    found.a.evidence.id === found.b.evidence.id ? [found.a.evidence] : [found.a.evidence, found.b.evidence];
  return {
    answeredAs: 'count',
    confidence: ATTRIBUTED_CONFIDENCE,
    direct: null,
    lead: `Side by side — ${label(0)} and ${label(1)}, each as the coverage gives it:`,
    evidence,
    lines: [],
    focus: givers.flatMap((g) => (g?.id ? [g.id] : [])),
  };
}
