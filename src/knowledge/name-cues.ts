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
    // Where the run of capitalised names holding token t opens, carried along the run rather than walked
    // back to from each of its words: a long run ("Mrs. Stiffler Alan Smith Maria Lopez …") costs its length.
    let first = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t];
      if (!isNameAt(capitalised, t)) continue;
      if (!isNameAt(capitalised, t - 1)) first = t;
      if (!tok || taken(p, t) || quoted(p, t)) continue;
      if (honorifics.has(bare(tokens[t - 1]?.value ?? ''))) afterHonorific.add(hyphenatedFrom(tokens, t));
      // The last word of a name beside a verb of saying ("Garza Cantú told…", '…," said Ruelas').
      // "Democrats in El Paso said": a name after "in" or "near" is a place's.
      const placed = LOCATIVES.has(tokens[first - 1]?.normal ?? '');
      if (
        // "Archive note: …": a word of saying read as a noun is a label's head, no verb after a speaker.
        (SPEECH_CUES.has(tokens[t + 1]?.normal ?? '') &&
          tokens[t + 1]?.pos !== 'NOUN' &&
          !isNameAt(capitalised, t + 1) &&
          !placed) ||
        (!isNameAt(capitalised, t + 1) &&
          SPEECH_CUES.has(tokens[first - 1]?.normal ?? '') &&
          /^[,"“”']$/.test(tokens[first - 2]?.value ?? ''))
      ) {
        // "Delgado said" vouches for any Delgado; "The Florida Guard said" only for the Florida Guard, not
        // for a "Texas Guard" that shares its last word.
        if (first === t) cued.add(hyphenatedTo(tokens, t));
        else cuedNames.add(joinHyphens(tokens.slice(first, t + 1)).join(' '));
      }
      if (
        isNameAt(capitalised, t + 1) ||
        (isNameAt(capitalised, t - 1) && !contextWords.isTitle(tokens[t - 1]?.value ?? ''))
      )
        continue;
      // "The Juárez airport", "Valle de Juárez": a word standing where no person's name does is not a
      // surname the article comes back to.
      if (placed || nonPersonContext(tokens, first, t, t + 1, contextWords)) continue;
      bySurnameCount.set(tok.value, (bySurnameCount.get(tok.value) ?? 0) + 1);
    }
  });
  return cues;
}

/**
 * {@link isCapitalisedName} of token `t` as `capitalised` holds it (shifted by one), false before the first
 * token and after the last. A function of the module, not a closure made per paragraph: under tsx each named
 * closure costs a property definition when it is made (esbuild's `keepNames`).
 */
function isNameAt(capitalised: Uint8Array, t: number): boolean {
  return capitalised[t + 1] === 1;
}
