/**
 * What an article's capitalised words say of its names before any is taken for a person: the words after
 * an honorific, the single names and longer names beside a verb of saying, and how often each last word of a
 * name stands where a person's surname may.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { nonPersonContext, type NameContextWords } from './name-contexts.ts';
import {
  bare,
  hyphenatedFrom,
  hyphenatedTo,
  isCapitalisedName,
  joinHyphens,
  SPEECH_CUES,
} from './name-words.ts';

/** Prepositions of place: a name after one ("in Laredo", "near Redford") is not a person's. */
export const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'outside',
  'across',
  'into',
  'toward',
  'towards',
  'inside',
  'from',
]);

export interface NameCues {
  /** How often each word ends a name where a person's surname may stand. */
  bySurnameCount: Map<string, number>;
  /** Words the article puts after "Mr", "Ms", "Dr": a name it comes back to is a person's. */
  afterHonorific: Set<string>;
  /** Single names beside a verb of saying ("Ruelas said", '…," said Ruelas'): whoever bears it speaks. */
  cued: Set<string>;
  /**
   * Names of more than one word beside a verb of saying ("Maria Delgado said", "Garza Cantú told"): they
   * vouch for the names they end.
   */
  cuedNames: Set<string>;
}

export function nameCues(
  analyses: readonly Analysis[],
  taken: (paragraph: number, token: number) => boolean,
  quoted: (paragraph: number, token: number) => boolean,
  honorifics: ReadonlyMap<string, unknown>,
  contextWords: NameContextWords,
): NameCues {
  const cues: NameCues = {
    bySurnameCount: new Map(),
    afterHonorific: new Set(),
    cued: new Set(),
    cuedNames: new Set(),
  };
  const { bySurnameCount, afterHonorific, cued, cuedNames } = cues;
  analyses.forEach((analysis, p) => {
    const tokens = analysis.tokens;
    // Each token's test made once: a word's neighbours ask it again, two and three times each.
    const capitalised = new Uint8Array(tokens.length + 2);
    for (let t = 0; t < tokens.length; t++) if (isCapitalisedName(tokens[t])) capitalised[t + 1] = 1;
    /** {@link isCapitalisedName} of token `t`, false before the first and after the last. */
    const isName = (t: number): boolean => capitalised[t + 1] === 1;
    // Where the run of capitalised names holding token t opens, carried along the run rather than walked
    // back to from each of its words: a long run ("Mrs. Stiffler Alan Smith Maria Lopez …") costs its length.
    let first = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      if (!isName(t)) continue;
      if (!isName(t - 1)) first = t;
      if (!tok || taken(p, t) || quoted(p, t)) continue;
      if (honorifics.has(bare(tokens[t - 1]?.value ?? ''))) afterHonorific.add(hyphenatedFrom(tokens, t));
      // The last word of a name beside a verb of saying ("Garza Cantú told…", '…," said Ruelas').
      // "Democrats in El Paso said": a name after "in" or "near" is a place's.
      const placed = LOCATIVES.has(tokens[first - 1]?.normal ?? '');
      if (
        // "Archive note: …": a word of saying read as a noun is a label's head, no verb after a speaker.
        (SPEECH_CUES.has(tokens[t + 1]?.normal ?? '') &&
          tokens[t + 1]?.pos !== 'NOUN' &&
          !isName(t + 1) &&
          !placed) ||
        (!isName(t + 1) &&
          SPEECH_CUES.has(tokens[first - 1]?.normal ?? '') &&
          /^[,"“”']$/.test(tokens[first - 2]?.value ?? '')) ||
        // '…," said the lawyer, Anselmo Quiñónez Bray': the name set beside the description the verb hands
        // the words to: two words or more, then a mark or "of" ('…, Anselmo Bray of Las Cruces'; 'said their
        // lawyer, Sierra Club attorney Gloria Smith' names no "Sierra Club"), none of them a word for a body
        // or a place ('said the sheriff, Val Verde County.').
        (first < t &&
          (tokens[t + 1]?.pos === 'PUNCT' || tokens[t + 1]?.normal === 'of') &&
          !namesBodyOrPlace(tokens, first, t, contextWords) &&
          apposedToSpeaker(tokens, first, contextWords.isPersonNoun))
      ) {
        // "Delgado said" vouches for any Delgado; "The Florida Guard said" only for the Florida Guard, not
        // for a "Texas Guard" that shares its last word.
        if (first === t) cued.add(hyphenatedTo(tokens, t));
        else cuedNames.add(joinHyphens(tokens.slice(first, t + 1)).join(' '));
      }
      if (isName(t + 1) || (isName(t - 1) && !contextWords.isTitle(tokens[t - 1]?.value ?? ''))) continue;
      // "The Juárez airport", "Valle de Juárez": a word standing where no person's name does is not a
      // surname the article comes back to.
      if (placed || nonPersonContext(tokens, first, t, t + 1, contextWords)) continue;
      bySurnameCount.set(tok.value, (bySurnameCount.get(tok.value) ?? 0) + 1);
    }
  });
  return cues;
}

/** Tokens at most of the description between a verb of saying and the name set beside it ("his defense lawyer"). */
const MAX_APPOSED_DESCRIPTION = 5;
/** Words opening the description a verb of saying hands its words to: "said the lawyer", "said his lawyer". */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * Whether the name opening at token `first` is set off by a comma after a short description that follows a
 * verb of saying ("said the lawyer, Anselmo Bray", "said Espinoza's lawyer, John Smith", read back from the
 * name): a determiner, a possessive or a possessor's name, then nouns and adjectives only, ending in a noun for
 * a person, then the comma.
 */
function apposedToSpeaker(
  tokens: Analysis['tokens'],
  first: number,
  isPersonNoun: (lemma: string) => boolean,
): boolean {
  // "said the newspaper, El Diario", "said the group, Angry Tias": only a noun for a person is a person's.
  const head = tokens[first - 2];
  if (tokens[first - 1]?.value !== ',' || head?.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return false;
  for (let j = first - 2; j >= 0 && first - 2 - j < MAX_APPOSED_DESCRIPTION; j--) {
    const tok = tokens[j];
    if (!tok) return false;
    // "said Espinoza's lawyer, John Smith": a possessor's name opens the description.
    let opener = j;
    if (tok.normal === "'s" || tok.normal === '’s')
      while (opener > 0 && tokens[opener - 1]?.pos === 'PROPN' && j - opener < MAX_APPOSED_DESCRIPTION)
        opener--;
    if (DESCRIPTION_OPENERS.has(tok.normal) || opener < j)
      return (
        j < first - 2 &&
        SPEECH_CUES.has(tokens[opener - 1]?.normal ?? '') &&
        tokens[opener - 1]?.pos === 'VERB'
      );
    if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether a word of the name in tokens [first, last] is a noun for a body or a place ("County", "House", "Union"). */
function namesBodyOrPlace(
  tokens: Analysis['tokens'],
  first: number,
  last: number,
  words: NameContextWords,
): boolean {
  for (let k = first; k <= last; k++) {
    const lemma = tokens[k]?.value.toLowerCase() ?? '';
    if (words.isBodyNoun?.(lemma) || words.isPlaceNoun?.(lemma)) return true;
  }
  return false;
}
