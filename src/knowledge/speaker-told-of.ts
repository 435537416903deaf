/**
 * A speaker the paper goes on telling of after their words: '"…," Mr. Dolan said. He passed the post on the
 * 29th.' then a paragraph of nothing but a quotation is still Dolan's. The sentence between speaks of no one
 * but the speaker, and of them at least once ("He"); the sentence after the words names no one and nothing
 * else ('"…." That was the opinion of Lieut. Frederick Ashby' hands them to Ashby, '"…." The Pentagon
 * confirmed the plan' to the Pentagon).
 */
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import { quoted } from './speakers.ts';

/**
 * True when `between` is the sentence right after `previous`'s, in its paragraph and of its kind, holds no
 * quotation of its own and names, outside quotations, the speaker of `previous` (a known entity) and no other
 * person, and `after` (the sentence after the new words in their paragraph, if any) names no one and nothing else.
 * `isPerson` tells a person's entity from a body's.
 */
export function toldOfSpeaker(
  previous: WorkingQuote,
  between: WorkingSentence,
  after: WorkingSentence | null,
  isPerson: (id: string) => boolean,
): boolean {
  const id = previous.speakerId;
  if (id === null || between.previous !== previous.sentence) return false;
  if (between.paragraph !== previous.sentence.paragraph || between.kind !== previous.sentence.kind)
    return false;
  if (between.quoteSpans.length > 0) return false;
  const people = (s: WorkingSentence) =>
    s.mentions.filter((m) => isPerson(m.entityId) && !quoted(s, m.token)).map((m) => m.entityId);
  const told = people(between);
  // '"…." The Pentagon confirmed the plan on Friday.': after the words, any other name, a body's too, may be the
  // speaker's.
  const named = (s: WorkingSentence) => s.mentions.filter((m) => !quoted(s, m.token)).map((m) => m.entityId);
  return (
    told.length > 0 && told.every((p) => p === id) && (after === null || named(after).every((p) => p === id))
  );
}
