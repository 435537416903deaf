/**
 * A question's verb read with the word after it as the one act WordNet writes in two words: "How many of the
 * captives broke loose?" asks who escaped, "when did the revolt turn out" what it proved. Read word by word,
 * "broke" and "loose" are said by no sentence that says "escaped"; read as one verb, WordNet's first senses of
 * "break_loose" name the act "escape" names. The table holds WordNet's two-word verbs (wordnet-build.ts), so
 * no list of particles is needed: the pair must be a WordNet verb, and the second word a particle, adverb or
 * adjective, not a preposition before its object ("came to the ceremony" is no "come_to", concern).
 */
import type { Token } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';

/** Parts of speech of a second word that makes one verb with the first ("broke loose", "turned out"). */
const SECOND_WORD_POS: ReadonlySet<string> = new Set(['ADP', 'PART', 'ADV', 'ADJ']);
/**
 * Prepositions that are never a verb's particle: "going to farm" is no "go_to" (attend), "get to Sonoma" no
 * "get_to" (annoy), "get rid of" no "rid_of". A closed class.
 */
const ONLY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'into',
  'onto',
  'of',
  'at',
  'for',
  'with',
  'from',
  'upon',
  'toward',
  'towards',
  'than',
]);
/** Parts of speech that open the noun phrase a preposition takes: "came to the ceremony", "waiting on the bank". */
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);

/** A two-word verb a question says: the lemmas of its words and the WordNet verb they make. */
export interface PhrasalVerb {
  verb: string;
  particle: string;
  /** The WordNet verb ("break_loose"). */
  phrasal: string;
}

/** The two-word WordNet verbs the tokens say, each a verb and the word right after it. */
export function phrasalVerbs(tokens: readonly Token[], wordnet: WordNet | null | undefined): PhrasalVerb[] {
  if (!wordnet) return [];
  const found: PhrasalVerb[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.pos !== 'VERB' || !next || !SECOND_WORD_POS.has(next.pos)) return;
    const verb = t.lemma.toLowerCase();
    const particle = next.normal.toLowerCase();
    // A preposition with its object after it is no particle of the verb ("fell in Nuevo Laredo").
    if (ONLY_PREPOSITIONS.has(particle)) return;
    if (next.pos === 'ADP' && OBJECT_START.has(tokens[i + 2]?.pos ?? '')) return;
    const phrasal = `${verb}_${particle}`;
    // A two-word verb the table holds has words of its own senses ("break_loose": "escape", "explode").
    if (wordnet.synonymsOf(phrasal).length > 0) found.push({ verb, particle, phrasal });
  });
  return found;
}

/**
 * The words WordNet gives for the two-word verbs a question word is part of ("break" and "loose" in "broke
 * loose" → "escape"), by the question's word; empty when it is part of none.
 */
export function phrasalSynonyms(
  tokens: readonly Token[],
  wordnet: WordNet | null | undefined,
): ReadonlyMap<string, { phrasal: string[]; synonyms: string[] }> {
  const out = new Map<string, { phrasal: string[]; synonyms: string[] }>();
  for (const p of phrasalVerbs(tokens, wordnet)) {
    const synonyms = wordnet?.synonymsOf(p.phrasal) ?? [];
    for (const w of [p.verb, p.particle]) {
      const known = out.get(w) ?? { phrasal: [], synonyms: [] };
      known.phrasal.push(p.phrasal);
      known.synonyms.push(...synonyms.filter((s) => s !== w && !known.synonyms.includes(s)));
      out.set(w, known);
    }
  }
  return out;
}
