/**
 * Runs of capitalised words that may be a name, with the titles and honorifics before them: "Col. Rob
 * Manning", "Homeland Security Secretary Janet Napolitano", "Doña Pilar", 'Wilfredo "Fred" Salinas'.
 */
import type { Token } from '../nlp/pipeline.ts';
import { bare, joiningHyphen, mayOpenWithCapital, NAME_SUFFIX, NAME_WORD, nicknameAt } from './name-words.ts';
import { isParticleWord } from './particle-names.ts';
import { namedAs } from './person-descriptions.ts';
import { isCapitalisedWord } from '../nlp/letter-tests.ts';
import { lettersInOrder } from './title-forms.ts';
import { ARTICLES } from '../nlp/articles.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}+ings?$/u;

/** The most name words a person's name has. */
export const MAX_NAME_WORDS = 4;
/** An initial ("W.", "T"). */
export const INITIAL = /^\p{Lu}\.?$/u;
/** A capitalised word ending in a full stop ("Gen.", "Jr."). */
const ABBREVIATED_WORD = /^\p{Lu}\p{L}*\.$/u;
const OFFICE_NOUN = /^\p{Lu}\p{Ll}{2,}(?:wo)?m[ae]n$/u;
/** A name word in capitals and small letters ("Pershing", "McNeil", "O'Brien"), not a headline's capitals. */
const SURNAME_CASE = /^\p{Lu}['’]?\p{Lu}?\p{Ll}[\p{L}'’-]*$/u;

/** A word that may be an office's contraction: a capital and three to five small letters, and a stop or none. */
const CONTRACTION_SHAPE = /^\p{Lu}\p{Ll}{3,5}\.?$/u;
/** Words read as contractions or not, per table, before the memory starts again. */
const MAX_REMEMBERED_CONTRACTIONS = 10_000;

/**
 * True when `word` contracts `office`: shorter, with its first three letters and its last, and every letter
 * of it in `office` in order ("sergt", "sergeant").
 */
function contracts(word: string, office: string): boolean {
  if (office.length <= word.length || !office.startsWith(word.slice(0, 3)) || office.at(-1) !== word.at(-1))
    return false;
  return lettersInOrder(word, office);
}

/** Marks ending the sentence before a first name read as a verb that opens the next. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** A word opening in lower case: the sentence goes on as prose, not as a headline in title case. */
const LOWER_CASE_WORD = /^\p{Ll}/u;
/** Parts of speech title case leaves in lower case: articles, prepositions, conjunctions, "to". */
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
/** Words opening an apposition after a name's comma ("who runs …", "a retired sergeant", "the mayor"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['who', 'a', 'an', 'the']);

/** Finds name runs; built once with the lexicon's titles and honorifics. */
export class NameRuns {
  constructor(
    /** Titles, honorifics and their abbreviations, lower case without a full stop. */
    private readonly titles: ReadonlySet<string>,
    private readonly honorifics: ReadonlyMap<string, 'male' | 'female' | null>,
    private readonly isEnglishWord: (word: string) => boolean,
    /**
     * Titles that name a rank or an office by themselves, lower case ("gen", "general", "gov", "senator"),
     * not the words that only go before one ("defense", "deputy", "state").
     */
    private readonly offices: ReadonlySet<string> = new Set(),
  ) {}

  /** Words read as contractions of an office or not ({@link #contraction}), per table. */
  readonly #contractions = new Map<string, boolean>();

  /** True for a word that stands before a name as a title or honorific ("Gen.", "governor", "Ms"). */
  isTitle(value: string): boolean {
    return this.titles.has(bare(value)) || this.#officeNoun(value) || this.#contraction(value);
  }

  /**
   * A capitalised word no English word is, written as an office's contraction: its first three letters, some
   * of the others in order, and its last ("Sergt." for sergeant, "Genl." for general, "Corpl." for corporal),
   * as the old dispatches abbreviate ranks the lexicon lists only in their modern short forms.
   */
  #contraction(value: string): boolean {
    if (!CONTRACTION_SHAPE.test(value)) return false;
    const word = bare(value);
    const known = this.#contractions.get(word);
    if (known !== undefined) return known;
    const found = !this.isEnglishWord(word) && [...this.offices].some((office) => contracts(word, office));
    if (this.#contractions.size >= MAX_REMEMBERED_CONTRACTIONS) this.#contractions.clear();
    this.#contractions.set(word, found);
    return found;
  }

  /** A capitalised noun of office ending in -man or -woman ("Assemblyman", "Councilwoman"), before a name. */
  #officeNoun(value: string): boolean {
    return OFFICE_NOUN.test(value) && this.isEnglishWord(value.toLowerCase());
  }
  /**
   * A run of capitalised words from token `from`: optional title words, then two to four name words, or one
   * name word alone. The
   * title is everything up to the last title word ("Defense Secretary", "Maj. Gen.").
   */
  at(
    tokens: readonly Token[],
    from: number,
    excluded: (t: number) => boolean,
    /** True in a line all in capitals (see title-case.ts), where capitals say nothing about names. */
    capitals = false,
  ): { start: number; titleEnd: number; end: number } | null {
    let end = from;
    /** A name word in the run: in capitals an English word after one is the line's own. */
    let named = false;
    /** After a title, capitalised words are the name whatever the tagger makes of them ("Col. Rob Manning"). */
    let titled = false;
    while (end < tokens.length && end - from < MAX_NAME_WORDS + 4) {
      const tok = tokens[end];
      // 'Wilfredo "Fred" Salinas': a nickname in quotation marks between a first name and a surname.
      if (end > from && nicknameAt(tokens, end)) {
        end += 3;
        continue;
      }
      // A word opening in lower case ends the run whatever else holds: skip the checks that cost more.
      if (!tok || (tok.value !== '.' && tok.value !== '-' && !mayOpenWithCapital(tok.value)) || excluded(end))
        break;
      if (tok.value === '.' && end > from && this.titles.has(bare(tokens[end - 1]?.value ?? ''))) {
        end++;
        continue;
      }
      // "Ruiz-Ochoa": a hyphen with no space either side joins two parts of one name.
      const previous = tokens[end - 1];
      if (end > from && joiningHyphen(tokens, end) && NAME_WORD.test(tokens[end + 1]?.value ?? '')) {
        end += 2;
        continue;
      }
      const word = NAME_WORD.test(tok.value) || INITIAL.test(tok.value) || ABBREVIATED_WORD.test(tok.value);
      const title = this.isTitle(tok.value);
      // "WHO GEN. BLANCO IS.", "GEN. TAYLOR VICTORIOUS AT BUENA VISTA.": in a line in capitals an English
      // word after a name's word is the line's own ("IS", "VICTORIOUS"), not more of the name, though a title
      // went before it; a surname's particle ("DE LA") is the name's.
      if (
        capitals &&
        named &&
        !title &&
        word &&
        this.isEnglishWord(tok.value.toLowerCase()) &&
        !isParticleWord(tok.value.toLowerCase())
      )
        break;
      // "Walt Denning", "Pat Fleming": a capitalised surname in -ing after a first name, read as a verb.
      // "Otto Ruckle, 51,": a capitalised word after a first name and before an apposition's comma, read as a
      // verb, is a surname too, and so is one before a generational suffix ("Elton Pierce Jr.").
      const after = tokens[end + 1]?.value ?? '';
      // "identify him as Stephen Garland.", "Stephen Rose told them": a capitalised word after a first name read
      // as a verb, before the sentence's end or a verb or noun in lower case, is a surname. A headline in title
      // case goes on in capitals ("Maria Says Goodbye") or with a small word ("Trump Orders the Guard to…"),
      // and stays the line's own.
      const surnameInIng =
        end > from &&
        previous?.pos === 'PROPN' &&
        (P1.test(tok.value) ||
          (tok.pos === 'VERB' &&
            isCapitalisedWord(tok.value) &&
            (after === ',' ||
              NAME_SUFFIX.test(after) ||
              SENTENCE_ENDS.has(after) ||
              (LOWER_CASE_WORD.test(after) && !TITLE_CASE_SMALL_WORDS.has(tokens[end + 1]?.pos ?? '')))));
      // "Their leader, Wade Ellison, a retired sergeant": a first name set off by a comma, read as a verb,
      // before a surname the lexicon does not know and the apposition's closing comma.
      // "Hector Villalobos, who runs a charter service, said": so is one opening a sentence, when the comma
      // opens an apposition that closes before the sentence's verb ("Ask Olguera, and he will tell you" and
      // "Meet Olguera, a retired sergeant who flies charters." are a verb and its object).
      const givenNameAsVerb =
        end === from &&
        tok.pos === 'VERB' &&
        isCapitalisedWord(tok.value) &&
        (previous?.value === ',' ||
          ((previous === undefined || SENTENCE_ENDS.has(previous.value)) &&
            APPOSITION_OPENERS.has(tokens[end + 3]?.normal ?? '') &&
            appositionClosesBeforeVerb(tokens, end + 3))) &&
        surnameBeforeComma(tokens, end + 1, this.isEnglishWord);
      if (
        !word ||
        (tok.pos !== 'PROPN' &&
          !title &&
          !INITIAL.test(tok.value) &&
          !titled &&
          !surnameInIng &&
          !givenNameAsVerb)
      )
        break;
      titled ||= title;
      named ||= !title && tok.value !== '.';
      end++;
    }
    // "…called her: Hermana.": a title word named as someone's name ends its sentence, not an abbreviation.
    if (end - from === 2 && tokens[from + 1]?.value === '.' && namedAs(tokens, from)) end = from + 1;
    if (end - from < 1) return null;
    // One name word alone: a person known by one name, if the text vouches for it (see find).
    // A title word alone is a name where words name someone by it ("what the children called her: Hermana").
    if (end - from === 1)
      return this.isTitle(tokens[from]?.value ?? '') && !namedAs(tokens, from)
        ? null
        : { start: from, titleEnd: from, end };
    let titleEnd = from;
    for (let k = from; k < end; k++) {
      const v = tokens[k]?.value ?? '';
      if (this.isTitle(v) || (v === '.' && k === titleEnd)) titleEnd = k + 1;
    }
    // "Doña Pilar", "Mr. Ybarra": an honorific before one name word; "Gen. Pershing": a title before a surname.
    if (
      end - titleEnd < 2 &&
      !(
        end - titleEnd === 1 &&
        (this.honorificsOnly(tokens, from, titleEnd) || this.titledSurname(tokens, from, titleEnd))
      )
    )
      return null;
    return { start: from, titleEnd, end };
  }

  /**
   * True when tokens [from, to) are titles and their full stops and the one word at `to` is a surname they
   * stand before ("Gen. Pershing", "Maj. Howze", "Governor Ochoa"): a word written in capitals and small
   * letters, after an abbreviated title (a rank or office in short is written only before a person's name),
   * or after a title written out when the word is no English one ("General Assembly", "Chief Justice" are
   * not people). The last title word must name a rank or office by itself ("Defense Secretariat" is none).
   * Not after "the" or "a" ("the Deputy Chief", "a Security Council"): those name an office.
   */
  titledSurname(tokens: readonly Token[], from: number, to: number): boolean {
    const word = tokens[to]?.value ?? '';
    if (!SURNAME_CASE.test(word) || to === from) return false;
    if (ARTICLES.has(tokens[from - 1]?.normal ?? '')) return false;
    let head = '';
    let abbreviated = false;
    for (let k = from; k < to; k++) {
      const v = tokens[k]?.value ?? '';
      if (v === '.') abbreviated = k > from;
      else if (!this.isTitle(v)) return false;
      else [head, abbreviated] = [bare(v), v.endsWith('.')];
    }
    // "Defense Secretariat": a word that only goes before a title is none by itself.
    if (!this.offices.has(head)) return false;
    return abbreviated || !this.isEnglishWord(word.toLowerCase());
  }

  /** True when tokens [from, to) are honorifics and their full stops ("Sra.", "Doña"). */
  honorificsOnly(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const v = tokens[k]?.value ?? '';
      if (v !== '.' && !this.honorifics.has(bare(v))) return false;
    }
    return true;
  }
}

/** How far past an apposition's first word its closing comma is looked for. */
const APPOSITION_REACH = 40;

/**
 * True when the apposition opening at token `from` closes, before its sentence ends, with a comma followed by a
 * verb ("…, who runs a charter service at the airport, said"): the name before it is the sentence's subject.
 */
function appositionClosesBeforeVerb(tokens: readonly Token[], from: number): boolean {
  const last = Math.min(tokens.length - 1, from + APPOSITION_REACH);
  for (let k = from; k < last; k++) {
    const v = tokens[k]?.value ?? '';
    if (SENTENCE_ENDS.has(v)) return false;
    if (v !== ',') continue;
    const next = tokens[k + 1];
    if (next?.pos === 'VERB' || next?.pos === 'AUX') return true;
  }
  return false;
}

/**
 * True when token `t` is a capitalised name word the tagger reads as a proper noun, unknown to the English
 * lexicon, with a comma right after it ("Wade Ellison, a retired sergeant").
 */
export function surnameBeforeComma(
  tokens: readonly Token[],
  t: number,
  isEnglishWord: (word: string) => boolean,
): boolean {
  const tok = tokens[t];
  return (
    tok !== undefined &&
    tok.pos === 'PROPN' &&
    isCapitalisedWord(tok.value) &&
    !isEnglishWord(tok.normal) &&
    tokens[t + 1]?.value === ','
  );
}
