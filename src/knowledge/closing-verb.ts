/**
 * The verb of a tag that closes on itself after quoted words: '"Viva Villa!" the raiders cried.', '"We are
 * not three hundred," one of the prisoners complained.', '"…, I know that," he allowed.' A short subject (a
 * description with "the", "one of" a group, or a person's pronoun) then a verb with nothing after it in its
 * clause but an adverb or a few words of manner ("in unison") hands the words before it over, whatever the
 * verb: the frame says it, as it does for a name ('"…," Cantú joked'). Read from the parse's parts of speech,
 * bounded in tokens.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { spansStartingIn } from '../nlp/analysis.ts';

/** Parts of speech a described subject is made of ("the mounted raiders", "one of the Rangers"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
/** Tokens at most of such a subject ("one of the Illinois boys"). */
const MAX_SUBJECT_TOKENS = 6;
/** Tokens at most after the verb before its clause ends ("in reply", "as they rode in"). */
const MAX_TAIL_TOKENS = 4;
/** Parts of speech that may open what follows the verb in its clause: how or when it was said, no object. */
const OPENING_TAIL_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'SCONJ']);
/** Pronouns for people that may stand as the whole subject of a closing verb ('"…," he allowed.'). */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** The verb of reading out, which hands a document's words over, not the reader's. */
const READ = 'read';
/** Marks that end the tag's clause. */
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '"', '“', '”']);

/**
 * The token of the verb closing a tag right after a quotation (`after`: the tokens after its closing mark, in
 * order), when the subject before it is described ("the raiders", "one of the strikers") or a person's pronoun
 * ("he", "she", "they"), or with `pointed` 'it' is "it" (a document named before: '"…," it reads in part.'),
 * and the clause ends with no object after the verb; `null` otherwise. Whether the words hand over (a comma,
 * "!" or "?" closing them) is the caller's to check.
 */
export function closingVerb(
  analysis: Analysis,
  after: readonly number[],
  pointed: 'described' | 'it' = 'described',
): number | null {
  const opens = after.findIndex((t) => analysis.tokens[t]?.pos !== 'PUNCT');
  const words = opens < 0 ? [] : after.slice(opens);
  const opening = wordAt(analysis, words, 0);
  if (!opening) return null;
  // "the raiders", "one of the men": a description, never a name (a name's own verb is read elsewhere).
  const oneOf = opening.normal === 'one' && wordAt(analysis, words, 1)?.normal === 'of';
  // '"…," it reads in part.': a thing the text has named carries the words, when the caller asks so.
  const it = pointed === 'it' && opening.normal === 'it' && opening.pos === 'PRON';
  // '"…, I know that," he allowed.': a person's pronoun alone is a subject as whole as a description.
  const personal = pointed === 'described' && opening.pos === 'PRON' && PERSONAL.has(opening.normal);
  if (pointed === 'it' ? !it : opening.normal !== 'the' && !oneOf && !personal) return null;
  let k = 1;
  let noun = it || personal;
  for (; k < words.length && k <= MAX_SUBJECT_TOKENS; k++) {
    const t = wordAt(analysis, words, k);
    if (!t) return null;
    if (t.pos === 'VERB' && noun) break;
    if (!SUBJECT_POS.has(t.pos)) return null;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  const verb = words[k];
  if (verb === undefined || wordAt(analysis, words, k)?.pos !== 'VERB') return null;
  // '"…," she read.': a person reading out gives the words to the document read (documents-read-aloud.ts).
  // After a pronoun the verb ends the clause: '"…," he went on.' carries the last speaker on, with the
  // sentence that named them (attribution.ts).
  if (
    personal &&
    (wordAt(analysis, words, k)?.lemma === READ ||
      !CLAUSE_END.has(wordAt(analysis, words, k + 1)?.value ?? '.'))
  )
    return null;
  // Nothing but how or when it was said up to the clause's end: "cried.", "shouted in unison.", "cried as
  // they rode in"; a word right after the verb that is not one of manner or time is its object or another
  // verb's ("the soldiers began work", "the men laughed and went").
  for (let j = k + 1; j < words.length; j++) {
    const t = wordAt(analysis, words, j);
    if (!t || CLAUSE_END.has(t.value)) return verb;
    if (j - k > MAX_TAIL_TOKENS) return null;
    if (j === k + 1 && !OPENING_TAIL_POS.has(t.pos)) return null;
    if (t.pos === 'CCONJ') return null;
  }
  // The sentence ends with the tag.
  return verb;
}

/** Tokens at most of a description after a verb of saying ("the soldiers of the garrison"). */
const MAX_DESCRIBED_AFTER = 7;

/**
 * '"Down with the tyrant!" shouted the crowd.': the words after a verb of saying (`afterVerb`, in order) when
 * they are a description opening with "the", made of modifiers and ending in a noun, and end the clause;
 * as written, `null` otherwise. Whether it is someone the article named is for the caller to try first.
 * '"I clapped," said the man at the next stall.': a noun for a person (`isPersonNoun`) may be placed by one
 * phrase after it ("at the next stall", "from Comitán"), which is then part of the description.
 */
export function describedAfterVerb(
  analysis: Analysis,
  afterVerb: readonly number[],
  nouns?: { isPersonNoun(lemma: string): boolean; isCommunicationNoun(lemma: string): boolean },
): { speakerId: null; speakerName: string } | null {
  const first = analysis.tokens[afterVerb[0] ?? -1];
  if (!first || first.normal !== 'the') return null;
  let k = 1;
  /** Where the phrase placing the person starts, once one has. */
  let placed = -1;
  for (; k < afterVerb.length && k <= MAX_DESCRIBED_AFTER + (placed < 0 ? 0 : MAX_PLACING_TOKENS); k++) {
    const t = analysis.tokens[afterVerb[k] ?? -1];
    if (!t || CLAUSE_END.has(t.value)) break;
    const prev = analysis.tokens[afterVerb[k - 1] ?? -1];
    // "the soldiers of the garrison": what they belong to goes on describing them.
    const belonging = t.normal === 'of' || (t.pos === 'DET' && prev?.normal === 'of');
    if (
      placed < 0 &&
      nouns &&
      PLACING.has(t.normal) &&
      prev?.pos === 'NOUN' &&
      nouns.isPersonNoun(prev.lemma)
    ) {
      placed = k;
      continue;
    }
    if (placed >= 0 ? !PLACED_POS.has(t.pos) : !DESCRIBED_POS.has(t.pos) && !belonging) return null;
    // "said the spokesman in a statement": how the words came, not where the speaker stood.
    if (placed >= 0 && t.pos === 'NOUN' && nouns?.isCommunicationNoun(t.lemma)) return null;
  }
  const last = analysis.tokens[afterVerb[k - 1] ?? -1];
  const end = analysis.tokens[afterVerb[k] ?? -1];
  // "the woman from Comitán": a name ends the phrase only after "from" ("the soldier in Spanish", "the officer in
  // English" are the language the words came in).
  const placing = placed >= 0 ? analysis.tokens[afterVerb[placed] ?? -1]?.normal : undefined;
  // "said the soldier in the morning": a time, not a place.
  if (
    placed >= 0 &&
    spansStartingIn(analysis.ner, afterVerb[placed] ?? 0, (afterVerb[k - 1] ?? 0) + 1).some((n) =>
      TIME_ENTITIES.has(n.name),
    )
  )
    return null;
  const lastPos = placing === 'from' ? ['NOUN', 'PROPN'] : ['NOUN'];
  if (
    k < 2 ||
    k - 1 === placed ||
    !last ||
    !lastPos.includes(last.pos) ||
    (end !== undefined && !CLAUSE_END.has(end.value))
  )
    return null;
  return { speakerId: null, speakerName: analysis.text.slice(first.start, last.end) };
}

/** Prepositions that place a person a description names: "the man at the next stall", "the woman from Comitán". */
const PLACING: ReadonlySet<string> = new Set(['at', 'from', 'in', 'near', 'outside', 'behind', 'beside']);
/** wink-nlp's entities of a time, which no phrase placing a person is. */
const TIME_ENTITIES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DURATION']);
/** Tokens at most of the phrase that places them. */
const MAX_PLACING_TOKENS = 5;
/** Parts of speech of the phrase that places them. */
const PLACED_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);

/** Parts of speech of the words after "the" in such a description ("the angry crowd", "the two men"). */
const DESCRIBED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM']);

/**
 * The token of entry `k` of `words`, if any. A module function, not a closure named in each call: tsx's
 * `keepNames` defines such a closure's name each time one is made, which cost more than its calls.
 */
function wordAt(analysis: Analysis, words: readonly number[], k: number): Token | undefined {
  return analysis.tokens[words[k] ?? -1];
}
