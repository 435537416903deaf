/**
 * "What time of day did it start?", "what year was that?", "how many men were there?": a follow-up whose
 * subject is the last answer's event, place or time, pointed to by "it", "that", "there" or "then" rather than
 * named. What it points to is in the articles the conversation was answered from, not in an article no turn
 * touched that happens to hold the rest of its words ("the attack began at five in the morning" of another
 * attack), so those articles are asked first.
 */
import type { Draft } from './handlers.ts';
import type { ConversationState } from './memory.ts';
import type { Understanding } from './understanding.ts';

/**
 * "It" anywhere; "that" or "this" as a subject ("was that", "did this") or before a time ("that morning");
 * "there" that is no "there was" nor "was there"; "that", "this", "then" or "there" at the end.
 */
const POINTS_TO_THING =
  /\bit\b|\b(?:was|is|were|did|does|do|has|had)\s+(?:that|this)\b|\b(?:that|this)\s+(?:day|night|morning|afternoon|evening|week|month|year)\b|(?<!\b(?:is|are|was|were)\s+)\bthere\b(?!\s+(?:is|are|was|were|be|been|will|would)\b)|\b(?:that|this|then|there)[?!. ]*$/i;

/**
 * True when `u`, asked alone after an answer (`afterAnswer`), points back with "it", "that", "there" or "then"
 * and names no one itself, nor a person by pronoun, in a conversation with articles to ask it of.
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
    POINTS_TO_THING.test(u.text)
  );
}

/**
 * `draft` when it cites one of `sources` (the conversation's articles) or there are none to keep to (`null`);
 * else what `ofSources` finds in them, which may be nothing: an event another article tells of is not the one
 * "it" points to.
 */
export function inConversationArticles(
  draft: Draft | null,
  sources: readonly string[] | null,
  ofSources: () => Draft | null,
): Draft | null {
  if (!sources || !draft || draft.evidence.some((e) => sources.includes(e.sourceId))) return draft;
  return ofSources();
}
