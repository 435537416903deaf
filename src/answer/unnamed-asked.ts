/**
 * Whether a person a sentence names may be the one a name question asks about ("what was the name of the ATF
 * agent in Phoenix who went to Senate investigators?"), when the text does not link the name to the asked
 * noun itself. A sentence that speaks of the asked one without a name ("…when an ATF agent in Phoenix went to
 * Senate investigators") names somebody else when it names anyone: an indefinite article before the noun is
 * how English says the one is not identified. And a sentence that does not say the asked act ("the man
 * arrested…") is about someone else of the kind ("…organized by John Hays Hammond"). Reads the question's
 * verbs and the sentence's words; English grammar, not the coverage's words.
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';

/** Articles and words that introduce one not identified ("a man", "an ATF agent", "another agent"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'some']);
/** Words that may stand between the article and the noun ("an ATF agent", "a young Mexican man"). */
const BETWEEN: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How many such words are looked over back from the noun. */
const BETWEEN_REACH = 3;
/** Endings that make a noun of a verb's lemma ("killing" of "kill", "arrest" is its own). */
const ACT_NOUN_ENDINGS: ReadonlySet<string> = new Set(['ing', 'ion', 'ment', 's']);
/** Verbs of a question that ask no act ("what was the name…", "what is it called"). */
const NO_ACT: ReadonlySet<string> = new Set(['be', 'have', 'do', 'name', 'call', 'know']);

/** The lemmas of the acts a question asks of its person ("arrested", "went"): its verbs but the naming ones. */
export function askedActs(question: Analysis): string[] {
  return question.tokens
    .filter((t) => t.pos === 'VERB' && !NO_ACT.has(t.lemma) && t.type === 'word')
    .map((t) => t.lemma);
}

/** True when the sentence's tokens speak of one of `isNoun` with an indefinite article ("an ATF agent"). */
export function speaksOfOneUnnamed(tokens: readonly Token[], isNoun: (t: Token) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.pos !== 'NOUN' || !isNoun(t) || t.normal !== t.lemma) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= BETWEEN_REACH && BETWEEN.has(tokens[k]?.pos ?? '')) k--;
    if (INDEFINITE.has(tokens[k]?.normal ?? '')) return true;
  }
  return false;
}

/**
 * True when a sentence may name the asked person without linking the name to the noun: it says each asked
 * act (its lemma or a noun of it, "killing"; a word vector neighbour is too loose, "way" of "go") and speaks
 * of no one of the noun unnamed.
 */
export function mayNameAsked(
  sentence: { lemmas: readonly string[]; tokens: readonly Token[] },
  acts: readonly string[],
  isNoun: (t: Token) => boolean,
): boolean {
  const saysActs = acts.every((a) =>
    sentence.lemmas.some((l) => l === a || (ACT_NOUN_ENDINGS.has(l.slice(a.length)) && l.startsWith(a))),
  );
  return saysActs && !speaksOfOneUnnamed(sentence.tokens, isNoun);
}

/** Parts of speech after the noun that end its phrase without saying which one ("an illness." "an illness and"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ', 'VERB', 'AUX']);
/** Verbs after the noun that give its name ("a book called…", "a battalion known as…"). */
const NAMING: ReadonlySet<string> = new Set(['call', 'name', 'know', 'title', 'dub']);
/** Marks after the noun that open what it is ("an illness, pneumonia", "a book: …"). */
const OPENING_MARKS: ReadonlySet<string> = new Set([',', ':', '(', '"', '“']);

/**
 * True when the words after a noun say which one it is: a name or noun right after it, a mark opening an
 * apposition, a verb of naming ("an illness called…"), or "of" with anything but a measure ("an illness of several months" is a length of time).
 */
function saysWhich(next: Token | undefined, after: Token | undefined): boolean {
  if (!next) return false;
  if (!PHRASE_ENDS.has(next.pos) || OPENING_MARKS.has(next.normal) || NAMING.has(next.lemma)) return true;
  return next.normal === 'of' && !(after?.pos === 'NUM' || MEASURE_WORDS.has(after?.normal ?? ''));
}

/** Words after "of" that make its phrase a measure of the noun ("an illness of several months"), not its kind. */
const MEASURE_WORDS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some']);

/**
 * True when the tokens say the asked noun and only as one not identified: each time with an indefinite article
 * and nothing after it saying which ("after an illness of several months" says no illness; "an illness,
 * pneumonia" or "an illness called…" does). A measure after "of" says how long or much, not which.
 */
export function saysOnlyUnnamed(tokens: readonly Token[], isNoun: (t: Token) => boolean): boolean {
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.pos !== 'NOUN' || !isNoun(t)) continue;
    let k = i - 1;
    while (k >= 0 && i - k <= BETWEEN_REACH && BETWEEN.has(tokens[k]?.pos ?? '')) k--;
    if (!INDEFINITE.has(tokens[k]?.normal ?? '')) return false;
    if (saysWhich(tokens[i + 1], tokens[i + 2])) return false;
    seen = true;
  }
  return seen;
}
