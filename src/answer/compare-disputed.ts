/**
 * One figure as different givers state it: "How many attackers were there according to Blanco's own officers
 * versus the disarmed defender?", "How far did the command march — what did his officers say versus the
 * teamster?", "How much money was missing — do the ranger and the historian give the same figure?". The
 * givers are often named in words the coverage has no entry for ("the teamster", "the video"), and a report
 * sets such figures side by side: "His officers say the command marched sixty-five miles … 'Nearer seventy,'
 * he said." So the answer is the passage (a paragraph and the next or last one) where the figure asked is
 * given twice with different values, found by the question's own words, givers' included; each figure
 * shown in its own sentence. `null` when no passage gives two such figures.
 */
import { NUMERALS } from '../nlp/numerals.ts';
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import { MONEY_LEMMA, TIME_UNIT } from '../knowledge/counted.ts';
import { asksDistance, spanUnits } from './asked-span.ts';
import { askedCount } from './asked-count.ts';
import { rankOptions, sentenceEvidence, type Context, type Draft } from './handlers.ts';
import { oneGiver } from './figure-givers.ts';
import { passageOf } from './passage.ts';
import { rankSentences } from './retrieval.ts';
import type { Understanding } from './understand.ts';

/** A figure asked once: "how many", "how much", "how far", "how big" (a force's size is its number of men). */
const FIGURE_ASKED = /\bhow\s+(?:many|much|far|big|large)\b/gi;
/** "How far apart were the two estimates": the difference between two things, not a distance. */
const APART = /\bhow\s+far\s+apart\b/i;
const APART_WORD = /\bapart\b/gi;
/** Words setting two givers' figures against each other. */
const SET_AGAINST = /\b(?:versus|vs\.?|compar\w*|same|differ\w*|apart|(?:dis)?agree\w*)\b/i;
/** The verb forms of giving a figure, one word each. */
const GIVING_VERBS = 'gives?|gave|given|shows?|showed|shown|puts?|estimates?|estimated';
/**
 * Words of giving a figure ("according to", "the number the strike leaders give", "what does the video
 * show", "Whitcomb puts the shortage at…", "estimates"), beside the verbs of saying the intents list.
 */
export const GIVING = new RegExp(`\\b(?:according to|${GIVING_VERBS})\\b`, 'i');
/**
 * Each giving of a figure a question names, "count" among them ("the army's count and the town's count"):
 * counted twice it sets two givers' figures against each other, but alone it is no word of giving.
 */
const GIVEN_EACH = new RegExp(`${GIVING.source}|\\bcounts?\\b`, 'gi');
/**
 * "Did the caller and Dr. Eckhardt agree on how many men Grant had?", "The reports disagree on how many times
 * Villa was shot": who agree or not on a figure each give one.
 */
const AGREE_ON = /\b(?:dis)?agree[sd]?\s+(?:on|about|over|as\s+to)\s+how\b/i;
/** A word giving a figure on its own: GIVING's verbs, and "count(s)" and "counted" (not "according to"). */
const GIVING_WORD = new RegExp(`^(?:${GIVING_VERBS}|counts?|counted)$`, 'i');
/** Kinds of named entity that give a figure; dates, times, spans and ordinals give none. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['CARDINAL', 'MONEY', 'QUANTITY']);
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** "One of the disarmed men": one is no one's figure for anything. */
const ONE = /^(?:one|a single|single|1)$/i;
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
/** Best-ranked sentences whose articles are read for a disputed figure. */
const ANCHOR_POOL = 12;
/** Articles, best-ranked first, whose passages are looked at. */
const ARTICLES = 2;
/** Paragraphs either side of a figure's own that its passage holds. */
const PASSAGE_PARAGRAPHS = 1;
/**
 * How far apart two statements of one figure may be, the larger over the smaller: givers disagree on a figure
 * ("nearly a thousand" and "fifteen hundred", "two thousand" and "four thousand"), they do not give figures of
 * other things (the 5,600 migrants detained in two months beside the 200 held one night). Not tuned.
 */
const MAX_RATIO = 2;
/**
 * The same for two sentences, one after the other, each giving a figure ("The Major puts the enemy's loss at
 * about sixty …" "The Mexicans … say it was nearer two hundred"): set against each other so, they are one figure
 * given twice even when far apart. Not tuned.
 */
const MAX_SET_AGAINST_RATIO = 4;
/** Sentences either side of a figure's own looked at, so a long paragraph costs no more. */
const PASSAGE_REACH = 8;
/**
 * Share of the question's own words (givers' included) the two figures' sentences must say: the passage is
 * found by what the question asks and who gives it. Not tuned.
 */
const MIN_COVERAGE = 0.25;
/**
 * Confidence of an answer setting out the figure as its givers state it: found by the passage that gives it
 * twice, not by a retrieval score. As compare-attributed.ts's; not tuned.
 */
const DISPUTED_CONFIDENCE = 0.7;

/** What a figure answering the question measures: money, a length, or a number of things. */
type Measure = 'money' | 'length' | 'things';

/** One figure of a sentence, as written, and its value's words. */
interface GivenFigure {
  sentence: Sentence;
  text: string;
  value: number;
}

/**
 * True when a question asks one figure as two givers state it: it asks a figure once ("how many", "how
 * much", "how far", "how big"), sets two things against each other ("versus", "compared with", "the same
 * figure"), and says who gives it ("according to", "what did his officers say", "the number the strike leaders
 * give", "did the caller and the historian agree on how many").
 */
export function asksDisputedFigure(
  text: string,
  speechVerbs: ReadonlySet<string>,
  lemmas: readonly string[],
): boolean {
  if ([...text.matchAll(FIGURE_ASKED)].length !== 1) return false;
  // "…by the army's count, and by Eva Nakai's family's count?": two givings set the figures against each other.
  const givings = [...text.matchAll(GIVEN_EACH)].length;
  if (!SET_AGAINST.test(text) && givings < 2) return false;
  return givings >= 2 || GIVING.test(text) || AGREE_ON.test(text) || lemmas.some((l) => speechVerbs.has(l));
}

/**
 * A figure's value read from its words ("nearly a thousand" 1000, "fifteen hundred" 1500, "$3,791.77"), the
 * words qualifying it skipped and the reading stopped at the first word after it that is no numeral ("two or
 * three" is 2); `null` when it holds none.
 */
export function figureValue(text: string): number | null {
  let total = 0;
  let current = 0;
  let read = false;
  let scaled = false;
  const words = text.toLowerCase().split(/[\s-]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const numeral = numeralOf(word);
    const scale = SCALES.get(word);
    if (numeral !== undefined) current += numeral;
    else if (scale === 100) current = (current || 1) * scale;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (read) {
      // "Four or five hundred", "twenty or thirty thousand": the lower figure shares the higher one's scale.
      const shared = scaled || !RANGE_WORDS.has(word) ? undefined : sharedScale(words, i + 1);
      if (shared !== undefined) return current * shared;
      break;
    } else continue;
    read = true;
    scaled ||= scale !== undefined;
  }
  return read ? total + current : null;
}

/** Words joining a range's two figures ("four or five hundred", "two to three thousand"). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['or', 'to']);

/** The value of a numeral in digits or words ("$3,800", "forty"); `undefined` for any other word. */
function numeralOf(word: string): number | undefined {
  const digits = /^\$?(\d[\d,]*(?:\.\d+)?)$/.exec(word)?.[1];
  return digits !== undefined ? Number(digits.replace(/,/g, '')) : NUMERALS.get(word);
}

/**
 * The scale of the numeral at `words[at]` when scale words follow it ("five hundred", "five hundred thousand":
 * all of them), else `undefined`.
 */
function sharedScale(words: readonly string[], at: number): number | undefined {
  if (numeralOf(words[at] ?? '') === undefined) return undefined;
  let scale: number | undefined;
  for (let k = at + 1; SCALES.has(words[k] ?? ''); k++) scale = (scale ?? 1) * SCALES.get(words[k]!)!;
  return scale;
}

/**
 * What a figure measures: money, a length or a span of time by its unit, anything else counted by its noun;
 * `null` for a figure counting nothing named ("'Nearer seventy,' he said"), which measures what the figure
 * it answers does.
 */
function measureOf(
  n: NumberFact | undefined,
  type: string,
  lengthUnits: ReadonlySet<string>,
): Measure | 'time' | null {
  if (type === 'MONEY' || n?.countsLemma === MONEY_LEMMA) return 'money';
  const unit = n?.countsLemma ?? '';
  if (lengthUnits.has(unit)) return 'length';
  if (TIME_UNIT.test(unit)) return 'time';
  return unit === '' ? null : 'things';
}

/**
 * The figures a sentence gives of the measure asked: the ones the knowledge reads with what they count, and
 * the ones the tagger found alone ("'Nearer seventy,' he said"). A figure counting nothing named counts
 * what the question does, as a reply does.
 */
function figuresOf(
  ctx: Context,
  s: Sentence,
  measure: Measure,
  lengthUnits: ReadonlySet<string>,
): GivenFigure[] {
  const facts = ctx.index.numbersBySentence.get(s.id) ?? [];
  const spans = s.nerEntities.filter((e) => !FIGURE_TYPES.has(e.type)).map((e) => e.text);
  const out: GivenFigure[] = [];
  for (const e of s.nerEntities) {
    const text = e.text.trim();
    if (!FIGURE_TYPES.has(e.type) || YEAR.test(text) || ONE.test(text)) continue;
    // Word for word: "200" is not part of the date "2005", nor "5" of "15 soldiers".
    if (spans.some((d) => containsWords(d, text))) continue;
    const fact = facts.find((n) => containsWords(n.text, text) || containsWords(text, n.text));
    if (fact?.qualifier === 'offset') continue;
    const measured = measureOf(fact, e.type, lengthUnits);
    if (measured !== null && measured !== measure) continue;
    const value = fact?.value ?? figureValue(text);
    if (value !== null && value > 0) out.push({ sentence: s, text: fact?.text ?? text, value });
  }
  return out;
}

/**
 * How many times a sentence gives a figure: its verbs of speech ("say", "tell") and of giving ("put",
 * "count"). A sentence giving two figures of one thing twice sets two givers' figures against each other.
 */
function givingsIn(s: Sentence, ctx: Context): number {
  const { reader } = ctx;
  return reader
    .analyse(s.text)
    .tokens.filter((t) => reader.speechVerbs.has(t.lemma) || GIVING_WORD.test(t.normal)).length;
}

/** True when `a` is better than `b`, compared by their first element that differs. */
function outranks(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((x, i) => x !== b[i]);
  return at >= 0 && (a[at] ?? 0) > (b[at] ?? 0);
}

/** The sentences of one article, in order. */
function sentencesOf(ctx: Context, sourceId: string): Sentence[] {
  const { index } = ctx;
  const first = index.sentences.findIndex((s) => s.sourceId === sourceId);
  const out: Sentence[] = [];
  for (let i = first; i >= 0 && i < index.sentences.length && index.sentences[i]?.sourceId === sourceId; i++)
    out.push(index.sentences[i]!);
  return out;
}

/** What the figure asked measures: a sum of money, a length (not "how far apart"), or things counted. */
function measureAsked(u: Understanding, ctx: Context): Measure {
  const asked = askedCount(u, ctx.reader.genericCounts, (l) => ctx.reader.countsPeople(l));
  if (asked.at(-1) === MONEY_LEMMA) return 'money';
  return asksDistance(u.text) && !APART.test(u.text) ? 'length' : 'things';
}

/**
 * How much of the question (0–1) a passage says: its question `words`, and the people and bodies the question
 * names ("by Eva Nakai's family's count"), each said when a sentence names it or holds its quotation. Read over
 * a passage, not each figure's own sentence, where a giver named in one would outrank the other giver's figure.
 */
function passageCoverage(
  u: Understanding,
  ctx: Context,
  words: ReadonlySet<string>,
): (sentences: readonly Sentence[]) => number {
  const named = new Set(u.entities);
  const namedIn = (s: Sentence) => [
    ...s.mentions.map((m) => m.entityId),
    ...(ctx.index.quotesBySentence.get(s.id) ?? []).flatMap((q) => (q.speakerId ? [q.speakerId] : [])),
  ];
  return (sentences) =>
    (new Set(sentences.flatMap((s) => s.lemmas.filter((l) => words.has(l)))).size +
      new Set(sentences.flatMap((s) => namedIn(s).filter((id) => named.has(id)))).size) /
    (words.size + named.size);
}

/**
 * The figure asked as its givers state it (see the module header): the two sentences, best-ranked first, of
 * one passage that give it with different values and together say most of the question's words. `null` when
 * the question asks no such thing or no passage gives it twice.
 */
export function answerDisputedFigure(u: Understanding, ctx: Context): Draft | null {
  const lemmas = u.analysis.tokens.map((t) => t.lemma);
  if (!asksDisputedFigure(u.text, ctx.reader.speechVerbs, lemmas)) return null;
  const lengthUnits = spanUnits(u.text, true);
  const measure = measureAsked(u, ctx);
  // The question's words but those of asking ("far" of "how far apart") and comparing ("versus").
  const asking = new Set(
    [...u.text.matchAll(FIGURE_ASKED), ...u.text.matchAll(APART_WORD)].flatMap((m) =>
      m[0].toLowerCase().split(/\s+/),
    ),
  );
  const words = new Set(u.content.filter((l) => !ctx.reader.comparisonWords.has(l) && !asking.has(l)));
  if (words.size === 0) return null;
  const covered = (sentences: readonly Sentence[]) =>
    new Set(sentences.flatMap((s) => s.lemmas.filter((l) => words.has(l)))).size / words.size;
  const passageCovered = passageCoverage(u, ctx, words);
  const ranked = rankSentences(ctx.index, u.terms, rankOptions(u, ctx, { limit: ANCHOR_POOL }));
  const sources = [...new Set(ranked.map((r) => r.sentence.sourceId))].slice(0, ARTICLES);
  // Giver words sit beside the figure ("The strike leaders have always given a larger figure. 'Nearer
  // thirteen hundred men…'"): a figure's words are its whole paragraph's.
  const paragraphWords = new Map<string, Sentence[]>();
  const paragraphOf = (x: Sentence) => {
    const key = `${x.sourceId}#${x.paragraph}`;
    let found = paragraphWords.get(key);
    if (!found) paragraphWords.set(key, (found = passageOf(ctx, x, 0, PASSAGE_REACH)));
    return found;
  };
  // Best first: the most question words in the figures' paragraphs, then two givers' figures over one giver's
  // (two sentences not naming the same people, figure-givers.ts, or one sentence giving figures twice: Orcutt's
  // "thirty or forty" beside Stiffler's figure over Stiffler's "not less than eighty of them, and maybe a
  // hundred" alone), then the most question words in each of their own sentences ("The same American accounts
  // put the Mexican force at some two hundred, while Mexican historians count about one hundred" over the
  // sentence before it, of the landing party), then the nearest figures, then one sentence.
  // "The Major puts the enemy's loss at about sixty …" "The Mexicans on the other bank say it was nearer two
  // hundred": two sentences, one after the other, each giving a figure, set two givers' figures against each other.
  // A sentence's givings, read once: a sentence is weighed against each other of its passage.
  const givingCounts = new Map<string, number>();
  const givings = (x: Sentence) => {
    let n = givingCounts.get(x.id);
    if (n === undefined) givingCounts.set(x.id, (n = givingsIn(x, ctx)));
    return n;
  };
  const setAgainst = (pair: readonly Sentence[]) => {
    const [first, second] = pair;
    return (
      first !== undefined &&
      second !== undefined &&
      Math.abs(
        (ctx.index.sentenceIndex.get(first.id) ?? 0) - (ctx.index.sentenceIndex.get(second.id) ?? 0),
      ) === 1 &&
      !oneGiver(ctx.index, first, second) &&
      givings(first) > 0 &&
      givings(second) > 0
    );
  };
  let best: { pair: Sentence[]; score: number[] } | null = null;
  for (const sentence of sources.flatMap((id) => sentencesOf(ctx, id))) {
    const own = figuresOf(ctx, sentence, measure, lengthUnits);
    if (own.length === 0) continue;
    for (const other of passageOf(ctx, sentence, PASSAGE_PARAGRAPHS, PASSAGE_REACH)) {
      const theirs = other === sentence ? own : figuresOf(ctx, other, measure, lengthUnits);
      const ratios = theirs.flatMap((f) =>
        own.map((g) => Math.max(f.value, g.value) / Math.min(f.value, g.value)),
      );
      const ratio = Math.min(...ratios.filter((r) => r > 1));
      const pair = other === sentence ? [sentence] : [sentence, other];
      // The wider bound only for two givers set against each other, asked only past the narrower one.
      if (!(ratio <= MAX_RATIO || (ratio <= MAX_SET_AGAINST_RATIO && setAgainst(pair)))) continue;
      const score = [
        passageCovered([...new Set(pair.flatMap(paragraphOf))]),
        pair.length === 2 && oneGiver(ctx.index, sentence, other) ? 0 : 1,
        Math.min(...pair.map((x) => covered([x]))),
        pair.length === 2 || givings(sentence) >= 2 ? 1 : 0,
        -ratio,
        -pair.length,
      ];
      if (!best || outranks(score, best.score)) best = { pair, score };
    }
  }
  if (!best || (best.score[0] ?? 0) < MIN_COVERAGE) return null;
  const shown = [...best.pair].sort((a, b) => a.paragraph - b.paragraph || a.position - b.position);
  return {
    answeredAs: 'count',
    confidence: DISPUTED_CONFIDENCE,
    direct: null,
    lead: 'The coverage gives the figure more than one way:',
    evidence: shown.map(sentenceEvidence),
    lines: [],
    focus: [],
  };
}

/** True when `part` stands in `whole` as whole words: "15 soldiers" holds "15", not "5". */
export function containsWords(whole: string, part: string): boolean {
  let at = whole.indexOf(part);
  while (at !== -1) {
    const before = whole[at - 1];
    const after = whole[at + part.length];
    if (
      (before === undefined || !WORD_CHARACTER.test(before)) &&
      (after === undefined || !WORD_CHARACTER.test(after))
    )
      return true;
    at = whole.indexOf(part, at + 1);
  }
  return false;
}

/** A letter or a digit: what a word or a figure is made of. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
