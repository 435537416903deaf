/**
 * What reading a question gives (an {@link Understanding}) and the data it reads with (intents, synonyms,
 * the Spanish lexicon, the titles people hold): the types shared by the reader (understand.ts) and the
 * engine's handlers.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { WordVectors } from '../nlp/word-vectors.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import type { PersonHeads } from './described.ts';
import type { SpanishData } from './spanish.ts';
import type { SpanishWordList } from '../nlp/spanish-words.ts';
import type { SpanishDictionary } from '../nlp/spanish-dictionary.ts';
import type { AnswerIntent } from './types.ts';
import type { WhAct } from './wh-act.ts';

export interface IntentData {
  order: AnswerIntent[];
  patterns: Partial<Record<AnswerIntent, string[]>>;
  followup: { patterns: string[]; pronouns: Record<string, 'male' | 'female' | 'plural'> };
  outOfScope: string[];
  /** Patterns of a question asking the bot's own judgement ("was X right to…"). */
  opinion?: string[];
  whoKinds: Record<string, string[]>;
  causalMarkers: string[];
  /**
   * Words that qualify or contradict a claim, by kind (negation: "not", "no one"; contrast: "however"): the
   * evidence a yes/no question wants.
   */
  qualifyingMarkers?: string[][];
  frameWords: string[];
  chat: Record<string, string>;
  speechVerbs: string[];
  sayingWords: string[];
  genericCounts: string[];
  /** Nouns that count the people of the body the words before them name ("Guard members"). */
  memberNouns?: string[];
  /** Words that ask for a comparison ("versus", "agree"), dropped from what each side is asked. */
  comparisonWords: string[];
}

export interface SynonymData {
  groups: string[][];
}

export interface EngineData {
  intents: IntentData;
  synonyms: SynonymData;
  /** English word vectors, for words the coverage puts differently; `null` reads by words alone. */
  vectors: WordVectors | null;
  /** WordNet's first senses of English words, for words the coverage says in other words; absent: vectors only. */
  wordnet?: WordNet | null;
  /** The Spanish–English lexicon; `null` reads English only. */
  spanish: SpanishData | null;
  /** A general Spanish word list, telling a Spanish question's words the lexicon lacks from names. */
  spanishWords?: SpanishWordList | null;
  /** The general Spanish–English dictionary (`knowledge/spanish-english.txt`), for words the lexicon lacks. */
  spanishDictionary?: SpanishDictionary | null;
  /** Titles people hold ("governor", "senator"), from the lexicon: a title no one in the coverage holds is a subject it lacks. */
  titles?: readonly string[];
  /** Nouns for a person ("official", "guy", "spokeswoman") and the gender each implies, from the lexicon. */
  personHeads?: PersonHeads;
  /** Honorifics before a name ("mr", "doña"), lower case, from the lexicon. */
  honorifics?: readonly string[];
  /** Abbreviated titles and what they stand for ("gen" → "general"), from the lexicon. */
  titleAbbreviations?: ReadonlyMap<string, string>;
  /** Words that place what is near them in a country ("mexican", "texas"), by country code, from the lexicon. */
  countryWords?: Readonly<Record<string, readonly string[]>>;
  /** The lexicon's verbs of saying that cue a quotation ("say", "tweet"), from the lexicon. */
  quoteCues?: readonly string[];
}

export interface Understanding {
  /** The question as read: cleaned and corrected. */
  text: string;
  analysis: Analysis;
  /** Intent from the patterns; `null` when none matched (the default, `what`, applies). */
  intent: AnswerIntent | null;
  /** True when the question leans on the conversation ("what else did she say?", "and he?"). */
  leansOnContext: boolean;
  /** Canonical entity ids named in the question, in order. */
  entities: string[];
  /** The person or body a quote question asks about (the subject of "say"). */
  speakerId: string | null;
  years: number[];
  /** Words the question quotes ("who said 'you cannot have it both ways'?"), without their marks. */
  quoted: string[];
  /** Months the question dates itself by ("in March 2025"), 1–12: the evidence must speak of one. */
  months: number[];
  /** Weighted retrieval terms: lemmas, synonyms, `@entity` terms. */
  terms: Map<string, number>;
  /**
   * Terms that stand for one question word (its lemma, synonyms, forms) → that word: ranking counts each
   * question word once in a sentence, at its best variant (bm25.ts).
   */
  variants?: ReadonlyMap<string, string>;
  /** Content lemmas (not words of asking). */
  content: string[];
  /** Adverbs the stop list holds that the coverage uses ("already", "still"), not question words. */
  adverbs: string[];
  /** English words the coverage never uses, even through a synonym: they weigh less than known ones. */
  unknown: string[];
  /** Lemmas of adjectives and adverbs the coverage never uses ("touchy", "mad"): the question's tone. */
  tone: string[];
  /** Lemmas of the question's own verbs ("died", "replace"): what it asks happened, never mere tone. */
  predicates: string[];
  /** The act a wh-question asks after "did" and its subject, by token positions (wh-act.ts); `null` when none. */
  whAct: WhAct | null;
  /**
   * What the question is about that the coverage cannot know: a name or term the English lexicon and the
   * coverage both lack ("Biden", "Hegseth"), or a capitalised proper noun the coverage never uses.
   */
  unknownSubjects: string[];
  /** For entities a role title named together ("the Mexican president"), a shared key: any one answers. */
  entityGroups: Map<string, string>;
  /** The person the question names by a noun that tells their gender ("the volunteer lady"), and that gender. */
  gendered: { id: string; gender: 'male' | 'female' } | null;
  /** Gender a pronoun in the question points to, when one does. */
  pronoun: 'male' | 'female' | 'plural' | null;
  /** For "which agency…?": the entity kinds wanted. */
  whoKinds: string[] | null;
  /** Sources named by outlet ("the Independent article"). */
  outletSourceIds: string[];
  /** True when a pattern marks the question as plainly off-topic. */
  offTopic: boolean;
  /** True when the question asks the bot's own judgement, which it does not give. */
  opinion: boolean;
  corrections: Array<{ from: string; to: string }>;
}
