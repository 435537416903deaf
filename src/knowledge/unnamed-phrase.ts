/**
 * The phrase naming a speaker an article does not name ("a spokesman for a network of migrant shelters in
 * Tapachula", "a senior Border Patrol official", "the manager out there now"): where it ends, and the head
 * noun that must name a person. Read by the finders of unnamed speakers (unnamed-speakers.ts), each from the
 * "a", "an" or "the" it opens with, and bounded in words and tokens.
 */
import type { Token } from '../nlp/pipeline.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}\p{Ll}/u;

/**
 * The determiners that open a description of someone the article does not name: the indefinite article, and
 * "another" ("another woman from Dublan, who asked that her name be withheld, said"), an article and "other".
 */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** True when token `t` is an indefinite determiner opening an unnamed person's description ("a", "another"). */
export function opensIndefinite(t: Token | undefined): boolean {
  return t !== undefined && INDEFINITE.has(t.normal);
}

/** Words in the phrase naming an unnamed speaker ("a spokesman for a network of migrant shelters in Tapachula"). */
export const MAX_UNNAMED_WORDS = 12;
/**
 * Tokens a walk over such a phrase reads at most, whatever they are: pieces written onto each other count as one
 * word, and a run of glued symbols ("Said😀Said😀…") must not let the walk run on over the paragraph.
 */
export const MAX_UNNAMED_TOKENS = 3 * MAX_UNNAMED_WORDS;
const WORD_PIECE = /^[\p{L}\p{N}-]+$/u;

/** Whether `right` is written onto `left` as a piece of the same word ("sergeant-major", "3d"): no symbol counts. */
export function gluedPiece(left: Token, right: Token): boolean {
  return right.start === left.end && WORD_PIECE.test(left.value) && WORD_PIECE.test(right.value);
}

/**
 * The phrase of an unnamed speaker from the "a"/"an" at `start` up to `limit`: where it ends and its head
 * noun, or `null` when the head is no person's.
 */
export function unnamedPhrase(
  tokens: readonly Token[],
  excluded: (t: number) => boolean,
  isPersonNoun: (lemma: string) => boolean,
  start: number,
  limit: number,
  whoSetOff = false,
): { end: number; head: string; reaches: number } | null {
  let head: string | null = null;
  /** Still in the first run of nouns: its last noun is the head ("a senior administration official"). */
  let inHead = false;
  let end = start + 1;
  let reaches: number | null = null;
  /** Tokens written onto the one before ("sergeant-major", "3d"): parts of a word, not words. */
  let glued = 0;
  for (
    ;
    end < limit && end - start - glued <= MAX_UNNAMED_WORDS && end - start <= MAX_UNNAMED_TOKENS;
    end++
  ) {
    const t = tokens[end];
    const before = tokens[end - 1];
    if (t && before && gluedPiece(before, t)) glued++;
    // "The manager out there now says": where and when they are now is not who they are.
    if (head !== null && placeOrTimeTail(tokens, end, limit)) {
      reaches = limit;
      break;
    }
    // Names inside the phrase ("a spokesman for the US embassy in Mexico City") belong to it.
    // "a Guardia Nacional officer patrolling in Anapra": a participle after the head goes on describing.
    const participle = head !== null && t?.pos === 'VERB' && /(?:ing|ed)$/.test(t.normal);
    // "A Border Patrol agent we spoke to in Naco": a pronoun after the head opens a clause with no "who"
    // that says how the writer met the person; the pronoun and its clause are not who they are, and the
    // clause runs on as far as the subject does.
    // "A Mexican woodcutter whom he met on the road": so does a clause opened by "whom" or "whose".
    if (
      head !== null &&
      t !== undefined &&
      ((t.pos === 'PRON' && CONTACT_CLAUSE_SUBJECTS.has(t.normal)) || OBJECT_RELATIVES.has(t.normal))
    ) {
      reaches = limit;
      break;
    }
    // "I put that to a Navy spokesman and he said": "and" before a subject pronoun opens a clause of its own.
    if (head !== null && t?.pos === 'CCONJ' && CONTACT_CLAUSE_SUBJECTS.has(tokens[end + 1]?.normal ?? '')) {
      reaches = limit;
      break;
    }
    if (
      !t ||
      /^[,.;:"“”]$/.test(t.value) ||
      t.normal === 'who' ||
      (t.pos === 'VERB' && !participle && !capitalisedVerb(tokens, end))
    )
      break;
    // A name the speaker is described by comes before the head ("a senior Border Patrol official").
    if (excluded(end) && head === null && t.pos !== 'PROPN') break;
    // "a fisherman mending nets beside the estuary": a word in "-ing" the tagger read as a noun after a head
    // naming a person is a participle describing them, no longer the head ("mending", then "nets").
    if (t.pos === 'NOUN' && inHead && head !== null && /ing$/.test(t.normal) && isPersonNoun(head)) {
      inHead = false;
      continue;
    }
    if (t.pos === 'NOUN' && (head === null || inHead)) {
      head = t.lemma;
      inHead = true;
    } else if (head !== null && t.pos !== 'PROPN') inHead = false;
  }
  // "a Ranger who would not give his name", "one Ranger said": a capitalised word after the article, the
  // tagger's name, is the head when written in lower case it is a noun for a person; a name after "a" is none.
  const last = tokens[end - 1];
  if (head === null && end === start + 2 && last?.pos === 'PROPN' && isPersonNoun(last.normal))
    head = last.normal;
  // "A volunteer docent who asked that her name not be used": "who" says a person, whatever the noun.
  // "The telegraph operator at the depot, who handled the army messages,": so does a "who" set off by a comma.
  const who =
    tokens[end]?.normal === 'who' ||
    (whoSetOff && tokens[end]?.value === ',' && tokens[end + 1]?.normal === 'who');
  const person = head !== null && (isPersonNoun(head) || who);
  return person && head !== null && end - start - glued <= MAX_UNNAMED_WORDS
    ? { end, head, reaches: reaches ?? end }
    : null;
}

/** Subject pronouns that open a clause with no "who" after a person's noun ("the agent we spoke to", "a man I met"). */
const CONTACT_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Relative pronouns that open a clause about the person after their noun, never part of who they are. */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['whom', 'whose']);

/** Words that say where or when someone is, not who: "here", "there", "now", "today". */
const PLACE_OR_TIME = new Set(['here', 'there', 'now', 'today', 'then', 'nowadays', 'currently', 'anymore']);
/** Words at most of such a tail ("out there now"). */
const MAX_PLACE_OR_TIME_WORDS = 4;
/** Particles that may open such words ("out there", "down here", "back then"). */
const PLACE_PARTICLES = new Set(['out', 'down', 'up', 'over', 'back', 'in']);

/**
 * True when tokens [from, to) are only words saying where or when ("out there now"), perhaps after a
 * particle: the end of a subject that adds nothing to who the person is.
 */
function placeOrTimeTail(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || to - from > MAX_PLACE_OR_TIME_WORDS) return false;
  let k = from;
  if (PLACE_PARTICLES.has(tokens[k]?.normal ?? '')) k++;
  if (k >= to) return false;
  for (; k < to; k++) if (!PLACE_OR_TIME.has(tokens[k]?.normal ?? '')) return false;
  return true;
}

/**
 * True for a capitalised word inside a sentence that the tagger read as a verb: a name's ("a Red Cross
 * nurse"), no verb ending the phrase.
 */
export function capitalisedVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    t.pos === 'VERB' &&
    P1.test(t.value) &&
    k > 0 &&
    !/^[.!?;:"“”]$/.test(tokens[k - 1]?.value ?? '.')
  );
}

/**
 * True for a verb in "-ed" with a preposition after it ("asked about the letter", "reached by phone"): a
 * participle's clause set off by commas after a subject ("A White House spokesman, asked about the letter,
 * said"), not the verb of a clause.
 */
export function isPastParticiple(t: Token | undefined, next: Token | undefined): boolean {
  return t?.pos === 'VERB' && /ed$/.test(t.normal) && next?.pos === 'ADP';
}
