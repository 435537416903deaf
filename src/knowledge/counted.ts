/**
 * What a figure counts, read from the words around it: the noun phrase after it ("2,500 Guard and Reserve
 * troops", "hundreds of the troops"), after a form of "be" ("about 1,000 would be Army soldiers"), or, with
 * none, from its clause and the figures before it ("the number could reach 15,000").
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import type { FoundNumber } from './found-numbers.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import { singularOf } from '../nlp/singular.ts';
import { PARTITIVE_PRONOUNS } from './subject-figure.ts';

/** What a figure counts: the words as written and the head noun's lemma. */
export interface Counted {
  text: string;
  lemma: string;
  /** The figure that counted it, where one did (read back as a referent): a part of it is no larger. */
  value?: number;
}

/** Most words of a counted phrase after a figure. */
const MAX_COUNTED_WORDS = 5;

/** What every sum of money counts, so "how much did it cost?" finds "$500 million". */
export const MONEY_LEMMA = 'money';
/** Units of time: a figure of them is a span or a distance in time, not a count of things. */
export const TIME_UNIT = /^(second|minute|hour|day|week|month|year|decade)s?$/;

/** The value of a figure written in digits ("1,500", "3.5"); `null` for any other token. */
export function numericValue(tok: Token): number | null {
  if (tok.type !== 'number' && (!opensWithDigit(tok.value) || !/^\d[\d,]*(\.\d+)?$/.test(tok.value)))
    return null;
  const n = Number(tok.value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** True when a token's text starts with a digit. */
export function opensWithDigit(value: string): boolean {
  const c = value.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/**
 * A capitalised plural the tagger calls a proper noun ("777 Marines", "110,000 Guardsmen"): still a counted
 * thing. English compounds of "man" make their plural in "men" ("Guardsmen", "Minutemen", "Airmen").
 */
const PLURAL_PROPER = /^[A-Z][a-z]+(?:s|men)$/;
const COUNTED_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);

/** What a figure counts in the words right after it (`from`), up to `limit`; `null` when no noun follows. */
export function countedAfter(analysis: Analysis, from: number, limit: number): Counted | null {
  const toks = analysis.tokens;
  // "Hundreds of troops", "17 of the country's 32 state legislatures": what a part is of is what it counts.
  const t0 = afterOf(toks, from, limit);
  let t = t0;
  const start = t0;
  let head = -1;
  for (let n = 0; t < limit && n < MAX_COUNTED_WORDS + 2; t++, n++) {
    const tok = toks[t];
    if (!tok) break;
    const hyphen = tok.value === '-' && toks[t - 1]?.end === tok.start;
    if (hyphen) continue;
    // "2,500 Guard and Reserve troops": modifiers joined by "and" before what is counted.
    const joinsModifiers =
      (tok.normal === 'and' || tok.normal === 'or') &&
      ['PROPN', 'ADJ'].includes(toks[t - 1]?.pos ?? '') &&
      t > start &&
      COUNTED_POS.has(toks[t + 1]?.pos ?? '');
    if (joinsModifiers) continue;
    if (!COUNTED_POS.has(tok.pos)) break;
    if (tok.pos === 'VERB' && toks[t + 1]?.value !== '-') break;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') head = t;
    // "49 customs houses": a plural noun before another plural noun modifies it.
    if (isPluralNoun(tok) && !isPluralNoun(toks[t + 1])) break;
  }
  const first = toks[start];
  const headTok = toks[head];
  if (head < 0 || !first || !headTok) return null;
  if (headTok.pos === 'NOUN')
    return { text: analysis.text.slice(first.start, headTok.end), lemma: headTok.lemma };
  if (headTok.pos === 'PROPN' && PLURAL_PROPER.test(headTok.value)) {
    return {
      text: analysis.text.slice(first.start, headTok.end),
      lemma: singularOf(headTok.normal, { men: true, keepSs: false }),
    };
  }
  return null;
}

/** Forms of "be" that give a figure before them what it counts after them ("about 1,000 would be soldiers"). */
const FORMS_OF_BE: ReadonlySet<string> = new Set(['be', 'are', 'were', 'was', 'is']);
/** Auxiliaries before that "be" ("would be", "will be"). */
const AUXILIARY_TOKENS = 2;

/**
 * What a figure that is the subject of "be" counts, named after it: "About 1,000 would be Army soldiers" →
 * "Army soldiers". `null` when no form of "be" follows the figure, or no counted noun follows that.
 */
export function countedAsComplement(analysis: Analysis, from: number, limit: number): Counted | null {
  const toks = analysis.tokens;
  let t = from;
  for (
    let n = 0;
    n < AUXILIARY_TOKENS && toks[t]?.pos === 'AUX' && !FORMS_OF_BE.has(toks[t]?.normal ?? '');
    n++
  )
    t++;
  if (!FORMS_OF_BE.has(toks[t]?.normal ?? '')) return null;
  return countedAfter(analysis, t + 1, limit);
}

/** Most words read back from a figure for its clause: a longer stretch with no comma is no one clause. */
const MAX_CLAUSE_TOKENS = 40;

/** Words that open a clause of their own: what stands before them is no part of the figure's clause. */
const CLAUSE_OPENERS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'because',
  'while',
  'when',
  'where',
]);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** Words that make a time noun after them the time of a clause ("that night", "last week"). */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['that', 'this', 'last', 'next', 'each', 'every']);
/** Parts of the day a clause may be placed in, beside the units of {@link TIME_UNIT}. */
const TIME_OF_DAY = /^(morning|afternoon|evening|night)$/;

/** True when `noun` after `determiner` is the time a clause happened in ("that night", "every week"). */
function isTimeOfClause(noun: string, determiner: string | undefined): boolean {
  return (
    determiner !== undefined &&
    TIME_DETERMINERS.has(determiner) &&
    (TIME_UNIT.test(noun) || TIME_OF_DAY.test(noun))
  );
}

/** Units a figure measures with, not things it counts: never what a later bare figure refers to. */
const MEASURE_UNIT = /^(mile|kilometre|kilometer|km|acre|hectare|foot|feet|yard|metre|meter|percent)s?$/;

/** True when a figure counting `c` is a count of things a later bare figure may refer back to. */
export function refersToThings(c: { countsLemma: string; qualifier: string | null }): boolean {
  return (
    c.countsLemma !== MONEY_LEMMA &&
    c.qualifier !== 'offset' &&
    !TIME_UNIT.test(c.countsLemma) &&
    !MEASURE_UNIT.test(c.countsLemma)
  );
}

/**
 * "Three times": how often something happened, not things; a bare figure after it ("raised a flag three times
 * … eighty of them were taken") counts no times.
 */
const OCCURRENCES = 'time';

/** True when a later bare figure ("five were killed", "eighty of them") may count what `c` counts. */
export function referredToLater(c: { countsLemma: string; qualifier: string | null }): boolean {
  return refersToThings(c) && c.countsLemma !== OCCURRENCES;
}

/**
 * What the latest figure of `found` that counts things counts, for the figures of the sentences after it
 * ({@link FactReader.numbers}'s `referent`); `null` when none does.
 */
export function referentOf(found: readonly FoundNumber[]): Counted | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const n = found[i];
    if (n && referredToLater(n)) return { text: n.counts, lemma: n.countsLemma, value: n.high ?? n.value };
  }
  return null;
}

function isPluralNoun(tok: Token | undefined): tok is Token {
  return tok !== undefined && tok.pos === 'NOUN' && tok.lemma !== tok.normal;
}

/**
 * What a figure with no noun after it counts, from the words before it ("1,200 in California" after
 * "3,150 active-duty troops remained:", "the number could reach 15,000"); `null` when nothing says.
 *
 * - A figure that is part of a name or a date ("Title 42", "Sept. 28", ".22") or an age in apposition
 *   ("Ramona Villalobos, 64,") counts nothing.
 * - The figure's own clause runs back to the nearest comma, dash, colon or relative word ("who", "which"):
 *   a clause before it ("who had spent weeks … at rallies") says nothing of what the figure counts. In a
 *   quoted paragraph stored as one sentence, it runs back no further than the full stop before it.
 * - A figure "of them" is never a part of a smaller figure before it in its own sentence ("six men … there
 *   was three hundred of them"); a figure of the sentence before may be another source's count of the same
 *   people, larger or smaller.
 * - With no noun in its clause, the figure counts what a figure before it in the sentence counts
 *   ("49 customs houses, 17 of them"), or, in a clause with a verb of its own, the plural noun just before
 *   the clause ("migrants, once estimated … to be more than 7,000 strong"), or, when the clause opens the
 *   sentence, the `referent` ("has 120,000 members. Moving ten thousand …").
 * - Its clause's nearest noun, plural, is what it counts ("arrests reached 15,000"); singular, it names a
 *   whole ("the number", "the force", "the presence"), whose members are what a figure before counted: in
 *   the sentence, else `referent` (a whole the figure is "of", whose members no figure before counted, is
 *   read first, in counted-whole.ts: "a garrison of about 800").
 */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);

/**
 * Where the counted words start after a partitive "of" ("thousands of the troops", "17 of the country's 32
 * state legislatures"): past "of", a determiner or possessive, a possessor and a figure; `from` when no
 * "of" follows.
 */
function afterOf(toks: readonly Token[], from: number, limit: number): number {
  if (toks[from]?.normal !== 'of') return from;
  let k = from + 1;
  if (k < limit && (toks[k]?.pos === 'DET' || POSSESSIVES.has(toks[k]?.normal ?? ''))) k++;
  const possessive = toks[k + 1]?.normal;
  if (k + 1 < limit && isPossessiveEnding(possessive)) k += 2;
  if (k < limit && toks[k] && numericValue(toks[k] as Token) !== null) k++;
  return k;
}

/** Verbs whose figure is the number of their subject ("numbered 150", "were 90", "totalled 40", "reached 300"). */
const COUNTING_VERBS: ReadonlySet<string> = new Set(['be', 'number', 'total', 'reach']);

export function countedBefore(
  analysis: Analysis,
  sentenceFrom: number,
  startTok: number,
  endTok: number,
  limit: number,
  inSentence: Counted | null,
  referent: Counted | null,
  value: number | null = null,
): Counted | null {
  const toks = analysis.tokens;
  const prev = toks[startTok - 1];
  const first = toks[startTok];
  if (!first) return null;
  // "a .22": a figure glued to a point is a decimal or a calibre.
  if (startTok > sentenceFrom && prev?.value === '.' && prev.end === first.start) return null;
  // A quoted paragraph is stored as one sentence: "… fired on us every day and most nights. There was three
  // hundred of them": the figure's own sentence starts after the full stop, and "nights" is none of its words.
  const from = ownSentenceStart(toks, sentenceFrom, startTok);
  // "There was three hundred of them" after "six men": a part is no more than its whole.
  const partitive = toks[endTok]?.normal === 'of' && PARTITIVE_PRONOUNS.has(toks[endTok + 1]?.normal ?? '');
  if (inSentence && partitive && value !== null && inSentence.value !== undefined && inSentence.value < value)
    inSentence = null;
  // A figure of the sentence before is another count of the same people as often as their whole ("roughly
  // 1,000 soldiers" then "close to 2,000 of them", two sources): only a figure of its own sentence bounds it.
  if (startTok > from && prev) {
    // "Ramona Villalobos, 64, who…": an age in apposition.
    const after = endTok < limit ? toks[endTok] : undefined;
    if (
      prev.value === ',' &&
      toks[startTok - 2]?.pos === 'PROPN' &&
      (after === undefined || after.pos === 'PUNCT')
    )
      return null;
  }
  /** Where the figure's clause starts after a comma or relative word; -1 when none was found. */
  let clauseStart = -1;
  let noun = -1;
  let verb = false;
  /** The verb nearest before the figure, if any: what the figure is a count in ("numbered 150", "killed 12"). */
  let verbBefore: Token | null = null;
  let timeSkipped = false;
  const stop = Math.max(from, startTok - MAX_CLAUSE_TOKENS);
  for (let t = startTok - 1; t >= stop; t--) {
    const tok = toks[t];
    if (!tok) break;
    if (CLAUSE_PUNCTUATION.has(tok.value) || CLAUSE_OPENERS.has(tok.normal)) {
      clauseStart = t + 1;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX') {
      verb = true;
      verbBefore ??= tok;
    }
    // "The men who crossed that night numbered 150": a time the clause happened in is not what it counts.
    if (tok.pos === 'NOUN' && t - 1 >= stop && isTimeOfClause(tok.normal, toks[t - 1]?.normal)) {
      t--;
      timeSkipped = true;
      continue;
    }
    if (tok.pos === 'NOUN') {
      // Past a time phrase ("that week") lies a clause boundary: the noun before it is what the figure
      // counts only when the figure is its number ("numbered 150", "were 90"), not an action's object
      // ("the raids that week killed 12").
      if (timeSkipped && !(verbBefore !== null && COUNTING_VERBS.has(verbBefore.lemma))) return null;
      noun = t;
      break;
    }
  }
  const head = toks[noun];
  if (head) {
    if (isPluralNoun(head)) return { text: head.value, lemma: head.lemma };
    // "Page 3", "size 10": a singular noun right before a figure labels it.
    return noun === startTok - 1 ? null : (inSentence ?? referent);
  }
  if (inSentence) return inSentence;
  // "… has 120,000 members. Moving ten thousand to the north …": the object of a verb that opens the
  // sentence is what the sentences before counted.
  if (clauseStart < 0) return stop === from && prev?.pos === 'VERB' ? referent : null;
  // "The soldiers, between three and four hundred by most accounts, gave up their arms": a figure set off by
  // commas right after a plural noun, with no verb of its own, is that noun's number.
  if (!verb)
    return clauseStart === startTok && setOffToComma(toks, endTok, limit)
      ? pluralBefore(toks, startTok)
      : null;
  // "The caravan of … migrants, once estimated by the United Nations to be more than 7,000 strong": a
  // clause with no subject of its own measures the noun before it.
  const before = toks[clauseStart - 2];
  return isPluralNoun(before) ? { text: before.value, lemma: before.lemma } : null;
}

/** Tokens that end a sentence inside a stored one (a quoted paragraph). */
const FULL_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * Where the sentence holding token `t` starts within a stored sentence opening at `from`: after the last full
 * stop before `t` that a capital or a quotation mark follows, looked for {@link MAX_CLAUSE_TOKENS} back.
 */
function ownSentenceStart(toks: readonly Token[], from: number, t: number): number {
  for (let k = t - 1; k > from && k >= t - MAX_CLAUSE_TOKENS; k--) {
    const next = toks[k + 1]?.value ?? '';
    if (FULL_STOPS.has(toks[k]?.value ?? '') && /^[\p{Lu}"“'‘]/u.test(next)) return k + 1;
  }
  return from;
}

/** The plural noun just before the comma before token `t` ("soldiers" of "The soldiers, three hundred"), or `null`. */
function pluralBefore(toks: readonly Token[], t: number): Counted | null {
  const before = toks[t - 2];
  return toks[t - 1]?.value === ',' && isPluralNoun(before)
    ? { text: before.value, lemma: before.lemma }
    : null;
}

/**
 * True when a comma closes the words from token `from` before any verb, and the verb of the noun they are set
 * off from follows it ("… by most accounts, gave up"): the figure is in apposition to that noun.
 */
function setOffToComma(toks: readonly Token[], from: number, limit: number): boolean {
  for (let t = from; t < Math.min(limit, from + MAX_CLAUSE_TOKENS); t++) {
    const tok = toks[t];
    if (!tok || tok.pos === 'VERB' || tok.pos === 'AUX') return false;
    if (tok.value === ',') return toks[t + 1]?.pos === 'VERB' || toks[t + 1]?.pos === 'AUX';
  }
  return false;
}
