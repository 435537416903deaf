/**
 * The article as attribution reads it: its entities and the genders the text gives them, its words of saying
 * and of people, and its own descriptions of the people it introduces. The annotator answers it; the readings
 * of a quotation's speaker (attribution.ts and the modules it calls) take it instead of the annotator.
 */
import type { WorkingSentence } from './annotate.ts';
import type { EntityData } from './entity-data.ts';
import type { NotAPerson } from './name-contexts.ts';
import type { VerbsOfSaying } from './saying-verbs.ts';

/** What attribution asks of the article being read: its entities, genders and words of saying. */
export interface ArticleReader {
  /** Lemmas of the verbs of saying. */
  cues: VerbsOfSaying;
  /** Pronouns and the gender each refers to. */
  pronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** "I", "me", "we": the outer speaker inside a nested quotation. */
  firstPerson: ReadonlySet<string>;
  /** A known entity or one the article introduced. */
  entity(id: string): Pick<EntityData, 'id' | 'name' | 'type'> | undefined;
  /** A person's gender as far as the text and their name tell it. */
  genderOf(id: string): 'male' | 'female' | null;
  /** A person's gender as the text tells it (an honorific, a pronoun), not their first name's lean. */
  saidGenderOf?(id: string): 'male' | 'female' | null;
  /** The person a "he"/"she" at token `before` continues from the sentence's own subject, if any. */
  centre(sentence: WorkingSentence, before: number, gender: 'male' | 'female'): string | null;
  /** True for a noun that says what a person is ("husband", "spokesman"). */
  isPersonNoun(lemma: string): boolean;
  /** What a name the article uses is when its text shows it is no person's ("outside Deming": a place). */
  notPersonKind?(name: string): NotAPerson | null;
  /** True for a noun for something that carries words ("notice", "telegram", "sign"); none when not given. */
  isCommunicationNoun?(lemma: string): boolean;
  /** True when a noun's first sense is a kind of a synset with the word `kind` ("colonel", "officer"). */
  isKindOf?(lemma: string, kind: string): boolean;
  /** The gender a noun for a person marks ("spokeswoman": female), if any. */
  nounGender(lemma: string): 'male' | 'female' | null;
  /** The article's own description of a person it introduced ("whose son is a corporal"), if any. */
  descriptionOf(id: string): string | null;
  /** True for an honorific before a surname ("Mrs", "Don"), without its full stop. */
  isHonorific(word: string): boolean;
  /** True for a title or honorific before a name ("Maj", "Gen", "Mrs"), without its full stop. */
  isTitle(word: string): boolean;
  /** True for a word of the English lexicon ("force", "north"), which no double surname is made of. */
  isEnglishWord(word: string): boolean;
}
