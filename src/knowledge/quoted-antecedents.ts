/**
 * The person a "he" or "she" inside quoted words stands for, when the words themselves brought them in before
 * it: "My father came home late that night. He told me, '…'" (the speaker's father), "The captain came to our
 * door. He told us, '…'" (the captain), "I asked the sergeant what was happening, and he said, '…'" (the
 * sergeant). The quoted person's own story is read before the article around it. Read back over a bounded
 * number of tokens from the pronoun to the opening of the words.
 */
import type { Token } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import type { ArticleReader } from './article-reader.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';
import { FIRST_PERSON_POSSESSIVES, type SpeakerGuess } from './speakers.ts';

/** Tokens read back from the pronoun inside the quoted words. */
const MAX_TOKENS_BACK = 60;
/** Words at most between a determiner and the noun for a person it opens ("the old sergeant"). */
const MAX_MODIFIERS = 2;
/**
 * Determiners that open a description of someone the story brings in ("the captain", "a soldier"), and the
 * possessives of someone already in it ("His mother knew it. She said, '…'").
 */
const DESCRIBING: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their']);

/**
 * The person the pronoun at token `t` (of gender `gender`) stands for among those the `outer` quotation
 * itself named or described before it; `null` when it brought in no one of that gender.
 */
export function antecedentInQuote(
  reader: ArticleReader,
  sentence: WorkingSentence,
  t: number,
  gender: 'male' | 'female',
  outer: WorkingQuote,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const tokens = analysis.tokens;
  const opening = outer.span.start;
  for (let k = t - 1; k >= 0 && t - k <= MAX_TOKENS_BACK; k--) {
    const tok = tokens[k];
    if (!tok || tok.start < opening) break;
    const mention =
      tok.pos === 'PROPN' ? sentence.mentions.find((m) => m.token === k && m.via !== 'pronoun') : undefined;
    const entity = mention ? reader.entity(mention.entityId) : undefined;
    if (entity?.type === 'person' && entity.id !== outer.speakerId) {
      const theirs = reader.genderOf(entity.id);
      if (theirs === gender || theirs === null) return { speakerId: entity.id, speakerName: entity.name };
      continue;
    }
    const described = describedAt(reader, tokens, k, gender, opening);
    if (!described) continue;
    // "My father was a cadet that year, and he used to say": a description after "was" says what someone
    // already in the words was; it brings in no one new.
    if (tokens[described.at - 1]?.lemma === 'be') continue;
    if (described.mine)
      return outer.speakerName === 'unattributed'
        ? null
        : { speakerId: null, speakerName: `${outer.speakerName}'s ${described.noun}` };
    return { speakerId: null, speakerName: lowerFirst(analysis.text.slice(described.from, tok.end)) };
  }
  return null;
}

/**
 * The description of one person whose noun is at token `k` ("the captain", "my father"), agreeing with
 * `gender` where the noun marks one; `at` the token opening it; `mine` when a first-person possessive opens
 * it. `null` otherwise.
 */
function describedAt(
  reader: ArticleReader,
  tokens: readonly Token[],
  k: number,
  gender: 'male' | 'female',
  opening: number,
): { noun: string; from: number; at: number; mine: boolean } | null {
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || noun.lemma !== noun.normal || !reader.isPersonNoun(noun.lemma))
    return null;
  const marked = reader.nounGender(noun.lemma);
  if (marked !== null && marked !== gender) return null;
  // "the captain's horse": the noun owns what follows, it is not the one spoken of.
  if (/^['’]s?$/u.test(tokens[k + 1]?.value ?? '')) return null;
  for (let d = k - 1; d >= 0 && k - d <= MAX_MODIFIERS + 1; d--) {
    const t = tokens[d];
    if (!t || t.start < opening) return null;
    if (FIRST_PERSON_POSSESSIVES.has(t.normal))
      return { noun: noun.normal, from: t.start, at: d, mine: true };
    if (DESCRIBING.has(t.normal)) return { noun: noun.normal, from: t.start, at: d, mine: false };
    if (t.pos !== 'ADJ') return null;
  }
  return null;
}
