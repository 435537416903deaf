/**
 * Numbers in a sentence with what they count ("between 800 and 1,000 active-duty troops", "$5 million"): a
 * figure in digits or words, a range, a qualifier ("about", "dozens of"), and the thing counted (read in
 * counted.ts and casualty-figures.ts). Years, dates, clock times, shares and the figure that finishes a name
 * ("Title 42") count nothing. Used by the fact reader (facts.ts).
 */
import { countedAsState } from './casualty-figures.ts';
import { countsAfterDay } from './count-after-day.ts';
import { isYearAfterDay } from './written-year.ts';
import { countedAsWhole, type WholeNounKinds } from './counted-whole.ts';
import { countedAsSubject, opensClauseAsPart, PARTITIVE_PRONOUNS } from './subject-figure.ts';
import {
  existentialAt,
  GroupsNamed,
  partOfGroupNamed,
  type GroupNounKinds,
  NO_GROUP_BEFORE,
  type GroupBefore,
} from './partitive-antecedent.ts';
import type { NounKinds } from './noun-kinds.ts';
import { spansStartingIn, type Token } from '../nlp/pipeline.ts';
import type { Lexicon, WorkingSentence } from './annotate.ts';
import {
  countedAfter,
  countedAsComplement,
  countedBefore,
  numericValue,
  opensWithDigit,
  referredToLater,
  TIME_UNIT,
  type Counted,
} from './counted.ts';
import { figureFrom, hundredAndMore, oddEnd, rangeEnd, SCALES, sharedScaleLow } from './number-words.ts';
import { lookupTable } from '../lookup.ts';
import { isMoneyOrTime, moneyAt, moneyFact } from './money-figures.ts';
import type { NumberFact } from './schema.ts';

/** A figure a sentence gives, as the knowledge stores it (see {@link NumberFact}) before it has an id and a place. */
export type FoundNumber = Pick<
  NumberFact,
  'text' | 'value' | 'high' | 'qualifier' | 'counts' | 'countsLemma'
>;

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** The kinds of nouns the reader asks WordNet about. */
export type NounKindsOf = Pick<NounKinds, 'isMeasure' | 'isPerson' | 'isBody'>;

/** Tokens before a sentence searched for an entity span that runs into it. */
const NER_LOOKBACK_TOKENS = 16;

/**
 * True when `next`, after a count word, is a scale it multiplies ("seventeen hundred men", "forty thousand"):
 * the count word is then a figure however the tagger took it (it reads "seventeen" before "hundred" as a noun).
 */
function beforeScale(next: Token | undefined): boolean {
  return next !== undefined && (next.normal === 'hundred' || SCALES[next.normal] !== undefined);
}

/** Reads figures and what they count; build once with the lexicon. */
export class NumberReader {
  readonly #lex: Lexicon;
  /** The groups the sentence being read names, for its figures "of them" (one, reset per sentence). */
  readonly #groups: GroupsNamed;
  /** What is known of a noun "them" may stand for; `null`: any plural common noun but a unit is a group. */
  readonly groupKinds: GroupNounKinds | null;
  /**
   * Every word the count-word and vague-count tables give a value, and the names an object inherits: a
   * word outside this set finds nothing in either, and most words are, so one look-up settles them.
   */
  readonly #countWordKeys: Set<string>;
  /** What is known of a noun a figure is "of" ({@link countedAsWhole}); `null`: no such figure is read. */
  readonly #wholeKinds: WholeNounKinds | null;

  /** `nounKinds`: WordNet's kinds of nouns, for a figure giving the size of a whole ("a garrison of about 800"). */
  constructor(lexicon: Lexicon, nounKinds: NounKindsOf | null = null) {
    this.#lex = lexicon;
    const personNouns = new Set(lexicon.personNouns);
    this.groupKinds = nounKinds
      ? {
          isMeasure: (l) => nounKinds.isMeasure(l),
          isPerson: (l) => personNouns.has(l) || nounKinds.isPerson(l),
          isBody: (l) => nounKinds.isBody(l),
        }
      : null;
    this.#groups = new GroupsNamed(this.groupKinds);
    this.#wholeKinds = nounKinds
      ? {
          isMeasure: (l) => nounKinds.isMeasure(l),
          namesPeople: (l) => personNouns.has(l) || nounKinds.isPerson(l) || nounKinds.isBody(l),
        }
      : null;
    this.#countWordKeys = new Set([
      ...Object.keys(lexicon.countWords),
      ...Object.keys(lexicon.vagueCounts),
      ...Object.getOwnPropertyNames(Object.prototype),
    ]);
  }

  /** True for a token {@link numbers} may read a figure at: in digits, a count word, or "a" ("a hundred"). */
  #mayBeFigure(tok: Token): boolean {
    return (
      tok.type === 'number' ||
      opensWithDigit(tok.value) ||
      tok.normal === 'a' ||
      this.#countWordKeys.has(tok.normal)
    );
  }

  /** The value of a figure in digits or a count word ("nine"); `null` for any other token. */
  readonly figure = (tok: Token | undefined): number | null => {
    if (!tok) return null;
    return numericValue(tok) ?? (tok.pos === 'NUM' ? (this.#lex.countWords[tok.normal] ?? null) : null);
  };

  /**
   * Counted things in a sentence ("between 800 and 1,000 active-duty troops"). `referent` is what the
   * latest figures of the sentences just before counted ({@link referentOf}), for a figure whose own words
   * name only a whole ("the number could reach 15,000", "the force peaked at about 5,900"). `groupBefore`
   * reads, when asked, the group the sentence before in the paragraph named last (partitive-antecedent.ts),
   * for a figure "of them" when no figure counted anything.
   */
  numbers(
    sentence: WorkingSentence,
    referent: Counted | null = null,
    groupBefore: GroupBefore = NO_GROUP_BEFORE,
  ): FoundNumber[] {
    const toks = sentence.analysis.tokens;
    const dateTokens = dateTokensOf(sentence);
    const found: FoundNumber[] = [];
    /** What the latest figure so far that counts things counts ({@link referentOf}). */
    let inSentence: Counted | null = null;
    this.#groups.reset(toks, sentence.tokenStart);
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const tok = toks[t];
      // Most tokens are no figure in digits, no count word and no "a": nothing below reads them.
      if (!tok || !this.#mayBeFigure(tok)) continue;
      if (dateTokens?.has(t) && !countsAfterDay(toks, t, sentence.tokenEnd)) continue;
      if (isYearAfterDay(toks, t, sentence.tokenEnd)) continue;
      const read = this.#figureAt(sentence, t, tok, inSentence, referent, groupBefore);
      if (!read) continue;
      if (read.fact) found.push(read.fact);
      if (read.referent) inSentence = read.referent;
      t = read.end - 1;
    }
    return found;
  }

  /**
   * The figure opening at token `t` with what it counts, and the token after what was read (a figure's parts,
   * a sum's scale, or a unit that counts nothing are not read again); `null` when none opens there.
   */
  #figureAt(
    sentence: WorkingSentence,
    t: number,
    tok: Token,
    inSentence: Counted | null,
    referent: Counted | null,
    groupBefore: GroupBefore,
  ): ReadAt | null {
    const { analysis } = sentence;
    const toks = analysis.tokens;
    const opening = this.#valueAt(sentence, t, tok);
    if (!opening) return null;
    const money = moneyAt(toks, t, opening.value);
    if (money) return { fact: moneyFact(analysis, t, money), end: money.end, referent: null };
    // "Twenty-five", "two hundred and sixty", "ten thousand": the figure read whole, so no part of it is
    // read again as a figure of its own.
    const figure =
      opening.qualifier === null ? figureFrom(toks, t, sentence.tokenEnd, opening.value, this.figure) : null;
    const value = figure ? figure.value : opening.value;
    const figureEnd = figure?.end ?? t + 1;
    if (isMoneyOrTime(toks, t, figureEnd)) return { fact: null, end: figureEnd, referent: null };
    const span = this.#figureSpan(sentence, t, value, opening.qualifier, figureEnd);
    // "Title 42", "KVDX 7 News", "CBP One": a figure that finishes a name counts nothing.
    if (span.startTok === t && t > sentence.tokenStart && partOfName(toks[t - 1], tok)) return null;
    const counted =
      this.#countedBy(sentence, span, tok.value, inSentence, referent) ??
      partOfGroupNamed(sentence, span, groupBefore, this.#groups);
    // The unit of "twenty-five" is no figure of its own.
    if (!counted) return { fact: null, end: span.endTok, referent: null };
    return this.#countedFigure(sentence, span, counted);
  }

  /**
   * The value of the figure token `tok` (at `t`) opens, with the vague count's word as its qualifier ("dozens"
   * of "dozens of"); `null` when it opens none: a word no table gives a value, or a year.
   */
  #valueAt(sentence: WorkingSentence, t: number, tok: Token): FigureOpening | null {
    const toks = sentence.analysis.tokens;
    const next = toks[t + 1];
    const value = numericValue(tok);
    if (value === null && tok.normal === 'a' && hundredAndMore(toks, t, sentence.tokenEnd, this.figure)) {
      // "Not above a hundred and fifty men": "a" is the figure's one, or "fifty" alone would be read.
      return { value: 1, qualifier: null };
    }
    if (value === null) {
      if (!this.#countWordKeys.has(tok.normal)) return null;
      const word = this.#lex.countWords[tok.normal];
      const vague = this.#lex.vagueCounts[tok.normal];
      if (vague !== undefined && next?.normal === 'of') return { value: vague, qualifier: tok.normal };
      if (
        word !== undefined &&
        (next?.normal !== 'of' || this.#partOpening(sentence, t)) &&
        (tok.pos === 'NUM' || beforeScale(next))
      )
        return { value: word, qualifier: null };
      return null;
    }
    const year =
      Number.isInteger(value) &&
      value >= YEAR_MIN &&
      value <= YEAR_MAX &&
      !tok.value.includes(',') &&
      !countsAfterDay(toks, t, sentence.tokenEnd);
    return year ? null : { value, qualifier: null };
  }

  /**
   * True when the count word at `t`, before "of", opens a part of a group: as its clause's subject ("Two of
   * them were wounded") or after "there was/were" ("there were fifty of them").
   */
  #partOpening(sentence: WorkingSentence, t: number): boolean {
    const toks = sentence.analysis.tokens;
    const opensAt = this.#qualifierBefore(sentence, t)?.startTok ?? t;
    return (
      opensClauseAsPart(toks, sentence.tokenStart, t, sentence.tokenEnd, opensAt) ||
      (PARTITIVE_PRONOUNS.has(toks[t + 2]?.normal ?? '') && existentialAt(toks, sentence.tokenStart, opensAt))
    );
  }

  /**
   * The whole extent of a figure of `read` from token `t` to `figureEnd`: a range's higher figure (whose scale
   * its lower figure may share), "more" after it, "odd", and a qualifier before it ("about", "more than").
   */
  #figureSpan(
    sentence: WorkingSentence,
    t: number,
    read: number,
    opened: string | null,
    figureEnd: number,
  ): FigureSpan {
    const toks = sentence.analysis.tokens;
    let qualifier = opened;
    let value = read;
    let endTok = figureEnd;
    let startTok = t;
    let high: number | null = null;
    const between = toks[t - 1]?.normal === 'between';
    const range =
      qualifier === null ? rangeEnd(toks, endTok, sentence.tokenEnd, value, between, this.figure) : null;
    if (range) {
      // "Between 100 and 150", "between twenty-five and thirty", "eight or nine soldiers", "two to three hours".
      high = range.value;
      value = sharedScaleLow(toks, figureEnd === t + 1, value, range);
      endTok = range.end;
      if (between) {
        startTok = t - 1;
        qualifier = 'between';
      }
    }
    // "1,500 more active-duty troops", "eight more were killed": "more" after a figure adds it to a count
    // before, and is part of the figure; "300 more than expected" compares it.
    if (
      endTok + 1 < sentence.tokenEnd &&
      ADDED_WORDS.has(toks[endTok]?.normal ?? '') &&
      toks[endTok + 1]?.normal !== 'than'
    )
      endTok++;
    // "Nine hundred and odd men", "forty odd": somewhat more than the figure, and part of it.
    const odd = qualifier === null ? oddEnd(toks, endTok, sentence.tokenEnd, value) : null;
    if (odd !== null) {
      endTok = odd;
      qualifier = 'more than';
    }
    const before = qualifier === null ? this.#qualifierBefore(sentence, t) : null;
    if (before) return { value, high, qualifier: before.qualifier, startTok: before.startTok, endTok };
    return { value, high, qualifier, startTok, endTok };
  }

  /** A qualifier in the one or two words before token `t` ("about", "more than"), and the token it starts at. */
  #qualifierBefore(
    sentence: WorkingSentence,
    t: number,
  ): { qualifier: string | null; startTok: number } | null {
    const toks = sentence.analysis.tokens;
    const prev = toks[t - 1];
    const two = `${toks[t - 2]?.normal ?? ''} ${prev?.normal ?? ''}`;
    const found =
      this.#lex.countQualifiers[two] && t - 2 >= sentence.tokenStart
        ? { qualifier: this.#lex.countQualifiers[two] ?? null, startTok: t - 2 }
        : prev && this.#lex.countQualifiers[prev.normal] && t - 1 >= sentence.tokenStart
          ? { qualifier: this.#lex.countQualifiers[prev.normal] ?? null, startTok: t - 1 }
          : null;
    // "Not less than two hundred": a bound denied is the other bound.
    const negated = found?.qualifier ? NEGATED_QUALIFIERS[found.qualifier] : undefined;
    if (
      found &&
      negated &&
      found.startTok - 1 >= sentence.tokenStart &&
      toks[found.startTok - 1]?.normal === 'not'
    )
      return { qualifier: negated, startTok: found.startTok - 1 };
    return found;
  }

  /**
   * What the figure of `span` counts: the words after it, a state ("were killed"), a whole it gives the size
   * of, words before it, a complement, or what a figure before it counted (`inSentence`, else `referent`).
   */
  #countedBy(
    sentence: WorkingSentence,
    span: FigureSpan,
    text: string,
    inSentence: Counted | null,
    referent: Counted | null,
  ): Counted | null {
    const { analysis, tokenStart: from, tokenEnd: limit } = sentence;
    const { value, high, startTok, endTok } = span;
    return (
      countedAfter(analysis, endTok, limit) ??
      countedAsState(analysis, from, startTok, endTok, limit) ??
      (this.#wholeKinds
        ? countedAsWhole(analysis, { from, startTok, value, text }, inSentence ?? referent, this.#wholeKinds)
        : null) ??
      countedBefore(analysis, from, startTok, endTok, limit, inSentence, referent, high ?? value) ??
      countedAsComplement(analysis, endTok, limit) ??
      countedAsSubject(
        analysis,
        { from, startTok, endTok, limit, value: high ?? value },
        inSentence,
        referent,
      )
    );
  }

  /** The figure of `span` counting `counted`, as the knowledge stores it, with what a later figure may count. */
  #countedFigure(sentence: WorkingSentence, span: FigureSpan, counted: Counted): ReadAt | null {
    const { analysis } = sentence;
    const toks = analysis.tokens;
    const { value, high, startTok } = span;
    const firstTok = toks[startTok];
    const lastTok = toks[span.endTok - 1];
    if (!firstTok || !lastTok) return null;
    let { qualifier, endTok } = span;
    let textEnd = lastTok.end;
    if (TIME_UNIT.test(counted.lemma)) {
      const time = timeSpan(analysis, counted, endTok, sentence.tokenEnd, this.figure);
      if (time.offset) qualifier = 'offset';
      if (time.end !== null) {
        textEnd = time.end.char;
        endTok = time.end.token;
      }
    }
    const fact = {
      text: analysis.text.slice(firstTok.start, textEnd),
      value,
      high,
      qualifier,
      counts: counted.text,
      countsLemma: counted.lemma,
    };
    const countsThings = referredToLater(fact);
    return {
      fact,
      end: endTok,
      referent: countsThings ? { text: counted.text, lemma: counted.lemma, value: high ?? value } : null,
    };
  }
}

/** A figure's value where it opens, and the vague count's word as its qualifier ("dozens" of "dozens of"). */
interface FigureOpening {
  value: number;
  qualifier: string | null;
}

/** A figure read whole: its value, a range's higher figure, its qualifier, and its tokens `startTok` to `endTok`. */
interface FigureSpan {
  value: number;
  high: number | null;
  qualifier: string | null;
  startTok: number;
  endTok: number;
}

/**
 * What reading at one token gave: the figure found (or none), the token after what was read, and what a later
 * figure of the sentence may count when this one counts things.
 */
interface ReadAt {
  fact: FoundNumber | null;
  end: number;
  referent: Counted | null;
}

/**
 * The tokens of a sentence in a date, a clock time, a web address or an ordinal (the tagger's entities):
 * figures there count nothing unless they count after a day; `null` when there are none.
 */
function dateTokensOf(sentence: WorkingSentence): Set<number> | null {
  const { analysis } = sentence;
  let dateTokens: Set<number> | null = null;
  // A span that starts before the sentence and runs into it is rare; the lookback of a few spans finds it.
  const from = Math.max(0, sentence.tokenStart - NER_LOOKBACK_TOKENS);
  for (const e of spansStartingIn(analysis.ner, from, sentence.tokenEnd)) {
    if (e.end <= sentence.tokenStart || e.start >= sentence.tokenEnd) continue;
    if (e.name === 'DATE' || e.name === 'TIME' || e.name === 'URL' || e.name === 'ORDINAL') {
      dateTokens ??= new Set<number>();
      for (let t = e.start; t < e.end; t++) dateTokens.add(t);
    }
  }
  return dateTokens;
}

/**
 * A span of time `counted` names after a figure ending at token `endTok`: `offset` when a word after it makes
 * it a distance from another moment ("four days later", "two weeks ago"), and where it ends (character and
 * token) when a smaller unit after "and" is part of it ("three hours and 40 minutes").
 */
function timeSpan(
  analysis: WorkingSentence['analysis'],
  counted: Counted,
  endTok: number,
  limit: number,
  figure: (tok: Token | undefined) => number | null,
): { offset: boolean; end: { char: number; token: number } | null } {
  const toks = analysis.tokens;
  const lastEnd = toks[endTok - 1]?.end ?? 0;
  const at = analysis.text.indexOf(counted.text, lastEnd);
  const end = at < 0 ? lastEnd : at + counted.text.length;
  let k = endTok;
  while (k < limit && (toks[k]?.start ?? Infinity) < end) k++;
  const after = k < limit ? toks[k] : undefined;
  const offset = after !== undefined && TIME_OFFSET_WORDS.has(after.normal);
  const unit = toks[k + 2];
  const joined =
    after?.normal === 'and' &&
    k + 2 < limit &&
    figure(toks[k + 1]) !== null &&
    unit !== undefined &&
    TIME_UNIT.test(unit.normal);
  return { offset, end: joined ? { char: unit.end, token: k + 3 } : null };
}

/** A qualifier's meaning after "not": "not less than two hundred" is at least two hundred. */
const NEGATED_QUALIFIERS = lookupTable({ 'fewer than': 'at least', 'more than': 'up to' });

/** Words after a figure that add it to a count before ("eight more", "500 fewer"). */
const ADDED_WORDS: ReadonlySet<string> = new Set(['more', 'fewer']);

/** Words that make a span of time a distance from another moment ("four days later"). */
const TIME_OFFSET_WORDS = new Set(['later', 'earlier', 'after', 'before', 'ago', 'afterward', 'afterwards']);

const CAPITALISED = /^\p{Lu}/u;

/**
 * True when figure `tok` finishes the name that `prev` starts ("Title 42", "Interstate 10", "CBP One"): after
 * a capitalised name, a figure in digits or a capitalised number word ("bought Mexico one month" is a count).
 */
function partOfName(prev: Token | undefined, tok: Token): boolean {
  return (
    prev?.pos === 'PROPN' &&
    CAPITALISED.test(prev.value) &&
    (opensWithDigit(tok.value) || CAPITALISED.test(tok.value))
  );
}
