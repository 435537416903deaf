/**
 * The same-surname rule: "Robert Grierson" in a question names someone else than Benjamin Grierson, whom the
 * coverage calls "Grierson", when the articles about him write "Robert" of another person ("his son Robert").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}/u;
/** A letter, which a word written on its own has on neither side. */
const LETTER = /\p{L}/u;
/** Words, for reading the few after a given name. */
const WORDS = /\p{L}+/gu;
/** Words after a given name that may come before the surname: a middle name or initial, a nickname. */
const NAME_GAP_WORDS = 2;
/** Characters read after a given name for {@link NAME_GAP_WORDS} words and the surname. */
const NAME_GAP_CHARS = 40;
/** A word written as a given name: a capital and small letters only ("Robert"; not "Col." nor "H."). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * True when `text` writes `given` as a word of its own, and not as the given name of `surname` (which would
 * follow it within {@link NAME_GAP_WORDS} words: "John S. 'Rip' Ford").
 */
export function writesOtherGivenName(text: string, given: string, surname: string): boolean {
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    const end = at + given.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    const next = text.slice(end, end + NAME_GAP_CHARS).match(WORDS) ?? [];
    if (!next.slice(0, NAME_GAP_WORDS + 1).includes(surname)) return true;
  }
  return false;
}

/** True when a sentence of `index` holding `lemma` passes `test`. */
export function someSentence(index: KnowledgeIndex, lemma: string, test: (s: Sentence) => boolean): boolean {
  let found = false;
  index.sentenceBm25.withScores(new Map([[lemma, 1]]), (_score, touched, count) => {
    for (let k = 0; k < count && !found; k++) {
      const s = index.sentences[touched[k] ?? -1];
      if (s && test(s)) found = true;
    }
  });
  return found;
}

/** What the rule asks of the question reader. */
export interface SameSurnameReader {
  /** True for a word that is a title or a noun for a person, no given name ("colonel", "gen", "general"). */
  notGiven: (normal: string) => boolean;
  /** True when a name the knowledge has starts at token `k` of the question. */
  namedAt: (k: number) => boolean;
}

/**
 * True when a given name written before a person's one-word name at token `t` is none of theirs: "Robert
 * Grierson" names someone else than Benjamin Grierson, whom the coverage calls "Grierson". The word before is
 * a proper noun written with a capital, of no name the question's other entities take, and no title or noun
 * for a person ("Colonel Hatch", "Gen. Pershing"), and the coverage never writes the two together ("Pancho
 * Villa", "Private Lytle" are written so); both words are written as a name, with no third before them; and
 * an article naming the person writes the given name of someone else ("his son Robert"), not followed by
 * their surname.
 */
export function namesOtherPerson(
  index: KnowledgeIndex,
  analysis: Analysis,
  t: number,
  id: string,
  reader: SameSurnameReader,
): boolean {
  const e = index.entities.get(id);
  const before = analysis.tokens[t - 1];
  if (e?.type !== 'person' || !before || before.pos !== 'PROPN' || !GIVEN_NAME.test(before.value))
    return false;
  const own = new Set(e.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)));
  if (
    own.has(before.normal) ||
    reader.notGiven(before.normal) ||
    analysis.custom.some((c) => c.start <= t - 1 && t - 1 < c.end) ||
    reader.namedAt(t - 1)
  )
    return false;
  // Both words written as a name, and no longer one: "San Ygnacio rancho" names a place.
  const name = analysis.tokens[t];
  const earlier = analysis.tokens[t - 2];
  if (!name || !P1.test(name.value) || (earlier !== undefined && P1.test(earlier.value) && t - 2 > 0))
    return false;
  const together = `${before.value} ${name.value}`.toLowerCase();
  if (someSentence(index, name.lemma, (s) => s.text.toLowerCase().includes(together))) return false;
  // A given name the person's own articles write of someone else ("his son Robert"): a question writing a
  // given name no article of theirs has ("John Pershing") may know the person better than the coverage.
  const theirs = new Set(e.sentenceIds.map((sid) => sid.slice(0, sid.indexOf('#'))));
  return someSentence(
    index,
    before.lemma,
    (s) => theirs.has(s.sourceId) && writesOtherGivenName(s.text, before.value, name.value),
  );
}
