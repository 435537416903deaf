/**
 * A person a comparison names as what its sides differ about, not as a side: "How do Villaseñor and General
 * Amaya differ on the size of Bravo's force?", "Capt. Whitcomb and Maj. Teague give different pictures of
 * Funston's health". The sides are named before the word that compares; a person named after it, as the owner
 * of the thing compared ("Bravo's force") or after "about", "on" or "over", or anywhere in what "about" opens
 * right after the comparing word ("disagree about the way Walker was killed"), is the topic the sides are asked
 * of.
 * An owner right after the comparing word and its preposition is a side: in "Did Scott and Funston agree with
 * Pershing's view?" the two are set against Pershing.
 */

/** A word that sets the sides named before it against each other. */
const COMPARING = /\b(?:differ\w*|different|disagree\w*|agree\w*|compar\w*|dispute\w*|contradict\w*)\b/i;
/** A possessive with the thing owned after it ("Bravo's force"), not a side worded alone ("Hartwell's?"). */
const OWNER_OF_NEXT = /^(?:'s|’s|'|’)\s+\p{L}/u;
/** The comparing word's own object, right after it: "agree with", "compare to", "differ from", "contradict". */
const SIDE_AFTER_COMPARING = /^\s*(?:(?:with|to|from|than)\s+)?(?:the\s+)?$/;
/** A preposition naming what is talked of, just before the name ("about Arista", "on the general"). */
const TOPIC_BEFORE = /\b(?:about|on|over|regarding)\s+(?:the\s+)?$/i;
/**
 * Words right after the comparing word that open what is talked of, the name further on: "disagree about the
 * way Walker was killed", "agree about whether George Daly was to blame", "differ as to how Crook died". Not
 * "on" or "over", which as often place the sides' words ("agree on the radio with Pershing"). The topic ends
 * at "with", "and" or "from", which name a side again ("disagree about the raid with Boggs").
 */
const TOPIC_OPENS = /^\s*(?:about|regarding|as to)\b(?!.*\b(?:with|and|from)\b)/i;

/** Where a question names a person: the start and end of the first naming in its lower-case text. */
export interface Naming {
  at: number;
  end: number;
}

/**
 * The ids of `named` (in the order named, each with where `lower` names it) to keep as sides: without those
 * named as the topic after the comparing word, when at least two sides named before it are left. All of
 * `named` otherwise.
 */
export function withoutComparedTopic(
  lower: string,
  named: readonly string[],
  where: (id: string) => Naming | null,
): string[] {
  const comparing = COMPARING.exec(lower);
  if (!comparing || named.length < 3) return [...named];
  const from = comparing.index;
  const after = from + comparing[0].length;
  const topic = (id: string) => {
    const w = where(id);
    if (!w || w.at < from) return false;
    if (TOPIC_BEFORE.test(lower.slice(0, w.at)) || TOPIC_OPENS.test(lower.slice(after, w.at))) return true;
    return OWNER_OF_NEXT.test(lower.slice(w.end)) && !SIDE_AFTER_COMPARING.test(lower.slice(after, w.at));
  };
  const kept = named.filter((id) => !topic(id));
  const before = kept.filter((id) => (where(id)?.at ?? Infinity) < from);
  return kept.length < named.length && before.length >= 2 && before.length === kept.length
    ? kept
    : [...named];
}
