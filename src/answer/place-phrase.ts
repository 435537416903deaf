/**
 * A place a sentence puts someone or something at by its grammar, when the knowledge holds no place entity
 * for it: "has returned to duty at Camp Pendleton, Calif.", "was lodged in the Cochise County jail". A
 * locative preposition before a capitalised name says where, as a place entity's mention does, unless the
 * name is a month or weekday ("in March") or a person or body the sentence mentions ("to Trump").
 */
import type { Sentence } from '../knowledge/schema.ts';
import { isCalendarName } from '../nlp/calendar-words.ts';

/** Group 1: the first capitalised word after a preposition of place (and an article). */
const LOCATIVE_NAME = /\b(?:at|in|into|near|inside|outside|to)\s+(?:the\s+)?(\p{Lu}[\p{Ll}'’-]+)/gu;

/** Where in `text` a capitalised word after a preposition of place (and an article) starts: a place's name. */
export function placeNameStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const m of text.matchAll(LOCATIVE_NAME))
    starts.add((m.index ?? 0) + m[0].length - (m[1] ?? '').length);
  return starts;
}

/**
 * True when `sentence` names a place after a preposition of place; `isPlaceless(id)` is true of a mentioned
 * entity that is no place (a person, a body), whose name after "to" or "at" says whom, not where.
 */
export function namesPlaceByPreposition(sentence: Sentence, isPlaceless: (id: string) => boolean): boolean {
  const others = new Set(
    sentence.mentions
      .filter((m) => m.via === 'alias' && isPlaceless(m.entityId))
      .flatMap((m) => m.text.split(/\s+/)),
  );
  for (const m of sentence.text.matchAll(LOCATIVE_NAME)) {
    const word = m[1] ?? '';
    if (!isCalendarName(word) && !others.has(word)) return true;
  }
  return false;
}
