/**
 * Who led a body of people as war reporting writes it: "the Mississippi Riflemen of Col. Jefferson Davis" (a
 * body named as a titled officer's), "Col. Dodd's men rode fifty-five miles" (the men of one). Only a person
 * the coverage gives a title is read so: "the ranch of Hollis Brannock" names an owner, not a leader.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { WordNet } from '../nlp/wordnet.ts';
import { namesPeople } from './counted-otherwise.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;
/** Capitalised words between "of" and the mention of a name ("of Col. Jefferson Davis"). */
const MAX_WORDS_BEFORE_NAME = 4;
/** The possessive's ending ("Dodd's", "Dodd’s", "the Rangers'"). */
const POSSESSIVE = /^['’]s?$/;

/** What the check needs to know of words and people. */
export interface BodyLeaderReading {
  /** True for a person the coverage gives a title or rank. */
  titled: (id: string) => boolean;
  /** True for a noun counting people ("men", "troopers", "riflemen"). */
  countsPeople: (lemma: string) => boolean;
  /** True for a title word, lower case ("secretary"): "Secretary of War Baker" names an office, not a body. */
  isTitle: (word: string) => boolean;
}

/** The titled person of `spans` a body of people in the sentence is named as belonging to, or `null`. */
export function titledLeaderOfBody(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  reading: BodyLeaderReading,
): string | null {
  for (const m of spans) {
    if (!reading.titled(m.entityId)) continue;
    // "Col. Dodd's men": the possessive before a noun for people.
    const owned = tokens[m.end + 1];
    if (
      POSSESSIVE.test(tokens[m.end]?.normal ?? '') &&
      owned?.pos === 'NOUN' &&
      reading.countsPeople(owned.lemma)
    )
      return m.entityId;
    // "the Mississippi Riflemen of Col. Jefferson Davis": a body of people, then "of" and the titled name.
    let k = m.start - 1;
    while (
      k >= 0 &&
      m.start - k <= MAX_WORDS_BEFORE_NAME &&
      (P1.test(tokens[k]?.value ?? '') || tokens[k]?.value === '.')
    )
      k--;
    if (tokens[k]?.normal !== 'of') continue;
    const body = tokens[k - 1];
    if (
      body &&
      !reading.isTitle(body.normal) &&
      (body.pos === 'PROPN' || body.pos === 'NOUN') &&
      (P1.test(body.value) || reading.countsPeople(body.lemma))
    )
      return m.entityId;
  }
  return null;
}

/**
 * Words of WordNet's military bodies ("force", "unit", "personnel") and of a formation of people: a noun whose
 * first sense is one of them within {@link BODY_KIND_STEPS} steps names a body that can be led ("army",
 * "regiment", "cavalry", "militia", "column"), where the data's people nouns name its members.
 */
const BODY_KINDS: readonly string[] = ['force', 'unit', 'personnel', 'formation'];
/** Hypernym steps from a noun to {@link BODY_KINDS}: "cavalry" is soldiery, troops, force (2). */
export const BODY_KIND_STEPS = 3;

/**
 * True when `lemma` names people ({@link namesPeople}: "troops", "lancers") or a body of them that is led
 * ("army", "column").
 */
export function namesBodyOfPeople(
  lemma: string,
  countsPeople: (lemma: string) => boolean,
  wordnet: WordNet | null | undefined,
): boolean {
  if (namesPeople(lemma, countsPeople, wordnet)) return true;
  const kinds = wordnet?.nounKindWords(lemma, BODY_KIND_STEPS);
  return !!kinds && BODY_KINDS.some((k) => kinds.has(k));
}

/** Words of a name after "under", titles and initials with it ("Gen. José de Urrea", "Capt. J. M. Fox"). */
const MAX_NAME_WORDS = 8;
/** Lower-case words inside a name ("José de Urrea", "Martín Perfecto de Cos"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'van',
  'von',
  'der',
]);
/** Articles that may open the title after "under" ("under a Major Alfred Holt"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'the']);

/** Particles in a row inside a name ("de la", "van der"). */
const MAX_PARTICLES = 2;

/**
 * True for a body of people the question asks about (its noun, and the words before it that set it apart:
 * "Mexican", "revolutionary"): "troops under Urrea ambushed volunteers under Grant"
 * answers "who led the troops" with Urrea, never with Grant, and "the revolutionary forces under Madero" is no
 * answer to "who led the federal troops".
 */
export type AskedBody = (lemma: string, modifiers: readonly string[], strict: boolean) => boolean;

/** Words before a noun that set its body apart ("the revolutionary forces", "Mexican troops"), lower case. */
export function modifiersBefore(tokens: Analysis['tokens'], head: number): string[] {
  const out: string[] = [];
  for (let k = head - 1; k >= 0 && head - k <= MAX_MODIFIERS; k--) {
    const t = tokens[k];
    // "Texian and Tejano volunteers": words joined by "and" set it apart together.
    if (t?.normal === 'and' && out.length > 0) continue;
    if (!t || (t.pos !== 'ADJ' && t.pos !== 'PROPN')) break;
    out.push(t.normal);
  }
  return out;
}

/** Words a body's noun may have before it ("the Texian and Tejano volunteers"). */
const MAX_MODIFIERS = 4;

/** What the reading of "under" needs to know of the question and its words. */
export interface UnderReading {
  /** True for a noun for people or a body of them ("troops", "army", "defenders"): {@link namesBodyOfPeople}. */
  namesBody: (lemma: string) => boolean;
  /**
   * See {@link AskedBody}; `null` when the question names no body of people ("who commanded the garrison?"),
   * and then only an "under" set off by a comma is read: "the revolutionary forces under Madero fought…" is no
   * answer to who commanded the garrison they fought.
   */
  isAskedBody: AskedBody | null;
  /** True for a military rank ("Gen.", "colonel", "Major"). */
  isRank: (word: string) => boolean;
  /**
   * True for a title that is no military rank ("President", "Gov."): without a comma, "troops under Gen.
   * Urrea" or "men under Villa" is command, but "National Guard troops under President George W. Bush" only
   * says under whose government they served.
   */
  isCivilianTitle: (word: string) => boolean;
}

/**
 * The one a body of people is said to be "under": "The defenders, under Gen. Plutarco Elías Calles,
 * numbered…", "Mexican troops under Gen. José de Urrea ambushed…", "in four columns, under General Cos and
 * Colonels Duque…" (the first named). "Under" follows a comma after a noun phrase or, without one, a noun for
 * people; the name is followed by a comma, a full stop, "and" or, without the comma, the clause's verb. Not
 * "deployed under Trump's order": "under" after a verb, or a name owning the next word, says by whose
 * authority. `entityId` is the candidate of `spans` whose mention is that whole name, `null` when the name is
 * no such mention (no entity, or one for part of it: "Gen. José" of "Gen. José de Urrea"); `within` the
 * candidate mentioned first inside the name, whole or in part. `null` overall when the sentence names no one
 * so.
 */
export function leaderUnder(
  tokens: Analysis['tokens'],
  spans: ReadonlyArray<{ entityId: string; start: number; end: number }>,
  reading: UnderReading,
): { entityId: string | null; within: string | null } | null {
  for (let j = 1; j < tokens.length; j++) {
    if (tokens[j]?.normal !== 'under') continue;
    const set = tokens[j - 1]?.value === ',';
    const head = tokens[set ? j - 2 : j - 1];
    if (!head || !['NOUN', 'PROPN'].includes(head.pos)) continue;
    // "Company D of the Second Dragoons, under…": a named unit is a body of people too.
    const people = reading.namesBody(head.lemma);
    const at = set ? j - 2 : j - 1;
    const asked = reading.isAskedBody;
    if (!set && (!people || head.pos !== 'NOUN' || !asked)) continue;
    // Without a comma the body must be the asked one by its words too: "the soldiers under Col. Vega" is no
    // answer to who led the federal troops.
    if (people && asked && !asked(head.lemma, modifiersBefore(tokens, at), !set)) continue;
    const rank = (k: number) => reading.isRank(tokens[k]?.normal.replace(/\.$/, '') ?? '');
    // "under a Major Alfred Holt": an article before a rank, as older dispatches write it ("under the
    // Constitution" names no one).
    const first = ARTICLES.has(tokens[j + 1]?.normal ?? '') && rank(j + 2) ? j + 2 : j + 1;
    if (!set && reading.isCivilianTitle(tokens[first]?.normal.replace(/\.$/, '') ?? '')) continue;
    let end = first;
    while (end < tokens.length && end - j <= MAX_NAME_WORDS) {
      // Particles or a stray full stop go on only into a capitalised word ("de la Garza", not the sentence's end).
      let word = end;
      while (NAME_PARTICLES.has(tokens[word]?.value ?? '') && word - end < MAX_PARTICLES) word++;
      if (word === end && tokens[word]?.value === '.') word++;
      if (!P1.test(tokens[word]?.value ?? '')) break;
      end = word + 1;
    }
    // No name, or one that runs on past the limit, is not read.
    if (end === first || end - j > MAX_NAME_WORDS) continue;
    const next = tokens[end];
    const closes =
      next === undefined ||
      next.value === ',' ||
      next.value === '.' ||
      next.normal === 'and' ||
      (!set && next.pos === 'VERB');
    if (!closes || POSSESSIVE.test(next?.normal ?? '')) continue;
    const named = spans.find((m) => m.start > j && m.end === end);
    const within = spans.find((m) => m.start > j && m.start < end);
    return { entityId: named?.entityId ?? null, within: within?.entityId ?? null };
  }
  return null;
}
