/**
 * Bodies an article names once in full with an abbreviation in brackets ("the National Migration Institute
 * (INM)", "the Secretaría de la Defensa Nacional (Sedena)") and afterwards by the abbreviation alone: a
 * speaker so named ("Sedena said", "the INM said") is the body, under its full name.
 */
import type { ArticlePerson } from './discovered-person.ts';
import { NAME_WORD } from './name-words.ts';
import { lettersInOrder } from './title-forms.ts';
import type { WorkingQuote } from './working.ts';

// Patterns with `\p{…}` are built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts).
/** An abbreviation in brackets: a capital and one to nine letters more ("(INM)", "(Sedena)", "(Colef)"). */
const BRACKETED = /\((\p{Lu}\p{L}{1,9})\)/gu;
/** An abbreviation all in capitals ("INM", "SEDENA"): it may be a Spanish body's after its English name. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** A word written in capitals alone ("CITY", "ASHCRAFT"): a dateline's or a transcript label's, no body's name. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*$/u;
/** Lower-case words inside a body's name ("Secretaría de la Defensa", "Bureau of the Census"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'of',
  'the',
  'for',
  'and',
  'on',
]);
/** Words of a body's name read back from its brackets at most. */
const MAX_NAME_WORDS = 8;
/** Characters read back from the brackets for the name: more than eight words of any body's. */
const MAX_NAME_CHARS = 160;
/** Capitalised words a body's name holds at least: "Sedena (Sedena)" or "Texas (TX)" names no body. */
const MIN_CAPITALISED_WORDS = 2;
/** Letters a syllable abbreviation ("Sedena", "Colef") holds at least; shorter ones are too easily read in. */
const MIN_SYLLABLE_LETTERS = 3;
/**
 * Letters of a capitals abbreviation made of syllables rather than initials ("SEDENA", "SEMAR" after "the
 * Mexican Defense Ministry"): an agency's or a town's in a byline or a dateline is shorter ("AP", "EFE").
 */
const MIN_SYLLABLE_CAPITALS = 5;
/**
 * Letters of a capitals abbreviation, one in this many, that no capitalised word of the name may begin: a
 * Spanish body's after its English name keeps most of the initials in another order ("National Human Rights
 * Commission (CNDH)" lacks the D of "de"), a town or a byline's agency none ("MEXICO CITY (EFE)").
 */
const LETTERS_PER_UNMATCHED_INITIAL = 4;

/**
 * The abbreviations `texts` define in brackets after a body's name, with the name: "the Secretaría de la
 * Defensa Nacional (Sedena)" gives Sedena → "Secretaría de la Defensa Nacional". A name of two capitalised
 * words or more, not written in capitals alone ("MEXICO CITY (EFE)" is a dateline, "WENDELL ASHCRAFT (HOST)"
 * a transcript label). An abbreviation in capitals takes its letters from the initials of the name's
 * capitalised words, in any order and all but one in four (a Spanish body's follows its English name: "the
 * National Migration Institute (INM)"), or is five letters or more ("the Mexican Defense Ministry
 * (SEDENA)"); one in lower case
 * after its capital ("Sedena") must be the name's letters in order from one of its words, so a town in
 * brackets ("Oro Public Radio (Tucson)") or a byline's agency ("Dave Graham (AP)") is no abbreviation. The
 * first name an abbreviation follows is kept.
 */
export function abbreviatedBodies(texts: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(BRACKETED)) {
      const abbreviation = m[1] ?? '';
      if (out.has(abbreviation)) continue;
      const name = nameBefore(text.slice(Math.max(0, m.index - MAX_NAME_CHARS), m.index));
      if (name !== null && abbreviates(abbreviation, name)) out.set(abbreviation, name);
    }
  }
  return out;
}

/** The body's name that ends `before` (capitalised words and the particles between them), or `null`. */
function nameBefore(before: string): string | null {
  if (!/\s$/.test(before)) return null;
  const words = before.trimEnd().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_NAME_WORDS; i--) {
    const w = words[i] ?? '';
    if (!NAME_WORD.test(w) && !NAME_PARTICLES.has(w)) break;
    kept.unshift(w);
  }
  // "Yesterday the National Migration Institute (INM)": an article opens the name, and what stands before
  // it is no part of it, unless too little is left ("the Bureau of the Census" keeps its own).
  const article = kept.findLastIndex((w) => w === 'the' || w === 'The');
  const name =
    article >= 0 && capitalisedIn(kept.slice(article + 1)) >= MIN_CAPITALISED_WORDS
      ? kept.slice(article + 1)
      : kept;
  while (name.length > 0 && NAME_PARTICLES.has(name[0] ?? '')) name.shift();
  if (name.every((w) => NAME_PARTICLES.has(w) || CAPITALS_WORD.test(w))) return null;
  return capitalisedIn(name) >= MIN_CAPITALISED_WORDS ? name.join(' ') : null;
}

function capitalisedIn(words: readonly string[]): number {
  return words.filter((w) => NAME_WORD.test(w)).length;
}

/** True when `abbreviation` may stand for `name` (see {@link abbreviatedBodies}). */
function abbreviates(abbreviation: string, name: string): boolean {
  const words = name.split(' ');
  if (words.includes(abbreviation)) return false;
  const short = abbreviation.toLowerCase();
  if (ALL_CAPITALS.test(abbreviation)) {
    const initials = words.filter((w) => NAME_WORD.test(w)).map((w) => w[0] ?? '');
    const unmatched = [...abbreviation].filter((letter) => {
      const at = initials.indexOf(letter);
      if (at >= 0) initials.splice(at, 1);
      return at < 0;
    }).length;
    return (
      unmatched <= Math.floor(abbreviation.length / LETTERS_PER_UNMATCHED_INITIAL) ||
      abbreviation.length >= MIN_SYLLABLE_CAPITALS
    );
  }
  if (abbreviation.length < MIN_SYLLABLE_LETTERS) return false;
  return words.some(
    (w, i) =>
      NAME_WORD.test(w) &&
      w[0] === abbreviation[0] &&
      lettersInOrder(short, words.slice(i).join('').toLowerCase()),
  );
}

/**
 * Gives each quotation whose speaker is an abbreviation the article defined ("Sedena", "the INM") the body's
 * full name; a person the article took the abbreviation for becomes that body, known by both names. Returns
 * the article people's new names, by id, for the people kept.
 */
export function nameAbbreviatedSpeakers(
  quotes: readonly WorkingQuote[],
  people: readonly ArticlePerson[],
  bodies: ReadonlyMap<string, string>,
): Map<string, string> {
  const renamed = new Map<string, string>();
  if (bodies.size === 0) return renamed;
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const q of quotes) {
    const abbreviation = q.speakerName.replace(/^the\s+/i, '');
    const full = bodies.get(abbreviation);
    if (full === undefined) continue;
    const person = q.speakerId === null ? undefined : byId.get(q.speakerId);
    // A speaker the entity data knows keeps its name: only a name the article alone gives is renamed.
    if (q.speakerId !== null && person === undefined) continue;
    q.speakerName = full;
    if (person === undefined || person.name !== abbreviation) continue;
    renamed.set(person.id, full);
    person.kind ??= 'organisation';
    person.knownAs = [...new Set([...(person.knownAs ?? []), abbreviation])];
  }
  return renamed;
}
