/**
 * Where a run of capitalised words stands says whether it can be a person's name. English does not put a
 * person's full name after "the" when it ends in a common noun or modifies one ("the Navy Ministry said",
 * "the Briscoe Unit", "the Ciudad Juárez airport"), after a preposition of place ("At Casa Peregrina"),
 * before the region a town is in ("Ciudad Acuña, Coahuila,"), after "X and" where X is a common noun
 * ("Customs and Border Protection"), nor before a verb of saying in the plural ("Arizona Republicans say");
 * and a run after a Spanish article or preposition is the tail of a longer Spanish name ("Secretaría de la
 * Defensa Nacional"), as one opening with an article is ("Las Americas Premium Outlets"). These say what
 * the name is instead; only evidence that it is a person's (a title, an age, "who…") outweighs them, and
 * only where they do not stand.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NAME_WORD } from './name-words.ts';
import type { EntityType } from './schema.ts';
import { isWrittenLowerCase } from '../nlp/letter-tests.ts';
import { singularOf } from '../nlp/singular.ts';

/** What a name is when it is not a person's. */
export type NotAPerson = Exclude<EntityType, 'person'>;

/** Spanish articles and the prepositions that join the words of a Spanish name ("de la", "del"). */
const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el']);
/**
 * Prepositions of place: a name right after one is a place's ("at Casa Peregrina", "in Ciudad Juárez",
 * "along Avenida Juárez"; "along with Maria Ruiz" has "with" before the name).
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'into',
  'toward',
  'towards',
  'along',
]);
/**
 * Prepositions that, after a noun for a person, put the person somewhere: the name after them is the place's
 * ("a shopkeeper on Calle Hidalgo", "a farmer from Los Ebanos"). "of", "for", "to" and "with" join people
 * ("a friend of Catarino Garza", "a spokesman for Gov. Abbott", "an aide to Senator Kyl").
 */
const WHEREABOUTS_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'from',
  'off',
  'by',
  'beside',
  'behind',
]);
/** Verbs of saying in the form that agrees with a plural subject ("Republicans say"; one person says). */
const PLURAL_SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'note', 'warn', 'argue']);
/** What may follow the region after a town: the end of a dateline, a clause or a list item. */
const REGION_ENDS: ReadonlySet<string> = new Set([',', '.', '·', '—', '–', ';', ':', '|']);
const MAX_REGION_WORDS = 3;
/** One capital letter and its full stop: an initial ("K."). */
const INITIAL = /^\p{Lu}\.$/u;

/** What a context needs to know about words beyond their tokens. */
export interface NameContextWords {
  isTitle: (value: string) => boolean;
  isEnglishWord: (word: string) => boolean;
  /** True for a noun lemma that says what a person is ("shopkeeper", "vendor"). */
  isPersonNoun: (lemma: string) => boolean;
  /** True for a noun lemma whose first sense is a place ("bridge", "valley", "forest"); see headed-names.ts. */
  isPlaceNoun?: (lemma: string) => boolean;
  /** True for a noun lemma whose first sense is a body of people ("secretariat", "council"); see noun-kinds.ts. */
  isBodyNoun?: (lemma: string) => boolean;
}

/**
 * What the name in tokens [`nameStart`, `end`) is, if where it stands says it is no person's; `titleStart`
 * is where the title words before it begin (`nameStart` when there are none).
 */
export function nonPersonContext(
  tokens: readonly Token[],
  titleStart: number,
  nameStart: number,
  end: number,
  words: NameContextWords,
): NotAPerson | null {
  const before = tokens[titleStart - 1];
  const first = tokens[nameStart];
  if (first && SPANISH_ARTICLES.has(first.value.toLowerCase())) return 'place';
  if (before && SPANISH_ARTICLES.has(before.value)) return 'organisation';
  // "Secretary of the Navy Franklin K. Lane": an initial is a person's, whatever English word ends the name.
  if (
    before?.normal === 'the' &&
    capitalisedTitlesOnly(tokens, titleStart, nameStart) &&
    !holdsInitial(tokens, nameStart, end) &&
    (commonNounLast(tokens, end, words) || modifies(tokens[end]))
  )
    return modifies(tokens[end]) || !placeNounLast(tokens, end, words) ? 'organisation' : 'place';
  const possessive = /^['’]s$/.test(tokens[end]?.value ?? '');
  if (before && PLACE_PREPOSITIONS.has(before.normal) && !possessive) return 'place';
  if (before && !possessive && whereaboutsOfPerson(tokens, titleStart - 1, words)) return 'place';
  // "Lt. Col. Lane and Maj. Walker", "He and Frank W. Johnson": a title before the name or a middle initial
  // in it says a person, where a common noun before "and" says a body's name.
  const personShaped = nameStart > titleStart || holdsInitial(tokens, nameStart, end);
  if (before?.normal === 'and' && !personShaped && commonNounAlone(tokens, titleStart - 2, words))
    return 'organisation';
  const after = tokens[end];
  if (after && PLURAL_SAYING.has(after.value)) return 'group';
  // "Capt. Emmet Crawford, Third Cavalry": a rank written short stands only before a person's name; a title
  // written out may be a town's ("General Escobedo, Nuevo León").
  const abbreviatedTitle = nameStart > titleStart && (tokens[nameStart - 1]?.value ?? '').endsWith('.');
  if (after?.value === ',' && !abbreviatedTitle && regionAt(tokens, end + 1, words)) return 'place';
  return null;
}

/**
 * True when token `at` is a preposition of {@link WHEREABOUTS_PREPOSITIONS} right after a lower-case noun for
 * a person: "A shopkeeper on Calle Hidalgo, who asked not to be named, said": the name is where the
 * shopkeeper is, and what follows describes the shopkeeper.
 */
function whereaboutsOfPerson(tokens: readonly Token[], at: number, words: NameContextWords): boolean {
  const preposition = tokens[at];
  const noun = tokens[at - 1];
  return (
    preposition !== undefined &&
    WHEREABOUTS_PREPOSITIONS.has(preposition.normal) &&
    noun !== undefined &&
    noun.pos === 'NOUN' &&
    isWrittenLowerCase(noun.value) &&
    words.isPersonNoun(noun.lemma)
  );
}

/**
 * True when the name's last word is an English word ("the Navy Ministry", "the Briscoe Unit"): with "the"
 * before it, a body's or a building's name; "the Foreign Minister Marcelo Ebrard" keeps its person. A noun
 * the English model's lexicon lacks counts when WordNet files it under a body or a place ("the Foreign
 * Relations Secretariat", "the Texas Capitol"): no surname's first sense is a secretariat.
 */
function commonNounLast(tokens: readonly Token[], end: number, words: NameContextWords): boolean {
  const last = (tokens[end - 1]?.value ?? '').toLowerCase();
  return (
    words.isEnglishWord(last) || (words.isBodyNoun?.(last) ?? false) || (words.isPlaceNoun?.(last) ?? false)
  );
}

/**
 * True when the name's last word is a noun for a place, singular or plural ("the Huachuca Mountains", "the
 * Americas Bridge"): with "the" before it, a place's name, not a body's.
 */
function placeNounLast(tokens: readonly Token[], end: number, words: NameContextWords): boolean {
  const last = (tokens[end - 1]?.value ?? '').toLowerCase();
  if (!words.isPlaceNoun) return false;
  return words.isPlaceNoun(last) || words.isPlaceNoun(singularOf(last, { longerThan: 3 }));
}

/** True when tokens [`from`, `to`) hold a middle initial, between a first name and the last ("K."). */
function holdsInitial(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (INITIAL.test(tokens[k]?.value ?? '')) return true;
  return false;
}

/** A lower-case noun after the name, which the name then modifies ("the Ciudad Juárez airport"). */
function modifies(after: Token | undefined): boolean {
  return after !== undefined && after.pos === 'NOUN' && after.value === after.value.toLowerCase();
}

/**
 * True when the words before the name, if any, could be part of it: capitalised and written out ("the
 * General Customs Administration"). "The governor Janet Napolitano" or "the Rev. Al Sharpton" keep a title.
 */
function capitalisedTitlesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const v = tokens[k]?.value ?? '';
    if (!NAME_WORD.test(v) || tokens[k + 1]?.value === '.') return false;
  }
  return true;
}

/**
 * A single capitalised common noun at `k` ("Customs" in "Customs and Border Protection"), no name's end. A
 * word whose first sense is a person is someone's name there ("Ike" of "Ike and Billy Clanton").
 */
function commonNounAlone(tokens: readonly Token[], k: number, words: NameContextWords): boolean {
  const tok = tokens[k];
  if (!tok || tok.pos === 'PRON' || !NAME_WORD.test(tok.value)) return false;
  const word = tok.value.toLowerCase();
  if (!words.isEnglishWord(word) || words.isPersonNoun(word)) return false;
  const previous = tokens[k - 1];
  return !previous || !NAME_WORD.test(previous.value);
}

/**
 * One to {@link MAX_REGION_WORDS} capitalised words from `k`, none a title, then the end of a dateline,
 * clause or list item: the region a town is in ("Chihuahua ·", "Baja California,").
 */
function regionAt(tokens: readonly Token[], k: number, words: NameContextWords): boolean {
  let n = 0;
  for (; n < MAX_REGION_WORDS; n++) {
    const tok = tokens[k + n];
    if (!tok || !NAME_WORD.test(tok.value) || tok.pos !== 'PROPN' || words.isTitle(tok.value)) break;
    if (n === 0 && tok.value.length < 3) return false;
  }
  if (n === 0) return false;
  const next = tokens[k + n];
  return !next || REGION_ENDS.has(next.value);
}
