/**
 * A speaker named after a quotation by their role first and their name set off after it: '"…," a spokesman
 * for the Mexican Embassy in Washington, Rodrigo Ávila, told The Line.' A role of a few words is read where
 * the verb of saying is near; a long one ("for the Mexican Embassy in Washington") puts the verb too far
 * from the quotation for that reading, and no name opens the words after the quotation.
 */
import { lowerBound, type Analysis, type Token } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import type { EntityMention } from './schema.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { opensWithCapital } from '../nlp/letter-tests.ts';

/** Tokens after a quotation searched for the role, the name and the verb: a role of a dozen words at most. */
export const MAX_ROLE_THEN_NAME_TOKENS = 20;
/** Tokens between the end of the name and the verb of saying: the comma closing the apposition, an adverb. */
const MAX_TOKENS_NAME_TO_CUE = 2;
/** Parts of speech a role may hold: "a spokesman for the Mexican Embassy in Washington" has no verb. */
const ROLE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART', 'CCONJ', 'PUNCT']);
const ROLE_OPENERS = new Set(['a', 'an', 'the']);

/** What this reading asks of the article: its entities and its verbs of saying. */
export interface RoleThenNameReader {
  entity(id: string): Pick<EntityData, 'id' | 'name' | 'type'> | undefined;
  isCue(tok: Token): boolean;
}

/**
 * The person named after a role that opens the words right after a quotation, set off by a comma before
 * their name, when a verb of saying follows the name: '"…," a spokesman for the embassy, Rodrigo Ávila,
 * said'. `after` holds the tokens after the quotation in order. `null` when the words after the quotation
 * open with no article, hold a verb before the name (a clause, not a role), or name no person so set off.
 */
export function roleThenName(
  reader: RoleThenNameReader,
  analysis: Analysis,
  mentions: readonly (EntityMention & { token: number })[],
  after: readonly number[],
): SpeakerGuess | null {
  const words = after.slice(0, MAX_ROLE_THEN_NAME_TOKENS);
  const first = words[0];
  if (first === undefined || !ROLE_OPENERS.has(tokenAt(analysis, first).normal)) return null;
  for (let k = 1; k < words.length; k++) {
    const t = words[k] ?? -1;
    const tok = tokenAt(analysis, t);
    if (tok.value === ',') {
      const named = nameThenCue(reader, analysis, mentions, words.slice(k + 1));
      if (named) return k > 1 ? named : null;
    }
    if (!ROLE_POS.has(tok.pos) || /^[.;:!?]$/.test(tok.value)) return null;
  }
  return null;
}

/** The person whose name opens `rest`, when a verb of saying follows it within a comma and an adverb. */
function nameThenCue(
  reader: RoleThenNameReader,
  analysis: Analysis,
  mentions: readonly (EntityMention & { token: number })[],
  rest: readonly number[],
): SpeakerGuess | null {
  const opening = rest[0];
  if (opening === undefined) return null;
  // A title may stand before the name ("…, Maj. Dwight Ellery, said"): the mention opens within a few tokens.
  // Mentions are in token order: from the first at or after the opening token, within a few tokens of it.
  const window = rest.slice(0, 4);
  const last = window.at(-1) ?? opening;
  let mention: (EntityMention & { token: number }) | undefined;
  for (
    let k = lowerBound(0, mentions.length, (i) => (mentions[i]?.token ?? 0) < opening);
    k < mentions.length && (mentions[k]?.token ?? Infinity) <= last;
    k++
  ) {
    const m = mentions[k];
    if (
      m &&
      m.via !== 'pronoun' &&
      window.includes(m.token) &&
      reader.entity(m.entityId)?.type === 'person'
    ) {
      mention = m;
      break;
    }
  }
  if (!mention) return null;
  const before = rest.slice(0, rest.indexOf(mention.token));
  if (before.some((t) => !opensWithCapital(tokenAt(analysis, t).value))) return null;
  const end = tokenAt(analysis, mention.token).start + mention.text.length;
  const following = rest.filter((t) => tokenAt(analysis, t).start >= end);
  const cueAt = following.findIndex((t) => reader.isCue(tokenAt(analysis, t)));
  if (cueAt < 0 || cueAt > MAX_TOKENS_NAME_TO_CUE) return null;
  const between = following.slice(0, cueAt).map((t) => tokenAt(analysis, t));
  if (between.some((tok) => tok.value !== ',' && tok.pos !== 'ADV')) return null;
  const entity = reader.entity(mention.entityId);
  const cue = following[cueAt];
  if (!entity || cue === undefined) return null;
  return { speakerId: entity.id, speakerName: entity.name, cue: tokenAt(analysis, cue).lemma };
}
