/**
 * What the words around a quotation say of who hands it over, read from tokens alone: a clause's subject, a
 * verb of any kind handing over ("the crowd chanted, '…'"), "according to", a name counted as one word.
 */
import { sentenceAt, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { WorkingSentence } from './annotate.ts';
import { nounPhraseBefore, tokenAt, type SpeakerGuess } from './speakers.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

export const isVerb = (tok: Token): boolean => tok.pos === 'VERB' || tok.pos === 'AUX';
/** A subject that is a definite description ("The lieutenant"), named as written; `null` for any other. */
export const theDescribed = (
  analysis: Analysis,
  subject: readonly number[],
): Omit<SpeakerGuess, 'cue'> | null =>
  subject[0] !== undefined && tokenAt(analysis, subject[0]).normal === 'the'
    ? nounPhraseBefore(analysis, subject)
    : null;
/** The tokens of a clause before its first verb: its subject. */
export const subjectOf = (analysis: Analysis, clause: readonly number[]): number[] =>
  clause.slice(
    0,
    Math.max(
      0,
      clause.findIndex((t) => isVerb(tokenAt(analysis, t))),
    ),
  );
/**
 * The subject of the clause a phrase set off by a comma leaves ("After each name, the crowd of about 70
 * answered", "When the news was read out, the men of the post cheered and called out"): the tokens after
 * the clause's last comma up to their first verb, or all of them when the verb is the one handing over.
 * None when the clause holds no comma, so that a clause with no such phrase is read whole.
 */
export const subjectAfterOpening = (analysis: Analysis, clause: readonly number[]): number[] => {
  const comma = clause.findLastIndex((t) => tokenAt(analysis, t).value === ',');
  if (comma < 0) return [];
  const own = clause.slice(comma + 1);
  const verb = own.findIndex((t) => isVerb(tokenAt(analysis, t)));
  return verb < 0 ? own : own.slice(0, verb);
};
/**
 * Words among `tokens`, a name counting as one ("the Department of Homeland Security said" has one word before
 * its verb, as "Mattis said" has): a determiner, and the "of"/"for" and capitalised words that continue a name,
 * are not counted.
 */
export function nameAwareWordCount(analysis: Analysis, tokens: readonly number[]): number {
  let count = 0;
  let inName = false;
  for (const t of tokens) {
    const tok = tokenAt(analysis, t);
    if (tok.pos === 'PUNCT' || tok.pos === 'DET') continue;
    const capitalised = opensWithCapital(tok.value);
    if (inName && (capitalised || tok.normal === 'of' || tok.normal === 'for')) continue;
    inName = capitalised;
    count++;
  }
  return count;
}

/** Verbs that say what is, not what was said: "it was, '…'" hands no quotation over. */
const NOT_SAYING = new Set(['be', 'have', 'do']);

/** Pronouns that may stand as whom words were said to, between a verb and its quotation ("he answered me, '…'"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/**
 * Verbs of thinking or estimating whose "that" hands over the words thought ("the secretary estimated that
 * '…'"); a verb of finding or showing does not ("the report found that 'illegal aliens' crossed" quotes
 * words of others, in scare quotes).
 */
const THINKING = new Set([
  'estimate',
  'calculate',
  'reckon',
  'believe',
  'think',
  'guess',
  'suppose',
  'figure',
]);

/**
 * "The crowd chanted, '…'", "A group of teenagers outside a bakery shouted, '…'": the position in `before`
 * (the tokens before a quotation) of a verb of any kind that hands the quotation over, with nothing but
 * adverbs, one object pronoun ("he answered me, '…'") and a comma or colon between it and the quotation, or
 * of a verb of saying (`isSaying`, by lemma) or of thinking with "that" right before it ("the secretary
 * estimated that '…'"); -1 when there is none.
 */
export function handingOver(
  analysis: Analysis,
  before: readonly number[],
  isSaying: (lemma: string) => boolean,
): number {
  let k = before.length - 1;
  let mark = false;
  let that = false;
  let object = false;
  for (; k >= 0; k--) {
    const x = tokenAt(analysis, before[k] ?? -1);
    if (x.value === ',' || x.value === ':') mark = true;
    else if (k === before.length - 1 && x.normal === 'that') that = mark = true;
    else if (mark && !object && x.pos === 'PRON' && OBJECT_PRONOUNS.has(x.normal)) object = true;
    else if (x.pos !== 'ADV') break;
  }
  const verb = k >= 0 ? tokenAt(analysis, before[k] ?? -1) : null;
  if (!mark || verb?.pos !== 'VERB' || NOT_SAYING.has(verb.lemma)) return -1;
  return !that || isSaying(verb.lemma) || THINKING.has(verb.lemma) ? k : -1;
}

/** Words that open a clause set before the main one ("When I asked a corporal why …, he answered me, '…'"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'before',
  'while',
  'as',
  'once',
  'until',
  'because',
  'since',
  'though',
  'although',
]);

/**
 * The tokens of `left` (a verb's words before it) after a clause set before the main one: "When I asked a
 * corporal why he had not dug the sink, he" is "he". The whole of `left` when it opens with no subordinating
 * word or has no comma to end that clause.
 */
export function mainClauseOf(analysis: Analysis, left: readonly number[]): readonly number[] {
  const first = left[0];
  if (first === undefined || !SUBORDINATORS.has(tokenAt(analysis, first).normal)) return left;
  const comma = left.findLastIndex((t) => tokenAt(analysis, t).value === ',');
  return comma < 0 ? left : left.slice(comma + 1);
}

/** Parts of speech a clause opening with its subject starts with ("the crowd", "Ruiz", "several women"). */
const SUBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);

/** True when the words after the last comma of `left` open with a subject, not "when", "as", "after". */
export function opensWithSubject(analysis: Analysis, left: readonly number[]): boolean {
  const comma = left.findLastIndex((t) => tokenAt(analysis, t).value === ',');
  const first = left[comma + 1];
  return first !== undefined && SUBJECT_OPENERS.has(tokenAt(analysis, first).pos);
}

/**
 * `left` without the commas ending it: "Lic. Ernesto Garza Treviño, secretary of the municipal government,"
 * before "estimated" closes an apposition, and ends no clause set before the subject.
 */
export function withoutClosingCommas(analysis: Analysis, left: readonly number[]): readonly number[] {
  let end = left.length;
  while (end > 0 && tokenAt(analysis, left[end - 1] ?? -1).value === ',') end--;
  return end === left.length ? left : left.slice(0, end);
}

/** Where "according to" starts among `tokens` (positions in it), or -1. */
export function accordingTo(analysis: Analysis, tokens: readonly number[]): number {
  return tokens.findIndex(
    (t, k) =>
      tokenAt(analysis, t).normal === 'according' &&
      k + 1 < tokens.length &&
      tokenAt(analysis, tokens[k + 1] ?? -1).normal === 'to',
  );
}

/** The tokens up to the first punctuation, `max` at most: the words naming a source ("according to X, …"). */
export function wordsToPunctuation(analysis: Analysis, tokens: readonly number[], max = Infinity): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (tokenAt(analysis, t).pos === 'PUNCT' || out.length >= max) break;
    out.push(t);
  }
  return out;
}

/**
 * "Families waiting on the Mexican side had been there since dawn. As the last truck rolled past, they shouted,
 * '…'": "they" speaking, when the sentence before in its paragraph opens with people in the plural no name
 * answers to, is that group, named as written. So is a clause before in the same sentence that "and they" goes
 * on from ("Only about three people were there this afternoon, and they told reporters they were '…'"), and a
 * group counted ("about three people"), an adverb before it ("Only") no part of it.
 */
export function groupBefore(
  sentence: WorkingSentence,
  left: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const own = left.slice(left.findLastIndex((t) => tokenAt(analysis, t).value === ',') + 1);
  const joined = own.length === 2 && tokenAt(analysis, own[0] ?? -1).normal === 'and';
  if ((own.length !== 1 && !joined) || tokenAt(analysis, own.at(-1) ?? -1).normal !== 'they') return null;
  // The sentence ending where this one starts, or this one's own opening clause.
  const span = joined
    ? { start: sentence.tokenStart, end: own[0] ?? sentence.tokenStart }
    : sentenceAt(analysis, sentence.tokenStart - 1);
  if (!span || (!joined && span.end !== sentence.tokenStart)) return null;
  let start = span.start;
  while (
    start < span.end &&
    tokenAt(analysis, start).pos === 'ADV' &&
    !QUANTITY_WORDS.has(tokenAt(analysis, start).normal)
  )
    start++;
  // The words before its verb, a participle going on describing them ("waiting on the Mexican side").
  let end = start;
  for (; end < span.end; end++) {
    const x = tokenAt(analysis, end);
    if (x.pos === 'AUX' || x.pos === 'PUNCT' || (x.pos === 'VERB' && !x.normal.endsWith('ing'))) break;
  }
  const words = analysis.tokens.slice(start, end);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  // A plural noun opens it ("Protesters", "Families", which the tagger may read as a name when capitalised).
  const plural =
    (first.pos === 'NOUN' && first.normal !== first.lemma) ||
    (first.pos === 'PROPN' && /ies$|[^s]s$/.test(first.normal) && words.some((x) => x.pos === 'NOUN'));
  if (plural) return { speakerId: null, speakerName: analysis.text.slice(first.start, last.end) };
  // "about three people": people counted.
  return countedGroup(
    analysis,
    words.map((_, i) => start + i),
    isPersonNoun,
  );
}

/** Tokens of a relative clause set off by commas before a verb of saying. */
const MAX_RELATIVE_TOKENS = 30;

/**
 * Words opening what is set off by commas after a subject: a relative clause ("which", "who") or an
 * apposition that describes it ("Joint Task Force Six, the El Paso-based command …, said").
 */
const SETTING_OFF = /^(?:which|who|the|a|an)$/;

/**
 * True when token `t` opens words set off by a comma. "The government organ, on the contrary, calls": an aside
 * opening with a preposition is set off too.
 */
function setsOff(t: Token): boolean {
  return SETTING_OFF.test(t.normal) || t.pos === 'ADP';
}

/**
 * The subject's words before a verb of saying without the relative clause or the apposition set off by
 * commas that ends them ("The federal government in Mexico City, which has received American rifles …,
 * said"); as given when there is none.
 */
export function withoutRelative(analysis: Analysis, left: readonly number[]): readonly number[] {
  if (left.length < 4 || tokenAt(analysis, left.at(-1) ?? -1).value !== ',') return left;
  for (let j = left.length - 2; j > 1 && left.length - j <= MAX_RELATIVE_TOKENS; j--) {
    const tok = tokenAt(analysis, left[j] ?? -1);
    if (tok.value === ',' && !setsOff(tokenAt(analysis, left[j + 1] ?? -1))) return left;
    if (setsOff(tok) && tokenAt(analysis, left[j - 1] ?? -1).value === ',') return left.slice(0, j - 1);
  }
  return left;
}

/** Words a count of people opens with ("dozens of drivers", "several hundred protesters", "about 150 people"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'several',
  'many',
  'some',
  'about',
  'around',
  'nearly',
  'more',
  'than',
]);

/**
 * "When a Customs officer walked along the line, dozens of drivers leaned on their horns and shouted, '…'":
 * a subject that counts people ({@link QUANTITY_WORDS} or a number, then a plural noun for people), named as
 * written, for the verb handing over that the clause's first verb is joined to; `null` for any other subject.
 */
export function countedGroup(
  analysis: Analysis,
  subject: readonly number[],
  isPersonNoun: (lemma: string) => boolean,
): Omit<SpeakerGuess, 'cue'> | null {
  const words = subject.map((t) => tokenAt(analysis, t));
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || words.length > MAX_GROUP_WORDS) return null;
  if (first.pos !== 'NUM' && !QUANTITY_WORDS.has(first.normal)) return null;
  if (
    !words.every((w) => ['NUM', 'ADJ', 'NOUN', 'ADP', 'ADV'].includes(w.pos) || QUANTITY_WORDS.has(w.normal))
  )
    return null;
  const plural = last.pos === 'NOUN' && (last.lemma !== last.normal || last.normal === 'people');
  if (!plural || !(last.normal === 'people' || isPersonNoun(last.lemma))) return null;
  const text = analysis.text.slice(first.start, last.end);
  return { speakerId: null, speakerName: lowerFirst(text) };
}

/** Words at most of a subject counting people ("several hundred striking miners from Cananea"). */
const MAX_GROUP_WORDS = 8;

/**
 * Where the auxiliaries of a verb of saying begin among `tokens`, the words between a quotation and that
 * verb: "used to" ('my grandmother used to say'), "would", "had to"; `tokens.length` when none end them.
 */
export function verbChainStart(analysis: Analysis, tokens: readonly number[]): number {
  let k = tokens.length;
  for (let steps = 0; k > 0 && steps < MAX_VERB_CHAIN; steps++) {
    const tok = tokenAt(analysis, tokens[k - 1] ?? -1);
    const next = k < tokens.length ? tokenAt(analysis, tokens[k] ?? -1) : null;
    const chained =
      tok.pos === 'AUX' ||
      (tok.normal === 'to' && tok.pos === 'PART') ||
      (tok.normal === 'used' && next?.normal === 'to');
    if (!chained) break;
    k--;
  }
  return k;
}

/** Auxiliaries at most before a verb of saying ("would have had to say"). */
const MAX_VERB_CHAIN = 4;
