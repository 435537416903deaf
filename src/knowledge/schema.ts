/**
 * The knowledge file (`knowledge/kb.json`): what the pipeline writes and the answer engine reads.
 * Bump {@link KB_SCHEMA_VERSION} on any change a reader of an older file would misread.
 */

export const KB_SCHEMA_VERSION = 2;

/** An ISO calendar date (`2025-05-03`), month (`2025-04`) or year (`2016`). */
export type IsoDate = string;

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export type EntityType = 'person' | 'organisation' | 'group' | 'place';

/** What a source file's front matter declares. */
export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: IsoDate;
  /** Canonical address; `null` where it could not be established. */
  url: string | null;
  language: string;
  /** The outlet that carried a syndicated copy, when there is one. */
  syndicatedBy: string | null;
  /** The byline ("Dana Whitcomb and Luis Ortega Fierro"), when the front matter gives one. */
  author: string | null;
}

export interface DroppedLine {
  line: number;
  reason: string;
  text: string;
}

export interface Source extends SourceMeta {
  /** Path relative to the repository root. */
  file: string;
  /** SHA-256 of the file's bytes, to detect a stale knowledge file. */
  sha256: string;
  dropped: DroppedLine[];
}

/**
 * `caption`: the words of a photo caption, kept for who is who, answered from only when nothing else does.
 * `related`: an item of the list of other stories' headlines that closes a page ("· Huachuca sergeant charged in
 * sensor leak case (Sept. 2000)"), kept for the facts it names, ranked below the report's own sentences.
 */
export type SentenceKind = 'headline' | 'report' | 'social' | 'caption' | 'related';

export interface EntityMention {
  entityId: string;
  /** The words as written. */
  text: string;
  /** How the mention was recognised: an alias, a role title, or a pronoun resolved to it. */
  via: 'alias' | 'role' | 'pronoun';
}

/**
 * A definite description standing for a name the article gave before ("the monument" for Organ Pipe Cactus
 * National Monument): the sentence says that name's words too.
 */
export interface NamedAgain {
  /** The description as written ("the monument"). */
  text: string;
  /** The name as the article gave it. */
  name: string;
  /** The name's content lemmas. */
  lemmas: string[];
}

export interface Sentence {
  /** `<sourceId>#<paragraph>.<position>`, stable while the paragraph keeps its place. */
  id: string;
  sourceId: string;
  /** 1-based paragraph index among the kept paragraphs of the source. */
  paragraph: number;
  /** 1-based position of the sentence in its paragraph. */
  position: number;
  kind: SentenceKind;
  /** The social post this sentence belongs to, for kind `social`. */
  socialPostId: string | null;
  text: string;
  /** Lower-cased lemmas of the content words, in order. */
  lemmas: string[];
  /** Named entities as wink-nlp typed them (DATE, CARDINAL, …) plus resolved canonical entities. */
  nerEntities: Array<{ type: string; text: string }>;
  mentions: EntityMention[];
  /** Definite descriptions of named things in the sentence; absent when there are none. */
  namedAgain?: NamedAgain[];
}

export interface SocialPost {
  id: string;
  sourceId: string;
  author: string;
  handle: string;
  /** Date the post was published, as resolved from its attribution line. */
  posted: IsoDate | null;
  sentenceIds: string[];
}

export type QuoteKind = 'full' | 'fragment';

export interface Quote {
  id: string;
  sourceId: string;
  /** Canonical entity id of the speaker; `null` when the speaker is not a known entity. */
  speakerId: string | null;
  /** Display name: the entity's name, or the words naming the speaker ("a lot of people"). */
  speakerName: string;
  /** Lemma of the attribution verb ("say", "add", "tell"); `null` when none was found. */
  cue: string | null;
  text: string;
  kind: QuoteKind;
  sentenceIds: string[];
  /** The quotation this one is nested in (a speaker quoting someone else). */
  parentId: string | null;
  /** True when the quotation appears inside an embedded social post rather than the report. */
  social: boolean;
  lemmas: string[];
}

export interface Role {
  title: string;
  phrases: string[];
  country: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface Entity {
  id: string;
  /**
   * True for a person (or a place, organisation or group the text describes) found in the articles but
   * absent from `entities.json`.
   */
  discovered: boolean;
  name: string;
  type: EntityType;
  /** What kind of person or body it is ("news agency", "newspaper"), for "which agency…?" questions. */
  kinds: string[];
  gender: 'male' | 'female' | null;
  description: string | null;
  aliases: string[];
  roles: Role[];
  /**
   * From `entities.json`, where it gives them: the country the entity belongs to, and, for a body that shares
   * a name with another, the day it came into being and the other's names it goes by.
   */
  country?: string;
  founded?: IsoDate;
  sharedAliases?: string[];
  shortAliases?: string[];
  /** Sentences that mention the entity, in corpus order. */
  sentenceIds: string[];
  quoteIds: string[];
}

export interface NumberFact {
  id: string;
  sourceId: string;
  sentenceId: string;
  /** The figure as written ("between 800 and 1,000"). */
  text: string;
  value: number;
  /** Upper bound of a range; `null` for a single figure. */
  high: number | null;
  /**
   * From `lexicon.json`'s `countQualifiers` ("about", "more than") or `vagueCounts` ("thousands"); `offset`
   * for a distance in time ("four days later"), which counts nothing.
   */
  qualifier: string | null;
  /** What is counted, as written ("active-duty troops"). */
  counts: string;
  /** Lemma of the counted thing's head noun ("troop"). */
  countsLemma: string;
}

export interface DateFact {
  id: string;
  sourceId: string;
  sentenceId: string;
  /** The expression as written ("Saturday, 3 May"). */
  text: string;
  date: IsoDate;
  /** Last day of a range (`last week`); `null` for a single date. */
  end: IsoDate | null;
  precision: DatePrecision;
  /**
   * The clock time of day on `date`, `HH:MM` on a 24-hour clock ("11:30 a.m." → `11:30`); `null` when the
   * text gives none, and absent (read as `null`) in a file written before times were read.
   */
  time: string | null;
}

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  end: IsoDate | null;
  precision: DatePrecision;
  sourceId: string;
  sentenceId: string;
  dateFactId: string;
}

export interface KnowledgeCounts {
  sources: number;
  sentences: number;
  quotes: number;
  entities: number;
  numbers: number;
  dates: number;
  events: number;
}

export interface KnowledgeBase {
  schemaVersion: typeof KB_SCHEMA_VERSION;
  /** SHA-256 of the file's content without this field: equal knowledge, equal version. */
  version: string;
  counts: KnowledgeCounts;
  sources: Source[];
  sentences: Sentence[];
  socialPosts: SocialPost[];
  quotes: Quote[];
  entities: Entity[];
  numbers: NumberFact[];
  dates: DateFact[];
  timeline: TimelineEvent[];
}
