/**
 * '…At a checkpoint, a lieutenant colonel who did not wish to be named … "There is so much …," the officer
 * said.': "the" and a general noun for a person point back to the latest person the text described by a
 * noun that is a kind of it (WordNet: a lieutenant colonel is an officer), when no one has been named since.
 * The speaker is that person, named as the text introduced them ("a lieutenant colonel"), not "the officer".
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import type { WorkingSentence } from './working.ts';

/** Sentences looked back over, the quotation's own included. */
const MAX_SENTENCES_BACK = 4;
/**
 * Tokens read back at most, over all those sentences: a description two sentences back is near; a sentence of
 * thousands of quotations must not be read from its start for each one.
 */
const MAX_TOKENS_BACK = 160;
/** Words at most between "a" and the noun for a person ("a young lieutenant colonel"). */
const MAX_DESCRIBED_WORDS = 3;

/** What the reading asks of words and mentions. */
export interface KindAntecedentReader {
  isPersonNoun(lemma: string): boolean;
  /** True when the first sense of `lemma` is a kind of a synset with the word `kind`. */
  isKindOf(lemma: string, kind: string): boolean;
  entity(id: string): { type: string } | undefined;
}

/**
 * The person `head` (the lemma of "the officer"'s noun, in `sentence`) points back to: the last "a"/"an",
 * adjectives and nouns ending in a noun for a person of a kind of `head` (not `head` itself), in the
 * sentence before `before` or up to {@link MAX_SENTENCES_BACK} sentences back in its paragraph or the one
 * before (at most {@link MAX_TOKENS_BACK} tokens in all), with no one named by name after it; `null` when there
 * is none.
 */
export function kindAntecedent(
  reader: KindAntecedentReader,
  sentence: WorkingSentence,
  before: number,
  head: string,
): Omit<SpeakerGuess, 'cue'> | null {
  let s: WorkingSentence | null = sentence;
  let budget = MAX_TOKENS_BACK;
  for (let back = 0; s && back < MAX_SENTENCES_BACK && budget > 0; back++, s = s.previous) {
    if (sentence.paragraph - s.paragraph > 1 || s.kind !== sentence.kind) return null;
    const end = s === sentence ? before : s.tokenEnd;
    const from = Math.max(s.tokenStart, end - budget);
    budget -= end - from;
    const found = lastDescribed(reader, s.analysis, from, end, head);
    const named = s.mentions.some(
      (m) =>
        m.via !== 'pronoun' &&
        m.token < end &&
        m.token >= from &&
        (found === null || m.token > found.head) &&
        reader.entity(m.entityId)?.type === 'person',
    );
    if (named) return null;
    if (found) return { speakerId: null, speakerName: found.name };
  }
  return null;
}

/** The last description of a person of a kind of `head` in tokens [`from`, `to`), and its noun's token. */
function lastDescribed(
  reader: KindAntecedentReader,
  analysis: Analysis,
  from: number,
  to: number,
  head: string,
): { name: string; head: number } | null {
  for (let k = to - 1; k >= from; k--) {
    const a = tokenAt(analysis, k);
    if (a.normal !== 'a' && a.normal !== 'an') continue;
    let last = -1;
    for (let j = k + 1; j < to && j <= k + MAX_DESCRIBED_WORDS; j++) {
      const w = tokenAt(analysis, j);
      if (w.pos !== 'ADJ' && w.pos !== 'NOUN') break;
      if (w.pos === 'NOUN') last = j;
    }
    if (last < 0) continue;
    const noun = tokenAt(analysis, last);
    if (noun.lemma === head || !reader.isPersonNoun(noun.lemma) || !reader.isKindOf(noun.lemma, head))
      continue;
    return { name: analysis.text.slice(a.start, noun.end), head: last };
  }
  return null;
}
