/**
 * A person the article brings in by a definite description that says who they are by what follows the noun
 * ("The mother of the young man who survived without injury spoke to our team by phone"): with no earlier
 * "a mother" to point back to, the complement itself picks the person out, so the description introduces
 * them as "a Kickapoo man who …" does.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** Tokens at most of the complement after the noun, a relative clause inside it included. */
const MAX_COMPLEMENT_TOKENS = 14;
/** Prepositions whose phrase after a person's noun says which person ("the mother of", "the cook at"). */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'on', 'for']);
/** Parts of speech of the words of a complement's noun phrase ("the young man", "the post mess hall"). */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const RELATIVES = new Set(['who', 'whose', 'that']);

/**
 * The last token of the description opening at `from` ("The") whose person noun is at `head`, when a
 * prepositional complement follows the noun ("of the young man", and a relative clause of its own "who
 * survived without injury") and the clause's own verb comes right after it ("spoke"); `null` when the noun
 * is followed by anything else, or the verb is not found within {@link MAX_COMPLEMENT_TOKENS} tokens before
 * `end`.
 */
export function definiteDescriptionEnd(
  analysis: Analysis,
  from: number,
  head: number,
  end: number,
): number | null {
  if (tokenAt(analysis, from).normal !== 'the') return null;
  if (!COMPLEMENT_PREPOSITIONS.has(analysis.tokens[head + 1]?.normal ?? '')) return null;
  /** Inside a relative clause: its first verb is the clause's, the next one the sentence's. */
  let relative = false;
  let relativeVerb = false;
  for (let k = head + 2; k < end && k - head <= MAX_COMPLEMENT_TOKENS; k++) {
    const tok = tokenAt(analysis, k);
    if (RELATIVES.has(tok.normal) && !relative) {
      relative = true;
      continue;
    }
    const verb = tok.pos === 'VERB' || tok.pos === 'AUX';
    // "who was hurt": the relative clause's verb runs on over its auxiliary.
    const previous = tokenAt(analysis, k - 1);
    const goesOn = relativeVerb && (previous.pos === 'AUX' || previous.pos === 'VERB');
    if (verb && relative && (!relativeVerb || goesOn)) {
      relativeVerb = true;
      continue;
    }
    if (verb) return k - 1 > head + 1 && (!relative || relativeVerb) ? k - 1 : null;
    if (tok.pos === 'PUNCT') return null;
    if (!relative && !PHRASE_POS.has(tok.pos)) return null;
    if (relativeVerb && tok.pos === 'PRON') return null;
  }
  return null;
}
