/**
 * Words given as someone's own by a possessive: 'He thought it was going to make his lines longer. His words
 * were, "You boys put up a fence …"'. The finder can only name the speaker "his words"; the words are the
 * one "his" stands for, as the article's pronoun reading already resolved it in that sentence. A possessive
 * before a noun for a person ("his officer", "his mother") names someone else, and is left alone.
 */
import { firstTokenAtOrAfter, lowerBound } from '../nlp/pipeline.ts';
import type { WorkingQuote } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
/** "his words", "her letter", "their declaration": a possessive pronoun and one lower-case noun. */
const OWNED_NOUN = /^(his|her|their|its)\s+(\p{Ll}+)$/u;

/**
 * Mentions at most looked back over from the quotation for the possessive ("His words were, "): it stands
 * right before the words, and a sentence of many quotations is not read again for each.
 */
const MAX_MENTIONS_BACK = 4;

/** What the pass asks of the article. */
export interface OwnedWordsReader {
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
}

/**
 * Gives each quotation whose speaker is only a possessive and a noun for no person ("his words") to the one
 * the possessive stands for before the quotation in its sentence, when the article resolved it.
 */
export function speakersOfOwnedWords(reader: OwnedWordsReader, quotes: readonly WorkingQuote[]): void {
  for (const q of quotes) {
    if (q.speakerId !== null) continue;
    const m = OWNED_NOUN.exec(q.speakerName);
    const possessive = m?.[1];
    const noun = m?.[2];
    if (!possessive || !noun || reader.isPersonNoun(noun)) continue;
    const s = q.sentence;
    const opens = firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, q.span.outerStart);
    const { mentions } = s;
    const before = lowerBound(0, mentions.length, (k) => (mentions[k]?.token ?? 0) < opens);
    let owner: string | undefined;
    for (let k = before - 1; k >= 0 && k >= before - MAX_MENTIONS_BACK && !owner; k--) {
      const mention = mentions[k];
      if (mention?.via === 'pronoun' && mention.text.toLowerCase() === possessive) owner = mention.entityId;
    }
    const entity = owner === undefined ? undefined : reader.entity(owner);
    if (!entity || (entity.type !== 'person' && entity.type !== 'organisation')) continue;
    q.speakerId = entity.id;
    q.speakerName = entity.name;
  }
}
