/**
 * What a figure is given for, read from the tagged words: "paid $20 for the lot" is the lot's price, and answers
 * no question about the monument's ("How much did the committee pay for the monument?", "What was the price of
 * the monument?"). The question's object is the phrase "for" opens after its asked verb or noun, or "of" opens
 * after its asked noun; the figure's, the phrase "for" opens right after the figure and what it counts. Each is
 * named by the head of its noun phrase: the last noun of the run after the preposition.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Parts of speech a noun phrase may open with before its nouns ("the old", "two", "his"). */
const PHRASE_LEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/** Parts of speech of the nouns a phrase's head is the last of ("the stone fence", "the San Pedro lot"). */
const NOUN: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Longest run read for a noun phrase's head, in tokens. */
const MAX_PHRASE_TOKENS = 8;

/**
 * The head of the noun phrase starting at token `from`: the last noun of the first run of nouns, past words that
 * open a phrase; `null` when no noun follows, or the phrase is only a pronoun ("for it", "of them").
 */
export function phraseHead(tokens: readonly Token[], from: number): string | null {
  let head: string | null = null;
  const end = Math.min(tokens.length, from + MAX_PHRASE_TOKENS);
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (!t) break;
    if (NOUN.has(t.pos)) head = (t.lemma || t.normal).toLowerCase();
    else if (head !== null || !PHRASE_LEAD.has(t.pos) || (t.pos === 'PRON' && tokens[i + 1]?.pos !== 'NOUN'))
      break;
  }
  return head;
}

/**
 * What a question asks a figure for: the head of the phrase "for" opens right after a verb or a noun, or "of"
 * right after a noun ("pay for the monument", "the price of the monument"), at or after token `from` (where
 * "how much" is asked, or the start) and before the clause ends at a mark or a conjunction; `null` when it names
 * none. "How many of the men" asks a part, no object.
 */
export function askedObject(tokens: readonly Token[], from: number): string | null {
  for (let i = Math.max(1, from); i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    // "Which is more money: the grant for the rancho or …": past the asked clause, a phrase is a side's.
    if (!t || !before || t.pos === 'PUNCT' || t.pos === 'CCONJ') return null;
    if (t.pos !== 'ADP') continue;
    if (t.normal === 'for' && (before.pos === 'VERB' || NOUN.has(before.pos)))
      return phraseHead(tokens, i + 1);
    if (t.normal === 'of' && NOUN.has(before.pos)) return phraseHead(tokens, i + 1);
  }
  return null;
}

/**
 * What a figure is given for: the head of the phrase "for" opens right after the figure `text` and what it
 * counts (`counts`, "dollars" of "twenty dollars"), in the sentence `sentence` tagged as `tokens`; `null` when no
 * such phrase follows ("The fence cost $45").
 */
export function figureObject(
  sentence: string,
  tokens: readonly Token[],
  text: string,
  counts: string,
): string | null {
  if (text.length === 0) return null;
  const whole = counts && !text.toLowerCase().includes(counts.toLowerCase()) ? `${text} ${counts}` : text;
  // "$20" counts money, a word the sentence need not say.
  const said = sentence.includes(whole) ? whole : text;
  const at = sentence.indexOf(said);
  if (at < 0) return null;
  const after = tokens.findIndex((t) => t.start >= at + said.length);
  const t = tokens[after];
  return t && t.pos === 'ADP' && t.normal === 'for' ? phraseHead(tokens, after + 1) : null;
}

/** What tells two heads apart: their synonyms, and how WordNet relates them (a kind, the same synset). */
export interface ObjectWords {
  synonymsOf: (word: string) => readonly string[];
  related: (a: string, b: string) => boolean;
}

/**
 * True when a figure is given for another thing than the question asks it for: both name one, they are
 * neither the same word, synonyms, nor related by WordNet, and the figure's sentence names the asked thing
 * apart (`lemmas`): "paid $20 for the lot …, and the committee means to raise a monument there" gives the
 * lot's price, not the monument's. A sentence that never names the asked thing may name it in other words
 * ("pay for the land" — "paid $20 for the lot"), and its figure stands.
 */
export function givenForOther(
  asked: string,
  given: string | null,
  lemmas: readonly string[],
  words: ObjectWords,
): boolean {
  if (given === null || given === asked || !lemmas.includes(asked)) return false;
  if (words.synonymsOf(asked).includes(given) || words.synonymsOf(given).includes(asked)) return false;
  return !words.related(asked, given);
}
