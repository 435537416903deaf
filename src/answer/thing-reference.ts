/**
 * "What time of day did it start?", "what year was that?", "how many men were there?": a follow-up whose
 * subject is the last answer's event, place or time, pointed to by "it", "that", "there" or "then" rather than
 * named. What it points to is in the articles the conversation was answered from, not in an article no turn
 * touched that happens to hold the rest of its words ("the attack began at five in the morning" of another
 * attack), so those articles are asked first.
 */
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understanding.ts';

/** Words that point back to the last answer's event, place or time. */
const POINTERS = new Set(['it', 'that', 'this', 'there', 'then']);
/** Pointers that stand for a thing, as a subject or object; "there" and "then" stand for a place or time. */
const THING_POINTERS = new Set(['it', 'that', 'this']);
/**
 * Nouns a question about the event pointed to may still hold: when it happened and how much of it ("what time
 * of day did it start?", "how many miles was it?"). Any other noun is the question's own subject.
 */
const TIME_AND_MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'time',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'hour',
  'minute',
  'week',
  'month',
  'year',
  'date',
  'season',
  'century',
  'decade',
  'mile',
  'kilometer',
  'kilometre',
  'foot',
  'feet',
  'meter',
  'metre',
  'yard',
  'acre',
  'dollar',
  'peso',
  'percent',
  'cost',
  'price',
  'size',
  'length',
  'distance',
  'number',
  'total',
]);

/**
 * True when the question's tokens point back with "it", "that" or "this" as its subject or object (not after
 * a preposition, nor "that" opening a clause or a noun of its own: "that morning" is a time), or with "there"
 * or "then" (not "there was"), and hold no noun of their own beyond time or measure words: "How much did
 * contractors say it cost per mile?" asks about the contractors' barrier, not the last answer's event.
 */
function pointsBack(u: Understanding): boolean {
  const tokens = u.analysis.tokens;
  const ownNoun = tokens.some(
    (t) =>
      (t.pos === 'NOUN' || t.pos === 'PROPN') &&
      !TIME_AND_MEASURE_NOUNS.has(t.lemma) &&
      !POINTERS.has(t.normal),
  );
  if (ownNoun) return false;
  return tokens.some((t, i) => {
    if (!POINTERS.has(t.normal)) return false;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (THING_POINTERS.has(t.normal)) return previous?.pos !== 'ADP' && previous?.pos !== 'SCONJ';
    // "was there a fight?", "there were": "there" that only says something is, points nowhere.
    return !(
      t.normal === 'there' &&
      (next?.pos === 'AUX' || previous?.pos === 'AUX') &&
      i < tokens.length - 2
    );
  });
}

/**
 * True when `u`, asked alone after an answer (`afterAnswer`), points back with "it", "that", "there" or "then"
 * and names nothing itself (no one, no person by pronoun, no noun beyond time and measure words), in a
 * conversation with articles to ask it of.
 */
export function pointsToLastThing(
  u: Understanding,
  afterAnswer: boolean,
  conversation: ConversationState,
): boolean {
  return (
    afterAnswer &&
    u.pronoun === null &&
    u.entities.length === 0 &&
    u.years.length === 0 &&
    conversation.lastSources.length > 0 &&
    pointsBack(u)
  );
}
