/**
 * The English for one Spanish word, for the Spanish reader (`spanish.ts`): the lexicon's (in the sense the
 * coverage uses, see `spanish-sense.ts`), else the lexicon's for another form of it ("movió" → mover, "las
 * calles" → the streets), else the general dictionary's for it or another form of it, in the sense the
 * coverage uses ("guarnición" → garrison, "pacas" → bales), else its English cognate ("reforma" → reform) when
 * the coverage or a general English word list has it. A name, and a word to pass on as written, have none.
 */
import { foldWord } from '../nlp/pipeline.ts';
import { COGNATES, MIN_STEM, WEAK_COGNATE_ENDINGS, lexiconForms, withoutEnclitic } from './spanish-forms.ts';
import { followedName } from './spanish-followers.ts';
import { englishPlural } from './spanish-plural.ts';
import { isPostposedAdjective } from './spanish-order.ts';
import type { SenseChooser } from './spanish-sense.ts';
import type { DictionaryPos, SpanishDictionary } from '../nlp/spanish-dictionary.ts';
import { englishBare } from './spanish-tense.ts';
import { spanishOrdinal } from './spanish-numbers.ts';

/**
 * The shortest synonym read: WordNet's shorter ones are abbreviations ("or", an operating room, for "surgery").
 */
const MIN_SYNONYM = 4;

/** A preterite by its accented ending ("trabajó", "movió"): no noun or present ends so. */
const ACCENTED_PRETERITE = /\p{L}{2}ó$/u;

/** Words whose accent alone tells them apart from a more common word ("él" is he, "el" the). */
const ACCENTED: Record<string, string> = { él: 'he', sí: 'yes', tú: 'you', mí: 'me' };

/** Translates single Spanish words; one per reader. */
export class SpanishWords {
  readonly #words: ReadonlyMap<string, string>;
  readonly #sense: SenseChooser;
  readonly #isEnglishWord: (word: string) => boolean;
  readonly #isDictionaryWord: (word: string) => boolean;
  readonly #spelling: (folded: string) => string | undefined;
  readonly #isName: (folded: string) => boolean;
  readonly #dictionary: SpanishDictionary | null;
  readonly #synonyms: (english: string) => readonly string[];

  /**
   * `words` is the reader's lexicon (folded); the tests and the dictionary are as the reader is given them (see
   * `SpanishReader`).
   */
  constructor(
    words: ReadonlyMap<string, string>,
    sense: SenseChooser,
    isEnglishWord: (word: string) => boolean,
    isDictionaryWord: (word: string) => boolean,
    spelling: (folded: string) => string | undefined,
    isName: (folded: string) => boolean,
    dictionary: SpanishDictionary | null = null,
    synonyms: (english: string) => readonly string[] = () => [],
  ) {
    this.#dictionary = dictionary;
    this.#synonyms = synonyms;
    this.#words = words;
    this.#sense = sense;
    this.#isEnglishWord = isEnglishWord;
    this.#isDictionaryWord = isDictionaryWord;
    this.#spelling = spelling;
    this.#isName = isName;
  }

  /**
   * The English for one Spanish word: the lexicon's, else the lexicon's for another form of it ("movió" →
   * mover), else its English cognate; `undefined` when none (a name, or a word to pass on as written).
   */
  english(word: string): string | undefined {
    const folded = foldWord(word);
    // Chat laughter ("jaja", "jejeje") and "xd" say nothing.
    if (/^(?:(?:j[aeiou]){2,}j?|xd)$/.test(folded)) return '';
    const accented = ACCENTED[word.toLowerCase()];
    if (accented !== undefined) return accented;
    const verb = this.preteriteVerb(word);
    if (verb !== undefined) return verb;
    const known = this.#words.get(folded);
    if (known !== undefined)
      return known === '' ? '' : this.#sense.verbatim([folded], this.#sense.chosen(known));
    // A place the coverage names in one word ("en naco", "en Naco") is no form of a Spanish word ("nacer").
    if (this.#isName(folded)) return undefined;
    // An ordinal the lexicon lacks, capitalised in a unit's name too ("el Noveno de Caballería": the Ninth),
    // unless the coverage names someone or somewhere by it ("Segundo").
    const ordinal = spanishOrdinal(folded);
    if (ordinal !== undefined) return ordinal;
    // "El comandante carrancista": the Carranza commander.
    const leader =
      word === word.toLowerCase() ? followedName(folded, this.#isName, this.#spelling) : undefined;
    if (leader !== undefined) return leader;
    const bare = withoutEnclitic(folded);
    if (bare !== undefined && word === word.toLowerCase()) {
      const english = this.english(bare);
      if (english !== undefined) return english;
    }
    // The infinitives a conjugated form may come from, for a cognate when the lexicon lacks the verb; a
    // preterite written without its accent ("comparo") only for a cognate the coverage uses.
    const infinitives: string[] = [];
    const unaccented: string[] = [];
    for (const { form, verbal, plural } of lexiconForms(word, folded)) {
      const english = this.#words.get(form);
      if (english) {
        const chosen = this.#sense.chosen(english);
        // A noun found through its plural ending keeps its plural ("las calles": the streets); an adjective
        // ("federales") has none in English.
        const plain =
          plural === true && !isPostposedAdjective(word, chosen) ? englishPlural(chosen) : undefined;
        return plain ?? chosen;
      }
      if (verbal) infinitives.push(form);
      else if (folded.endsWith('o') && form.length > folded.length && /(?:ar|er|ir)$/.test(form))
        unaccented.push(form);
    }
    // A name keeps its capital; a lower-case word the lexicon lacks may be a cognate.
    if (word !== word.toLowerCase()) return undefined;
    // A word the coverage uses, written with a Spanish accent ("récord"), is read without it.
    if (this.#isEnglishWord(folded)) return folded === word.toLowerCase() ? undefined : folded;
    // A cognate the coverage uses is the likeliest reading ("resultaron": resulted); else the dictionary's
    // sense the coverage uses; else a cognate of a general English word list.
    const forms = [folded, ...infinitives, ...unaccented];
    const used = this.#cognate(forms, unaccented, true);
    if (used !== undefined) return used;
    const general = this.#fromDictionary(word, folded);
    if (general !== undefined) return general;
    return this.#cognate(forms, unaccented, false);
  }

  /**
   * The English verb of a preterite written with its accent ("trabajó": work) whose form without the accent
   * the lexicon holds as another word ("trabajo": job, "robo": theft), read through its infinitive in the
   * lexicon or among the dictionary's verbs; `undefined` for any other word, and for a preterite the lexicon
   * holds in the past already ("terminó": ended). The accent tells the verb: chat that drops it is read as
   * the lexicon reads the word.
   */
  preteriteVerb(word: string): string | undefined {
    if (!ACCENTED_PRETERITE.test(word.toLowerCase())) return undefined;
    const folded = foldWord(word);
    const known = this.#words.get(folded);
    if (!known || known.split('|').some((k) => englishBare(k, () => true) !== undefined)) return undefined;
    for (const { form } of lexiconForms(word, folded)) {
      if (!/(?:ar|er|ir)$/.test(form)) continue;
      const dictionary = this.#dictionary;
      const senses =
        this.#words.get(form) ||
        (dictionary === null
          ? undefined
          : this.#usedSenses(dictionary.senses(form, ['v']) ?? pronominalSenses(dictionary, form)));
      if (!senses) continue;
      const english = this.#sense.chosen(senses);
      return english === this.#sense.chosen(known) ? undefined : english;
    }
    return undefined;
  }

  /**
   * The English cognate of the first of `forms` that has one ("reforma" → reform): one the coverage uses, or
   * when `coverageOnly` is false one of the general English word list too (not through a weak ending, nor for
   * a preterite written without its accent, one of `unaccented`).
   */
  #cognate(
    forms: readonly string[],
    unaccented: readonly string[],
    coverageOnly: boolean,
  ): string | undefined {
    for (const form of forms) {
      for (const [ending, english] of COGNATES) {
        if (!form.endsWith(ending) || form.length - ending.length < MIN_STEM) continue;
        const candidate = form.slice(0, -ending.length) + english;
        const general = !coverageOnly && !WEAK_COGNATE_ENDINGS.has(ending) && !unaccented.includes(form);
        if (
          candidate.length >= 4 &&
          (this.#isEnglishWord(candidate) || (general && this.#isDictionaryWord(candidate)))
        )
          return candidate;
      }
    }
    return undefined;
  }

  /**
   * Of a dictionary entry's one-word senses ("brook") and their synonyms ("creek"), those the coverage uses, written as
   * the lexicon writes senses; `undefined` when it uses none: a word rendered in an English word no article
   * holds finds no evidence, and would be taken for something the coverage lacks.
   */
  #usedSenses(senses: string | undefined): string | undefined {
    if (senses === undefined) return undefined;
    const own = senses.split('|');
    // A sense of several words ("turn out") is not read: that the coverage holds each of its words does not
    // tell that it uses them together.
    const words = own.filter((s) => !s.includes(' ') && this.#isEnglishWord(s));
    if (words.length > 0) return words.join('|');
    // Only when the coverage uses none of the dictionary's own words: a synonym is a sense once removed.
    const synonyms = own
      .filter((s) => !s.includes(' '))
      .flatMap((s) => this.#synonyms(s))
      .filter((s, i, all) => s.length >= MIN_SYNONYM && all.indexOf(s) === i && this.#isEnglishWord(s));
    return synonyms.length === 0 ? undefined : synonyms.join('|');
  }

  /**
   * The general dictionary's English for a word the lexicon lacks, in the sense the coverage uses: the word's
   * own entry, else that of a form it may be of (a verb's ending asks for a verb, a plural's for a noun or an
   * adjective, kept plural as a noun).
   */
  #fromDictionary(word: string, folded: string): string | undefined {
    const dictionary = this.#dictionary;
    if (dictionary === null) return undefined;
    const own = this.#usedSenses(dictionary.senses(folded));
    if (own !== undefined) return this.#sense.chosen(own);
    for (const { form, verbal, plural } of lexiconForms(word, folded)) {
      const parts: DictionaryPos[] | undefined = verbal ? ['v'] : plural === true ? ['n', 'a'] : undefined;
      const senses = this.#usedSenses(dictionary.senses(form, parts) ?? pronominalSenses(dictionary, form));
      if (senses === undefined) continue;
      const chosen = this.#sense.chosen(senses);
      const nounPlural =
        plural === true &&
        dictionary.senses(form, ['n']) !== undefined &&
        !isPostposedAdjective(word, chosen);
      return nounPlural ? englishPlural(chosen) : chosen;
    }
    return undefined;
  }
}

/**
 * The senses of an infinitive's pronominal verb when the dictionary gives the verb only so ("rindieron" is of
 * "rendirse", surrender; the table has no "rendir"), or `undefined`: a conjugated form drops the "se" its
 * infinitive is listed with, and says it apart ("se rindieron") or not at all.
 */
function pronominalSenses(dictionary: SpanishDictionary, form: string): string | undefined {
  return /(?:ar|er|ir)$/.test(form) ? dictionary.senses(`${form}se`, ['v']) : undefined;
}
