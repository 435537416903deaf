/**
 * "There was a march of maybe two thousand people … They chanted, '¡El Charco no se olvida!'": "they" opening
 * a sentence that chants or shouts the words, with no one the article names to stand for, is the gathering
 * the sentences just before tell of. The words are a crowd's, named as its people: a crowd or a mob by
 * itself ("the crowd"), a march or a protest by those who make it ("the marchers", "the protesters").
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import { quoted, tokenAt } from './speakers.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Verbs by which a crowd gives words out loud together. */
const CHANTING_VERBS: ReadonlySet<string> = new Set([
  'chant',
  'shout',
  'cry',
  'yell',
  'scream',
  'roar',
  'sing',
  'cheer',
  'holler',
]);

/**
 * Nouns for a gathering of people and how its people are named: a crowd is named by itself, an event by
 * those who make it (English derives them: "march" → "marchers"; WordNet's first senses do not, "march"
 * being a month there).
 */
const GATHERINGS: ReadonlyMap<string, string> = new Map([
  ['crowd', 'the crowd'],
  ['mob', 'the mob'],
  ['throng', 'the throng'],
  ['multitude', 'the crowd'],
  ['audience', 'the audience'],
  ['congregation', 'the congregation'],
  ['gathering', 'the crowd'],
  ['rally', 'the crowd'],
  ['march', 'the marchers'],
  ['procession', 'the marchers'],
  ['parade', 'the marchers'],
  ['demonstration', 'the demonstrators'],
  ['protest', 'the protesters'],
  ['demonstrator', 'the demonstrators'],
  ['protester', 'the protesters'],
  ['protestor', 'the protesters'],
  ['marcher', 'the marchers'],
]);

/** Tokens at most from "they" to the chanting verb ("They were all chanting"). */
const MAX_TOKENS_TO_VERB = 4;
/** Tokens at most between the verb and the words (", over and over,"). */
const MAX_TOKENS_TO_WORDS = 6;
/** Sentences at most read back, in the quotation's paragraph, for the gathering. */
const MAX_SENTENCES_BACK = 4;
/** Tokens at most read back over those sentences. */
const MAX_TOKENS_BACK = 200;

/**
 * Gives each top-level quotation with no speaker, that a sentence opening "They chanted" or "They were
 * shouting" hands over, to the gathering named last in the sentences before it in its paragraph.
 */
export function speakersOfChantingCrowds(quotes: WorkingQuote[]): void {
  for (const quote of quotes) {
    if (quote.parent !== null || quote.speakerName !== 'unattributed') continue;
    if (!chantedByThem(quote)) continue;
    const crowd = gatheringBefore(quote.sentence);
    if (crowd !== null) Object.assign(quote, { speakerId: null, speakerName: crowd, cue: 'chant' });
  }
}

/** True when the quotation's sentence opens "They (were) chanting" and the words follow the verb. */
function chantedByThem(quote: WorkingQuote): boolean {
  const { analysis, tokenStart, tokenEnd } = quote.sentence;
  if (tokenAt(analysis, tokenStart).normal !== 'they') return false;
  const opening = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, quote.span.outerStart);
  let verb = -1;
  for (let k = tokenStart + 1; k < opening && k - tokenStart <= MAX_TOKENS_TO_VERB; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos === 'VERB' && CHANTING_VERBS.has(t.lemma)) {
      verb = k;
      break;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'DET') return false;
  }
  if (verb < 0 || opening - verb - 1 > MAX_TOKENS_TO_WORDS) return false;
  // ", over and over,", ", again,", "with": only marks, adverbs and their links between the verb and the words.
  for (let k = verb + 1; k < opening; k++) {
    const pos = tokenAt(analysis, k).pos;
    if (pos !== 'PUNCT' && pos !== 'ADV' && pos !== 'ADP' && pos !== 'CCONJ') return false;
  }
  return true;
}

/** The people of the gathering named last before `sentence` in its paragraph, outside quotations, or `null`. */
function gatheringBefore(sentence: WorkingSentence): string | null {
  let read = 0;
  let before = sentence.previous;
  for (let back = 0; before && back < MAX_SENTENCES_BACK; back++, before = before.previous) {
    if (before.paragraph !== sentence.paragraph || before.kind !== sentence.kind) return null;
    for (let k = before.tokenEnd - 1; k >= before.tokenStart; k--) {
      if (++read > MAX_TOKENS_BACK) return null;
      const t = tokenAt(before.analysis, k);
      if (t.pos !== 'NOUN') continue;
      const people = GATHERINGS.get(t.lemma) ?? GATHERINGS.get(t.normal);
      if (people !== undefined && !quoted(before, k)) return people;
    }
  }
  return null;
}
