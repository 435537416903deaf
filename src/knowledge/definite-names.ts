/**
 * Named things called again by the head of their name: an article names a place or a thing once in full
 * ("The wall through Organ Pipe Cactus National Monument…") and then says "the monument" ("The monument was
 * established in 1937"). Within one article, "the" and a lower-case noun stand for the one capitalised name
 * given before whose head is that noun (the last word, or the word before "of": "the department" for the
 * Department of Homeland Security), when exactly one such name was given. People are not read here: their
 * names end in a surname ("the wall" is not Captain John Wall), and their roles are read elsewhere
 * (named-again.ts); a name the pipeline found as a person's is no name of a thing.
 */
import { singularOf } from '../nlp/singular.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { DISCOVERED_PREFIX } from './discovered-person.ts';
import { lowerBound, type Analysis, type Token } from '../nlp/pipeline.ts';
import { MentionIndex } from './mention-index.ts';
import type { NamedAgain } from './schema.ts';
import { contentLemmas } from './sentence-records.ts';
import type { WorkingSentence } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /\p{Ll}/u;
const P2 = /^\p{L}+$/u;

/** The fewest words of a name for its last one to be a noun the article can call it by. */
const MIN_NAME_WORDS = 2;
/** The fewest capitalised words of a line read as written in title case. */
const MIN_TITLE_WORDS = 3;
/** The word joining the parts of a name ("Department of Homeland Security"), whose head goes before it. */
const JOINING = 'of';

/** A name the article gave: its words as written, lower case for comparing, and its content lemmas. */
interface GivenName {
  text: string;
  /** True when the head is written as a plural ("Springs"). */
  plural: boolean;
  words: readonly string[];
  lemmas: readonly string[];
}

/**
 * For each sentence of an article, in order, the definite descriptions in it that stand for a name given
 * before ("the monument" for Organ Pipe Cactus National Monument); sentences with none are left out.
 */
export function definiteNames(sentences: readonly WorkingSentence[]): Map<WorkingSentence, NamedAgain[]> {
  const byHead = new Map<string, GivenName[]>();
  /** Nouns the article says "the" before with no name to stand for. */
  const alone = new Set<string>();
  const out = new Map<WorkingSentence, NamedAgain[]>();
  for (const s of sentences) {
    const { analysis } = s;
    const found: NamedAgain[] = [];
    // A headline, another story's headline or a line in title case capitalises every word: no names.
    const names = s.kind !== 'headline' && s.kind !== 'related' && !titleCase(analysis, s);
    let introduced: MentionIndex | null = null;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const again = describedAt(analysis, t, s.tokenEnd, byHead, alone);
      if (again) found.push(again);
      if (!names) continue;
      const end = nameEnd(analysis.tokens, t, s.tokenEnd);
      if (end === null) continue;
      // An entity's name is the entity's: the pipeline reads it again by its own words (named-again.ts).
      if (
        !namesEntity(analysis, t, end) &&
        !namesPerson((introduced ??= introducedPeople(s)), analysis, t, end)
      )
        note(byHead, analysis, t, end);
      t = end - 1;
    }
    if (found.length > 0) out.set(s, found);
  }
  return out;
}

/** The description "the <noun>" opening at `t` when one name given before has that noun as its head. */
function describedAt(
  analysis: Analysis,
  t: number,
  end: number,
  byHead: ReadonlyMap<string, readonly GivenName[]>,
  alone: Set<string>,
): NamedAgain | null {
  const det = analysis.tokens[t];
  const noun = analysis.tokens[t + 1];
  if (det?.normal !== 'the' || !noun || t + 1 >= end || noun.pos !== 'NOUN' || !lowerWord(noun.value))
    return null;
  // "The spring of 1916", "the department of transportation": what follows says which one, not the name.
  const after = analysis.tokens[t + 2];
  if (t + 2 < end && after && (after.normal === JOINING || opensWithCapital(after.value))) return null;
  const key = singularOfHead(noun.lemma);
  const names = byHead.get(key);
  // "The border" said before any name ends in "Border" is the border itself, there and after.
  if (!names) alone.add(key);
  if (alone.has(key)) return null;
  const name = names?.length === 1 ? names[0] : undefined;
  // "The streets" are not Elizabeth Street; "the spring" may be Quitobaquito Springs.
  if (!name || (plural(noun) && !name.plural)) return null;
  return {
    text: analysis.text.slice(det.start, noun.end),
    name: name.text,
    lemmas: [...name.lemmas],
  };
}

/**
 * The end (exclusive) of a run of {@link MIN_NAME_WORDS} or more capitalised words starting at `t`, maybe
 * joined by "of" ("Army Corps of Engineers"); `null` when none starts there. A stop word ("The", "In") opens
 * none, and a word in capitals throughout ("U.S.", a heading's "QUITOBAQUITO SPRINGS") is no part of one.
 */
function nameEnd(tokens: readonly Token[], t: number, end: number): number | null {
  if (!nameWord(tokens[t])) return null;
  let last = t;
  for (let k = t + 1; k < end; k++) {
    const tok = tokens[k];
    if (nameWord(tok)) last = k;
    else if (!(tok?.normal === JOINING && tok.value === JOINING && nameWord(tokens[k + 1]))) break;
  }
  let words = 0;
  for (let k = t; k <= last; k++) if (nameWord(tokens[k])) words++;
  return words >= MIN_NAME_WORDS ? last + 1 : null;
}

/** Records the name over tokens [from, to) under its head. */
function note(byHead: Map<string, GivenName[]>, analysis: Analysis, from: number, to: number): void {
  const tokens = analysis.tokens.slice(from, to);
  const joint = tokens.findIndex((tok) => tok.value === JOINING);
  const head = joint > 0 ? tokens[joint - 1] : tokens.at(-1);
  if (!head) return;
  const given: GivenName = {
    text: analysis.text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0),
    plural: singularOfHead(head.normal) !== head.normal,
    words: tokens.map((tok) => tok.normal),
    lemmas: contentLemmas(analysis, from, to),
  };
  const key = singularOfHead(head.lemma);
  const names = byHead.get(key) ?? [];
  // "National Monument" after "Organ Pipe Cactus National Monument" is the same place, named shorter.
  const same = names.findIndex((n) => endsWith(n.words, given.words) || endsWith(given.words, n.words));
  if (same < 0) names.push(given);
  else if ((names[same]?.words.length ?? 0) < given.words.length) names[same] = given;
  byHead.set(key, names);
}

/** A word of a name: a capital and at least one small letter, not a stop word ("The", "At"). */
function nameWord(tok: Token | undefined): boolean {
  return tok !== undefined && !tok.stop && opensWithCapital(tok.value) && P1.test(tok.value);
}

/** True for a noun written as a plural ("streets"). */
function plural(tok: Token): boolean {
  return singularOfHead(tok.normal) !== tok.normal || tok.lemma !== tok.normal;
}

/**
 * True when tokens [from, to) hold an alias of an entity of the data (src/nlp/custom-entities.ts), found by
 * binary search in the paragraph's matches, which come in order and do not overlap.
 */
function namesEntity(analysis: Analysis, from: number, to: number): boolean {
  const { custom } = analysis;
  const first = lowerBound(0, custom.length, (i) => (custom[i]?.start ?? 0) < from);
  for (let i = Math.max(0, first - 1); i < custom.length; i++) {
    const c = custom[i];
    if (!c || c.start >= to) break;
    if (c.end > from && c.name.startsWith('entity:')) return true;
  }
  return false;
}

/**
 * True when tokens [from, to) overlap a mention of a person the article introduced, among `introduced`
 * ("Captain John Wall", "Judge Amos"): a surname is no head noun the article calls a thing by.
 */
function namesPerson(introduced: MentionIndex, analysis: Analysis, from: number, to: number): boolean {
  const tokens = analysis.tokens;
  return introduced.overlaps(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

/** The sentence's mentions of people the article introduced, indexed: it may name one thousands of times. */
function introducedPeople(s: WorkingSentence): MentionIndex {
  const people: WorkingSentence['mentions'] = [];
  for (const m of s.mentions) if (m.entityId.startsWith(DISCOVERED_PREFIX)) people.push(m);
  return new MentionIndex(s.analysis, people);
}

/** True when a sentence of three or more words has no word of letters in lower case but stop words. */
function titleCase(analysis: Analysis, s: WorkingSentence): boolean {
  let capitalised = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = analysis.tokens[t];
    if (!tok || tok.stop || !P2.test(tok.value)) continue;
    if (!opensWithCapital(tok.value)) return false;
    capitalised++;
  }
  return capitalised >= MIN_TITLE_WORDS;
}

/** True for a word opening with a small letter ("monument", not "Monument"). */
function lowerWord(value: string): boolean {
  return P1.test(value.charAt(0));
}

/** True when `words` end with the words `tail`. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** A lemma as a singular noun: the tagger leaves a capitalised plural as written ("engineers"). */
function singularOfHead(lemma: string): string {
  return singularOf(lemma, { longerThan: 3 });
}
