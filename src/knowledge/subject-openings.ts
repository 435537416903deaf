/**
 * How a sentence quoting words in part opens with who said them, where its first mention is not the
 * speaker: a place in the speaker's title ("Cameron County Commissioner Gilberto Reyna III opened with a
 * moment of silence '…'"), or no mention at all but people named by what they are ("Officials have called
 * the operation '…'").
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { singularOf } from '../nlp/singular.ts';
import type { EntityMention } from './schema.ts';
import { tokenAt } from './speakers.ts';

/** A mention of an entity in a sentence, at its first token. */
type SentenceMention = EntityMention & { token: number };

/** Parts of speech of a title's words before a name ("Cameron County Commissioner", "the state's"). */
const TITLE_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words at most of a title before the name it opens a sentence with. */
const MAX_TITLE_WORDS = 6;
/** Words at most describing a group before its noun ("federal officials", "Mexican army officers"). */
const MAX_GROUP_MODIFIERS = 2;

/**
 * The first of `mentions` (in reading order) whose name a title of capitalised words and nouns alone
 * leads up to from token `start` ("Cameron County Commissioner Gilberto Reyna III": the commissioner, past
 * the county), when `isSpeaker` holds for its entity; `null` when a verb, a punctuation mark or another
 * word stands before it.
 */
export function nameAfterTitle(
  analysis: Analysis,
  start: number,
  mentions: readonly SentenceMention[],
  isSpeaker: (entityId: string) => boolean,
): SentenceMention | null {
  for (const m of mentions) {
    if (m.token < start) continue;
    if (m.token - start > MAX_TITLE_WORDS) return null;
    for (let t = start; t < m.token; t++) if (!TITLE_POS.has(tokenAt(analysis, t).pos)) return null;
    if (m.via !== 'pronoun' && isSpeaker(m.entityId)) return m;
  }
  return null;
}

/**
 * People a sentence opens with by a plural noun naming what they are, a few adjectives or nouns before it at
 * most, and its verb right after ("Officials have called", "Texas officials said", "Residents call"): the
 * words as written. `null` for a singular noun ("The operation has been called"), a noun naming no person,
 * or a sentence opening any other way.
 */
export function pluralPeopleOpening(
  analysis: Analysis,
  start: number,
  end: number,
  isPersonNoun: (lemma: string) => boolean,
): string | null {
  for (let t = start; t < end && t - start <= MAX_GROUP_MODIFIERS; t++) {
    const tok = tokenAt(analysis, t);
    const next = analysis.tokens[t + 1];
    // "Officials have called": a capital opening the sentence makes the tagger read a noun as a name.
    const noun = tok.pos === 'NOUN' || (tok.pos === 'PROPN' && t === start);
    if (noun && (next?.pos === 'VERB' || next?.pos === 'AUX')) {
      const singular = singularOf(tok.normal, { keepSs: false });
      const plural = tok.normal !== singular && (isPersonNoun(tok.lemma) || isPersonNoun(singular));
      return plural ? analysis.text.slice(tokenAt(analysis, start).start, tok.end) : null;
    }
    if (tok.pos !== 'ADJ' && tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return null;
  }
  return null;
}
