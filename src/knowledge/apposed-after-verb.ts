/**
 * An inverted verb of saying whose subject after it is a description with a name set beside it by commas
 * ("Its purpose, said the city's chronicler, Professor Tomás Ibarra Cavazos, was '…'"): the name's tokens,
 * where the person who speaks is named.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';
import { isPlaceNoun } from './headed-names.ts';
import { properName, tokenAt, type SpeakerGuess } from './speakers.ts';

/** Tokens at most of the description after the verb ("the city's chronicler"). */
const MAX_DESCRIPTION_TOKENS = 6;
/** Words opening the description: "the city's chronicler", "his lawyer", "a spokesman". */
const DESCRIPTION_OPENINGS: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'a',
  'an',
]);
/** Name tokens at least before a preposition saying where the one named is from ("John Smith of Deming"). */
const MIN_NAME_BEFORE_PLACE = 2;
/** Tokens at most of the name set beside it ("Professor Tomás Ibarra Cavazos"). */
const MAX_NAME_TOKENS = 8;

/**
 * The tokens (of `before`, the tokens before a quotation) of the name apposed to the definite description
 * right after the verb at index `k` of `before`: "the", words with no verb up to a comma, then capitalised
 * words up to the next comma or the end of `before`; empty when the words after the verb are anything else,
 * and when the description holds a preposition and then a noun for a person ("the lawyer for the widow, Lic.
 * Ana Ruiz"): the name may then be that person's, set beside the noun next to it, not the speaker's.
 * `personNoun`, for a name no entity stands for, read by its capitals alone: empty too unless the description
 * ends in a noun for a person and holds no preposition ("the city, El Paso", "the mayor of the town, San
 * Isidro" name places).
 */
export function apposedAfterVerb(
  analysis: Analysis,
  before: readonly number[],
  k: number,
  isPersonNoun: (lemma: string) => boolean,
  personNoun = false,
): number[] {
  const first = before[k + 1];
  if (first === undefined || !DESCRIPTION_OPENINGS.has(tokenAt(analysis, first).normal)) return [];
  let comma = -1;
  let afterPreposition = false;
  for (let j = k + 2; j < before.length && j - k <= MAX_DESCRIPTION_TOKENS; j++) {
    const tok = tokenAt(analysis, before[j] ?? -1);
    if (tok.value === ',') {
      comma = j;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PUNCT') return [];
    // "the mayor of the town, San Isidro": a name read by its words alone may be the place's.
    if (tok.pos === 'ADP' && personNoun) return [];
    if (tok.pos === 'ADP') afterPreposition = true;
    else if (afterPreposition && tok.pos === 'NOUN' && isPersonNoun(tok.lemma)) return [];
  }
  if (comma < 0) return [];
  // "the city, El Paso": only a noun for a person is named by a person's name.
  const head = tokenAt(analysis, before[comma - 1] ?? -1);
  if (personNoun && (head.pos !== 'NOUN' || !isPersonNoun(head.lemma))) return [];
  const name: number[] = [];
  for (let j = comma + 1; j < before.length && name.length <= MAX_NAME_TOKENS; j++) {
    const t = before[j] ?? -1;
    const tok = tokenAt(analysis, t);
    if (tok.value === ',') break;
    // "Lic. Eliseo Treviño": the full stop of an abbreviated title is part of the name's words.
    const titleStop = tok.value === '.' && name.length > 0;
    // "the lawyer, Anselmo Quiñónez Bray of Las Cruces": where the one named is from ends the name.
    if (tok.pos === 'ADP' && !opensWithCapital(tok.value) && name.length >= MIN_NAME_BEFORE_PLACE) break;
    if (!titleStop && tok.pos !== 'PROPN' && !opensWithCapital(tok.value)) return [];
    name.push(t);
  }
  return name.length > 0 && name.length <= MAX_NAME_TOKENS ? name : [];
}

/** What {@link personNamedAfterVerb} reads of words. */
export interface SetOffNameReader {
  isPersonNoun(lemma: string): boolean;
  isKindOf?(lemma: string, kind: string): boolean;
}

/** Kinds of a noun that names a body, not a person ("House", "Coalition"). */
const BODY_KINDS: readonly string[] = ['organization', 'organisation', 'body'];

/**
 * '"…," said the lawyer, Anselmo Quiñónez Bray of Las Cruces': a person's name no entity stands for, set off
 * after a description of a person right after the verb of saying (see {@link apposedAfterVerb}). A name whose
 * last word's first sense is a place or a body ("Val Verde County", "Annunciation House") is none.
 */
export function personNamedAfterVerb(
  analysis: Analysis,
  tokens: readonly number[],
  k: number,
  reader: SetOffNameReader,
): Omit<SpeakerGuess, 'cue'> | null {
  const named = apposedAfterVerb(analysis, tokens, k, (l) => reader.isPersonNoun(l), true);
  const isKindOf = reader.isKindOf;
  if (named.length === 0 || !isKindOf) return null;
  const kinds = { isKindOf: (lemma: string, kind: string) => isKindOf(lemma, kind) };
  // English puts a place's or a body's generic noun last (headed-names.ts); a first name may be a common
  // noun of any kind ("John").
  const words = named.map((t) => tokenAt(analysis, t)).filter((w) => w.pos !== 'PUNCT');
  const last = words.at(-1)?.value.toLowerCase() ?? '';
  const common = isPlaceNoun(last, kinds) || BODY_KINDS.some((kind) => isKindOf(last, kind));
  return common ? null : properName(analysis, named);
}
