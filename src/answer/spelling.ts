/**
 * Spelling correction for questions: a misspelt word is corrected against the coverage's own vocabulary
 * (within one edit, two for long words), else to an English word one edit away that the coverage uses, else
 * to the most frequent English word one likely typing slip away ("suposed" → "supposed"). A word of the
 * coverage that no slip of typing explains gives way to a frequent word one slip away ("realy" is "really",
 * not "ready").
 */
import { withoutAccents, type Analysis } from '../nlp/pipeline.ts';
import { inflectedFrom, soundKey } from './english-forms.ts';
import { droppedLetterWord, LETTERS, SHORT_SLIP_LENGTH, withOneLetterMore } from './short-slips.ts';
import { damerau, editReach, isSlip, nearestOf, singleEdits } from './typing-slips.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{L}+$/u;
const P2 = /^\p{Lu}/u;

/** Corrects typos in a question; built once per question reader, with the coverage's words. */
export class SpellingCorrector {
  readonly #known: ReadonlySet<string>;
  readonly #byLength: ReadonlyMap<number, readonly string[]>;
  readonly #synonyms: ReadonlyMap<string, readonly string[]>;
  readonly #isEnglishWord: (word: string) => boolean;
  readonly #nameFollowers: ReadonlyMap<string, readonly string[]>;
  readonly #rankOf: (word: string) => number | null;
  readonly #soundAlikes: readonly string[];
  readonly #names: readonly string[];
  readonly #isOneWordName: (word: string) => boolean;
  #soundIndex: ReadonlyMap<string, readonly string[]> | null = null;
  /** The coverage's words written with accents, by their form without them; built on the first look-up. */
  #accented: ReadonlyMap<string, string> | null = null;
  /** Corrections found by {@link SpellingCorrector.#byLettersOf} and by sound, by word. */
  readonly #byLetters = new Map<string, string | null>();
  readonly #bySoundOf = new Map<string, string | null>();

  /**
   * `known`: the coverage's words and the frame words; `byLength`: those of three letters or more, by
   * length; `synonyms`: the synonyms of each word, from the data; `isEnglishWord`: the English lexicon;
   * `nameFollowers`: for each word of a known name, the words that follow it in names ("greg" → "abbott");
   * `rankOf`: a word's rank among frequent English words (0 the most frequent), `null` for a rarer one;
   * `soundAlikes`: English words a misspelling may be corrected to by its sound besides the coverage's own
   * (the titles people hold, which the coverage may abbreviate: "Sgt."); `names`: the words of the names
   * the coverage knows (entities' names and aliases), the only words a capitalised word mid-sentence is
   * corrected to, besides the words `isOneWordName` says the coverage writes only as one-word names.
   */
  constructor(
    known: ReadonlySet<string>,
    byLength: ReadonlyMap<number, readonly string[]>,
    synonyms: ReadonlyMap<string, readonly string[]>,
    isEnglishWord: (word: string) => boolean,
    nameFollowers: ReadonlyMap<string, readonly string[]> = new Map(),
    rankOf: (word: string) => number | null = () => null,
    soundAlikes: Iterable<string> = [],
    names: Iterable<string> = [],
    isOneWordName: (word: string) => boolean = () => false,
  ) {
    this.#isOneWordName = isOneWordName;
    this.#soundAlikes = [...soundAlikes];
    this.#names = [...new Set(names)].filter((w) => w.length >= 3 && P1.test(w));
    this.#known = known;
    this.#byLength = byLength;
    this.#synonyms = synonyms;
    this.#isEnglishWord = isEnglishWord;
    this.#nameFollowers = nameFollowers;
    this.#rankOf = rankOf;
  }

  /**
   * The correction of a misspelt word by its letters alone: a slip of the nearest coverage word, that word,
   * else the nearest English or frequent word. Remembered: the same slips come question after question
   * ("boarder", "sheinbuam"), and finding one reads every coverage word of about its length.
   */
  #byLettersOf(w: string): string | null {
    return this.#remembered(this.#byLetters, w, (word) => {
      const near = this.#nearest(word);
      return (
        (near !== null && !isSlip(word, near) ? this.#slipNeighbour(word, this.#rankOf(near)) : null) ??
        near ??
        this.#englishNeighbour(word) ??
        this.#frequentNeighbour(word)
      );
    });
  }

  /** `find(word)`, remembered in `memory` (emptied when full: any word of any question can come). */
  #remembered(
    memory: Map<string, string | null>,
    word: string,
    find: (word: string) => string | null,
  ): string | null {
    const known = memory.get(word);
    if (known !== undefined) return known;
    const found = find.call(this, word);
    if (memory.size >= MAX_REMEMBERED_CORRECTIONS) memory.clear();
    memory.set(word, found);
    return found;
  }

  /** True when the frequent words hold `word` (the English lexicon lacking it): a name, not a slip. */
  #isFrequentName(word: string): boolean {
    const rank = this.#rankOf(word);
    return rank !== null && rank < MAX_FREQUENT_RANK;
  }

  /** After a word of a known name, the next word of that name within two edits ("greg abot" → abbott). */
  #nameAfter(previous: string | undefined, word: string): string | null {
    let best: string | null = null;
    let bestDistance = NAME_EDITS + 1;
    for (const candidate of this.#nameFollowers.get(previous ?? '') ?? []) {
      const d = damerau(word, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Corrections of a question's misspelt words, with their character offsets, in order. */
  corrections(analysis: Analysis): Array<{ start: number; end: number; from: string; to: string }> {
    const out: Array<{ start: number; end: number; from: string; to: string }> = [];
    analysis.tokens.forEach((tok, i) => {
      const w = tok.normal;
      if (
        tok.type === 'word' &&
        w.length === SHORT_SLIP_LENGTH &&
        tok.value === w &&
        !tok.stop &&
        !this.#isEnglishWord(w) &&
        !this.#known.has(w) &&
        !this.#synonyms.has(w)
      ) {
        const to = droppedLetterWord(w, (c) => this.#usedEnglish(c), this.#rankOf);
        if (to) out.push({ start: tok.start, end: tok.end, from: tok.value, to });
        return;
      }
      if (tok.type !== 'word' || w.length < 4 || !P1.test(w)) return;
      const name = this.#known.has(w) ? null : this.#nameAfter(analysis.tokens[i - 1]?.normal, w);
      if (name && name !== w) {
        out.push({ start: tok.start, end: tok.end, from: tok.value, to: name });
        return;
      }
      if (
        tok.stop ||
        this.#isEnglishWord(w) ||
        this.#known.has(w) ||
        this.#known.has(tok.lemma) ||
        this.#synonyms.has(w) ||
        this.#synonyms.has(tok.lemma)
      )
        return;
      // "trias", "efrain": a word the coverage writes with accents, typed without them, is that word, not the
      // nearest English one ("trials", "refrain").
      const accented = this.#accentedForm(w);
      if (accented !== null) {
        out.push({
          start: tok.start,
          end: tok.end,
          from: tok.value,
          to: tok.value[0] === tok.value[0]?.toUpperCase() ? capitalised(accented) : accented,
        });
        return;
      }
      // "What did Will Hurd say": a capitalised word mid-sentence that the frequent words hold though the
      // English lexicon does not is a name; it is corrected only to a name the coverage knows, never to a
      // common word ("Hurd" is not "hard"). A misspelling no list holds ("Trmup") is corrected as any word.
      if (isMidSentenceCapital(analysis, i) && this.#isFrequentName(w)) {
        const name = nearestOf(w, [this.#names]) ?? this.#oneWordNameVariant(w);
        if (name) out.push({ start: tok.start, end: tok.end, from: tok.value, to: capitalised(name) });
        return;
      }
      const best =
        this.#byLettersOf(w) ??
        (i > 0 && P2.test(tok.value) ? null : this.#remembered(this.#bySoundOf, w, this.#soundNeighbour));
      if (best) {
        const to = tok.value[0] === tok.value[0]?.toUpperCase() ? capitalised(best) : best;
        out.push({ start: tok.start, end: tok.end, from: tok.value, to });
      }
    });
    return out;
  }

  /**
   * The one-word name of the coverage (a place it writes capitalised and alone, "Monterey") that `word` is
   * another spelling of: one edit away, with the same first letter ("Monterrey"). A name is spelt several
   * ways across languages and centuries; the question's spelling is no other place.
   */
  #oneWordNameVariant(word: string): string | null {
    const near = this.#nearest(word);
    if (near === null || near[0] !== word[0] || !this.#isOneWordName(withoutAccents(near))) return null;
    return damerau(word, near, ONE_WORD_NAME_EDITS + 1) <= ONE_WORD_NAME_EDITS ? near : null;
  }

  /** The coverage's word that `word` (lower case) is written without the accents of, if any. */
  #accentedForm(word: string): string | null {
    if (this.#accented === null) {
      const accented = new Map<string, string>();
      for (const w of this.#known) {
        const plain = withoutAccents(w);
        if (plain !== w && !accented.has(plain)) accented.set(plain, w);
      }
      this.#accented = accented;
    }
    return this.#accented.get(word) ?? null;
  }

  /**
   * For a word neither the coverage nor the English lexicon has: an English word one edit away that the
   * coverage or its synonyms use, trying a dropped final g ("helpin"), then swapped, changed, extra and
   * missing letters, in that order; `null` when there is none. A name the coverage lacks ("Noem") is left as
   * it is, not turned into an English word ("poem").
   */
  #englishNeighbour(word: string): string | null {
    const english = (w: string) => this.#usedEnglish(w);
    if (word.endsWith('in') && english(`${word}g`)) return `${word}g`;
    for (let i = 0; i + 1 < word.length; i++) {
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (english(w)) return w;
    }
    for (let i = 0; i < word.length; i++)
      for (const c of LETTERS) {
        if (c === word[i]) continue;
        const w = word.slice(0, i) + c + word.slice(i + 1);
        if (english(w)) return w;
      }
    for (const w of withOneLetterMore(word)) if (english(w)) return w;
    for (let i = 0; i < word.length; i++) {
      const w = word.slice(0, i) + word.slice(i + 1);
      if (english(w)) return w;
    }
    return null;
  }

  /** True for an English word of three letters or more that the coverage or its synonyms use, in some form. */
  #usedEnglish(w: string): boolean {
    const stems = [w, w.replace(/(s|es|ed|ing)$/, ''), w.replace(/(ies)$/, 'y')];
    return (
      w.length >= 3 &&
      this.#isEnglishWord(w) &&
      stems.some((f) => f.length >= 3 && (this.#known.has(f) || this.#synonyms.has(f)))
    );
  }

  /**
   * For a word no list of words holds, not even the frequent words' own (so not a name written in lower case
   * or a word of chat): the frequent English word one edit away, a likely slip of typing first (see
   * {@link singleEdits}), then the more frequent; `null` when there is none. A word of another alphabet
   * ("pasó"), a short one (a name the table lacks, "noem", is one slip from "norm") and a regular form of an
   * English word ("texted", "repped") are left as they are.
   */
  #frequentNeighbour(word: string): string | null {
    if (word.length < MIN_FREQUENT_CORRECTED || !/^[a-z]+$/.test(word) || this.#rankOf(word) !== null)
      return null;
    if (inflectedFrom(word).some((stem) => stem.length >= 3 && this.#isEnglishWord(stem))) return null;
    let best: string | null = null;
    let bestScore = Infinity;
    for (const { text, slip } of singleEdits(word)) {
      if (text.length < 3) continue;
      const rank = this.#rankOf(text);
      if (rank === null || rank >= MAX_FREQUENT_RANK || !this.#isEnglishWord(text)) continue;
      const score = (slip ? 0 : MAX_FREQUENT_RANK) + rank;
      if (score < bestScore) {
        best = text;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The most frequent English word one slip of typing from `word` ("realy" → really), or `null`. A word the
   * coverage lacks must also be more frequent than `rankToBeat`, the rank of the coverage's word it would
   * replace: "honer" stays the coverage's "honor", the commoner word, not "homer", though "n" and "m" are
   * neighbouring keys.
   */
  #slipNeighbour(word: string, rankToBeat: number | null = null): string | null {
    let best: string | null = null;
    let bestRank = MAX_FREQUENT_RANK;
    for (const { text, slip } of singleEdits(word)) {
      if (!slip || text.length < 3) continue;
      const rank = this.#rankOf(text);
      if (rank === null || rank >= bestRank || !this.#isEnglishWord(text)) continue;
      if (rankToBeat !== null && rank >= rankToBeat && !this.#known.has(text)) continue;
      best = text;
      bestRank = rank;
    }
    return best;
  }

  /**
   * The coverage's English word that `word` sounds like, misspelt further than a slip ("sarjent" →
   * sergeant): the same consonants as said (see {@link soundKey}), within {@link MAX_SOUND_EDITS} edits
   * ({@link MAX_SHORT_SOUND_EDITS} under {@link LONG_SOUND_WORD} letters), the closest first; `null` when
   * none is. A name written with a capital is not asked about: a surname the coverage lacks stays a name.
   */
  #soundNeighbour(word: string): string | null {
    if (word.length < MIN_SOUND_CORRECTED || !/^[a-z]+$/.test(word)) return null;
    const limit = word.length >= LONG_SOUND_WORD ? MAX_SOUND_EDITS : MAX_SHORT_SOUND_EDITS;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const candidate of this.#bySound().get(soundKey(word)) ?? []) {
      const d = damerau(word, candidate, bestDistance);
      if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /**
   * The coverage's English words and the sound-alike words of {@link MIN_SOUND_CORRECTED} letters or more,
   * by {@link soundKey}; built on first use.
   */
  #bySound(): ReadonlyMap<string, readonly string[]> {
    if (this.#soundIndex) return this.#soundIndex;
    const index = new Map<string, string[]>();
    const add = (w: string) => {
      if (w.length < MIN_SOUND_CORRECTED || !/^[a-z]+$/.test(w) || !this.#isEnglishWord(w)) return;
      const list = index.get(soundKey(w)) ?? [];
      if (!list.includes(w)) list.push(w);
      index.set(soundKey(w), list);
    };
    for (const words of this.#byLength.values()) for (const w of words) add(w);
    for (const w of this.#soundAlikes) add(w);
    this.#soundIndex = index;
    return index;
  }

  /** The closest known word within {@link editReach} edits, or `null`. */
  #nearest(word: string): string | null {
    const reach = editReach(word);
    const lengths = Array.from({ length: 2 * reach + 1 }, (_, k) => word.length - reach + k);
    return nearestOf(
      word,
      lengths.map((len) => this.#byLength.get(len) ?? []),
      true,
    );
  }
}

/**
 * Frequent English words a misspelling may be corrected to: the most frequent of the word-vector table's,
 * which also holds names and rare words that a slip of typing should not turn a word into. 10,000 and
 * 100,000 measured alike with 30,000 (npm run eval, 2026-11-30).
 */
const MAX_FREQUENT_RANK = 30_000;

/**
 * Letters a word must have to be corrected to a coverage word it sounds like: a short name the coverage
 * lacks ("Noem") sounds like too many words.
 */
const MIN_SOUND_CORRECTED = 5;
/** Edits a word may be from the coverage word it sounds like: two, three from {@link LONG_SOUND_WORD} letters ("sarjent"). */
const MAX_SHORT_SOUND_EDITS = 2;
const MAX_SOUND_EDITS = 3;
const LONG_SOUND_WORD = 7;

/** Letters a word must have for {@link SpellingCorrector} to correct it to a frequent English word. */
const MIN_FREQUENT_CORRECTED = 5;

/** Misspelt words whose corrections are kept before the memory starts again. */
const MAX_REMEMBERED_CORRECTIONS = 10_000;

/** A word with its first letter upper-cased. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Tokens after which a capital starts a sentence or a quotation rather than marking a name. */
const SENTENCE_OPENERS = /^[.!?:;"“‘'(\-–—…]+$/u;

/**
 * True when the word at `i` is written with a capital where a sentence does not start: after another word
 * (not first in the question, nor after a full stop, colon or opening quote), so the capital marks a name.
 */
export function isMidSentenceCapital(analysis: Analysis, i: number): boolean {
  const tok = analysis.tokens[i];
  if (!tok || !P2.test(tok.value)) return false;
  const previous = analysis.tokens[i - 1];
  return previous !== undefined && !SENTENCE_OPENERS.test(previous.value);
}

/** Edits a capitalised word may be from a one-word name of the coverage to be read as it ("Monterrey"). */
const ONE_WORD_NAME_EDITS = 1;

/** Edits a word after a known first name may be from the rest of that name ("abot" for Abbott). */
const NAME_EDITS = 2;
