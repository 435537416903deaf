/**
 * The English for one Spanish word, for the Spanish reader (`spanish.ts`): the lexicon's (in the sense the
 * coverage uses, see `spanish-sense.ts`), else the lexicon's for another form of it ("movió" → mover, "las
 * calles" → the streets), else its English cognate ("reforma" → reform) when the coverage or a general English
 * word list has it. A name, and a word to pass on as written, have none.
 */
import { foldWord } from '../nlp/pipeline.ts';
import { COGNATES, MIN_STEM, WEAK_COGNATE_ENDINGS, lexiconForms, withoutEnclitic } from './spanish-forms.ts';
import { followedName } from './spanish-followers.ts';
import { englishPlural } from './spanish-plural.ts';
import { isPostposedAdjective } from './spanish-order.ts';
import type { SenseChooser } from './spanish-sense.ts';

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

  /** `words` is the reader's lexicon (folded); the tests are as the reader is given them (see `SpanishReader`). */
  constructor(
    words: ReadonlyMap<string, string>,
    sense: SenseChooser,
    isEnglishWord: (word: string) => boolean,
    isDictionaryWord: (word: string) => boolean,
    spelling: (folded: string) => string | undefined,
    isName: (folded: string) => boolean,
  ) {
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
    const known = this.#words.get(folded);
    if (known !== undefined)
      return known === '' ? '' : this.#sense.verbatim([folded], this.#sense.chosen(known));
    // A place the coverage names in one word ("en naco", "en Naco") is no form of a Spanish word ("nacer").
    if (this.#isName(folded)) return undefined;
    // "El comandante carrancista": the Carranza commander.
    const leader =
      word === word.toLowerCase() ? followedName(folded, this.#isName, this.#spelling) : undefined;
    if (leader !== undefined) return leader;
    const verb = withoutEnclitic(folded);
    if (verb !== undefined && word === word.toLowerCase()) {
      const english = this.english(verb);
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
    for (const form of [folded, ...infinitives, ...unaccented]) {
      for (const [ending, english] of COGNATES) {
        if (!form.endsWith(ending) || form.length - ending.length < MIN_STEM) continue;
        const candidate = form.slice(0, -ending.length) + english;
        const general = !WEAK_COGNATE_ENDINGS.has(ending) && !unaccented.includes(form);
        if (
          candidate.length >= 4 &&
          (this.#isEnglishWord(candidate) || (general && this.#isDictionaryWord(candidate)))
        )
          return candidate;
      }
    }
    return undefined;
  }
}
