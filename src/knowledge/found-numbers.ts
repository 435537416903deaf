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
import { countedAsSubject, opensClauseAsPart } from './subject-figure.ts';
import type { NounKinds } from './noun-kinds.ts';
import { SCALE_ABBREVIATIONS, spansStartingIn, type Token } from '../nlp/pipeline.ts';
import type { Lexicon, WorkingSentence } from './annotate.ts';
import {
  countedAfter,
  countedAsComplement,
  countedBefore,
  MONEY_LEMMA,
  numericValue,
  opensWithDigit,
  refersToThings,
  TIME_UNIT,
  type Counted,
} from './counted.ts';
import { figureFrom, hundredAndMore, oddEnd, rangeEnd, SCALES } from './number-words.ts';
import { lookupTable } from '../lookup.ts';
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
   * name only a whole ("the number could reach 15,000", "the force peaked at about 5,900").
   */
  numbers(sentence: WorkingSentence, referent: Counted | null = null): FoundNumber[] {
    const { analysis } = sentence;
    const toks = analysis.tokens;
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
    const found: FoundNumber[] = [];
    /** What the latest figure so far that counts things counts ({@link referentOf}). */
    let inSentence: Counted | null = null;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const tok = toks[t];
      // Most tokens are no figure in digits, no count word and no "a": nothing below reads them.
      if (!tok || !this.#mayBeFigure(tok)) continue;
      if (dateTokens?.has(t) && !countsAfterDay(toks, t, sentence.tokenEnd)) continue;
      if (isYearAfterDay(toks, t, sentence.tokenEnd)) continue;
      const next = toks[t + 1];
      let value = numericValue(tok);
      let qualifier: string | null = null;
      if (value === null && tok.normal === 'a' && hundredAndMore(toks, t, sentence.tokenEnd, this.figure)) {
        // "Not above a hundred and fifty men": "a" is the figure's one, or "fifty" alone would be read.
        value = 1;
      } else if (value === null) {
        if (!this.#countWordKeys.has(tok.normal)) continue;
        const word = this.#lex.countWords[tok.normal];
        const vague = this.#lex.vagueCounts[tok.normal];
        if (vague !== undefined && next?.normal === 'of') {
          value = vague;
          qualifier = tok.normal;
        } else if (
          word !== undefined &&
          (next?.normal !== 'of' || opensClauseAsPart(toks, sentence.tokenStart, t, sentence.tokenEnd)) &&
          (tok.pos === 'NUM' || beforeScale(next))
        ) {
          value = word;
        } else continue;
      } else if (
        Number.isInteger(value) &&
        value >= YEAR_MIN &&
        value <= YEAR_MAX &&
        !tok.value.includes(',') &&
        !countsAfterDay(toks, t, sentence.tokenEnd)
      ) {
        continue;
      }
      const money = moneyAt(toks, t, value);
      if (money) {
        const first = toks[t - 1];
        const last = toks[money.end - 1];
        if (first && last)
          found.push({
            text: analysis.text.slice(first.start, last.end),
            value: money.value,
            high: null,
            qualifier: null,
            counts: money.currency,
            countsLemma: MONEY_LEMMA,
          });
        t = money.end - 1;
        continue;
      }
      // "Twenty-five", "two hundred and sixty", "ten thousand": the figure read whole, so no part of it is
      // read again as a figure of its own.
      const figure = qualifier === null ? figureFrom(toks, t, sentence.tokenEnd, value, this.figure) : null;
      if (figure) value = figure.value;
      let endTok = figure?.end ?? t + 1;
      if (isMoneyOrTime(toks, t, endTok)) {
        t = endTok - 1;
        continue;
      }
      let startTok = t;
      let high: number | null = null;
      const prev = toks[t - 1];
      const between = prev?.normal === 'between';
      const range =
        qualifier === null ? rangeEnd(toks, endTok, sentence.tokenEnd, value, between, this.figure) : null;
      if (range) {
        // "Between 100 and 150", "between twenty-five and thirty", "eight or nine soldiers", "two to three hours".
        high = range.value;
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
      if (qualifier === null) {
        const two = `${toks[t - 2]?.normal ?? ''} ${prev?.normal ?? ''}`;
        if (this.#lex.countQualifiers[two] && t - 2 >= sentence.tokenStart) {
          qualifier = this.#lex.countQualifiers[two] ?? null;
          startTok = t - 2;
        } else if (prev && this.#lex.countQualifiers[prev.normal] && t - 1 >= sentence.tokenStart) {
          qualifier = this.#lex.countQualifiers[prev.normal] ?? null;
          startTok = t - 1;
        }
      }
      // "Title 42", "KVDX 7 News", "CBP One": a figure that finishes a name counts nothing.
      if (startTok === t && t > sentence.tokenStart && partOfName(prev, tok)) continue;
      const counted: Counted | null =
        countedAfter(analysis, endTok, sentence.tokenEnd) ??
        countedAsState(analysis, sentence.tokenStart, startTok, endTok, sentence.tokenEnd) ??
        (this.#wholeKinds
          ? countedAsWhole(
              analysis,
              { from: sentence.tokenStart, startTok, value, text: tok.value },
              inSentence ?? referent,
              this.#wholeKinds,
            )
          : null) ??
        countedBefore(
          analysis,
          sentence.tokenStart,
          startTok,
          endTok,
          sentence.tokenEnd,
          inSentence,
          referent,
        ) ??
        countedAsComplement(analysis, endTok, sentence.tokenEnd) ??
        countedAsSubject(
          analysis,
          { from: sentence.tokenStart, startTok, endTok, limit: sentence.tokenEnd, value: high ?? value },
          inSentence,
          referent,
        );
      if (!counted) {
        // The unit of "twenty-five" is no figure of its own.
        t = endTok - 1;
        continue;
      }
      const firstTok = toks[startTok];
      const lastTok = toks[endTok - 1];
      if (!firstTok || !lastTok) continue;
      let textEnd = lastTok.end;
      // "Four days later", "two weeks ago": a distance in time, not a count of anything.
      if (TIME_UNIT.test(counted.lemma)) {
        const at = analysis.text.indexOf(counted.text, lastTok.end);
        const end = at < 0 ? lastTok.end : at + counted.text.length;
        let k = endTok;
        while (k < sentence.tokenEnd && (toks[k]?.start ?? Infinity) < end) k++;
        const after = k < sentence.tokenEnd ? toks[k] : undefined;
        if (after && TIME_OFFSET_WORDS.has(after.normal)) qualifier = 'offset';
        // "Three hours and 40 minutes": the smaller unit after "and" is part of the same span of time.
        const unit = toks[k + 2];
        if (
          after?.normal === 'and' &&
          k + 2 < sentence.tokenEnd &&
          this.figure(toks[k + 1]) !== null &&
          unit &&
          TIME_UNIT.test(unit.normal)
        ) {
          textEnd = unit.end;
          endTok = k + 3;
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
      found.push(fact);
      if (refersToThings(fact))
        inSentence = { text: counted.text, lemma: counted.lemma, value: high ?? value };
      t = endTok - 1;
    }
    return found;
  }
}

const CURRENCIES = lookupTable({ $: 'dollars', '£': 'pounds', '€': 'euros' });
const MONEY_SCALES: Readonly<Record<string, number>> = lookupTable({
  ...SCALES,
  ...Object.fromEntries(
    Object.entries(SCALE_ABBREVIATIONS).map(([abbreviation, word]) => [abbreviation, SCALES[word] ?? 1]),
  ),
});

/** A sum of money at token `t` (a figure after a currency sign, with its scale): value and where it ends. */
function moneyAt(
  toks: readonly Token[],
  t: number,
  value: number,
): { value: number; end: number; currency: string } | null {
  const currency = CURRENCIES[toks[t - 1]?.value ?? ''];
  if (!currency) return null;
  const scale = MONEY_SCALES[toks[t + 1]?.normal ?? ''];
  return scale ? { value: value * scale, end: t + 2, currency } : { value, end: t + 1, currency };
}

/** True when the figure from token `t` to `end` is a sum or a clock time ("$5", "5 p.m.") or a share ("10%"). */
function isMoneyOrTime(toks: readonly Token[], t: number, end: number): boolean {
  const prev = toks[t - 1]?.value ?? '';
  const next = toks[end]?.normal ?? '';
  return /^[£$€]$/.test(prev) || ['utc', 'gmt', 'am', 'pm', 'p', '%', 'percent'].includes(next);
}

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
