/**
 * What the annotator knows of one article while it reads it: the people it introduces, the genders the text
 * has told of them, who was named last, and the organisations named so far.
 */
import type { ArticlePeople } from './article-people.ts';
import type { EntityData } from './entity-data.ts';
import type { BodiesByParagraph } from './shared-names.ts';
import type { WorkingSentence } from './working.ts';

/** What the annotator knows of one article while it reads it. */
export interface ArticleState {
  people: ArticlePeople;
  /** Gender of each discovered person, learnt from an honorific, a title or the pronoun that follows. */
  genders: Map<string, 'male' | 'female' | null>;
  /**
   * The last discovered person named whose gender is not yet known, and the paragraph: the next "he" or
   * "she" in that paragraph tells it. `sentence` and `token` say where they were named, read only when a
   * pronoun opening the next paragraph's quotation asks whether they were the subject of a verb of saying.
   */
  awaitingGender: { id: string; paragraph: number; sentence: WorkingSentence; token: number } | null;
  /**
   * For each discovered person, how many sentences have a "he"/"she" standing for them, and the last of
   * them: a gender pronouns in two sentences agree on is no guess an honorific overturns.
   */
  pronounSentences: Map<string, { count: number; last: number }>;
  /** Discovered people, most recently named first. */
  recent: string[];
  /** Organisations named so far, most recent first, with the lower-case words of their names. */
  organisations: Array<{ id: string; words: ReadonlySet<string> }>;
  /**
   * The sentence whose subject an intensive reflexive set apart ("Villa himself was not in the fight"), with
   * the reflexive's gender: a pronoun opening the next sentence goes on about that name.
   */
  reflexiveFocus: { sentence: WorkingSentence; gender: 'male' | 'female' } | null;
  /** Known people's one-word aliases that name someone else in this article (see surnames-of-others.ts). */
  surnamesOfOthers: ReadonlySet<string>;
  /** The body each mention by a shared name means, per paragraph and token (see shared-names.ts). */
  bodies: BodiesByParagraph;
}

/** A known entity, or a person this article introduced, as entity data. */
export function articleEntity(
  entities: ReadonlyMap<string, EntityData>,
  id: string,
  state: ArticleState | null,
): Pick<EntityData, 'id' | 'name' | 'type'> | undefined {
  const known = entities.get(id);
  if (known) return known;
  const person = state?.people.get(id);
  return person ? { id: person.id, name: person.name, type: person.kind ?? 'person' } : undefined;
}

/** What the text says of a person's gender (an honorific, a title, a pronoun); `null` when it says nothing. */
export function saidGender(
  entities: ReadonlyMap<string, EntityData>,
  id: string,
  state: ArticleState | null,
): 'male' | 'female' | null {
  return entities.get(id)?.gender ?? state?.genders.get(id) ?? null;
}

/** What the text says of a person's gender, else what their first name suggests; `null` when neither does. */
export function articleGender(
  entities: ReadonlyMap<string, EntityData>,
  id: string,
  state: ArticleState | null,
): 'male' | 'female' | null {
  return saidGender(entities, id, state) ?? state?.people.get(id)?.nameGender ?? null;
}

/** Counts the sentence (`key`, unique per sentence of the article) as one with a pronoun standing for `id`. */
export function countPronounSentence(state: ArticleState, id: string, key: number): void {
  const seen = state.pronounSentences.get(id);
  if (!seen) state.pronounSentences.set(id, { count: 1, last: key });
  else if (seen.last !== key) state.pronounSentences.set(id, { count: seen.count + 1, last: key });
}

/**
 * True when an honorific's `gender` is not the one pronouns in two sentences or more have settled for
 * person `id`: the honorific and surname name someone else of the surname.
 */
export function otherThanSettled(state: ArticleState, id: string, gender: 'male' | 'female'): boolean {
  const settled = state.genders.get(id);
  return !!settled && settled !== gender && (state.pronounSentences.get(id)?.count ?? 0) >= 2;
}

/**
 * A pronoun continuing a person the article introduced, whose gender it has not said yet, says it: it is
 * theirs from here on.
 */
export function learnGender(state: ArticleState, id: string, gender: 'male' | 'female'): void {
  if (!state.genders.get(id) && state.people.get(id)) state.genders.set(id, gender);
}
