/**
 * A transcript's speaker going on after their turn, in a paragraph with no label of its own: "HOWARD
 * STALLWORTH, POLITICAL SCIENTIST: What strikes me is … / He went on: '…'". The pronoun is the one whose turn
 * the paragraph before is, not a name their turn spoke of.
 */
import { firstTokenAtOrAfter } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';
import { speakerLabel } from './transcript.ts';
import type { WorkingQuote } from './working.ts';

/** The pronouns, by the gender they say. */
const PRONOUN_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
/** Verbs by which a speaker goes on ("went on", "continued", "added"). */
const GOING_ON_VERBS: ReadonlySet<string> = new Set(['go', 'continue', 'add']);
/** Tokens at most from the pronoun to the colon ("He went on", "She then added"). */
const MAX_TOKENS_TO_COLON = 4;

/**
 * Gives each top-level quotation that a paragraph with no speaker's label hands over by "He went on:" or "She
 * added:", right after a paragraph that is a named person's turn, to that person when the pronoun's gender
 * does not say otherwise.
 */
export function speakersGoingOnAfterTurns(
  quotes: WorkingQuote[],
  genderOf: (id: string) => 'male' | 'female' | null,
): void {
  const turns = new Map<number, WorkingQuote>();
  for (const q of quotes) if (q.cue === 'turn' && q.speakerId !== null) turns.set(q.sentence.paragraph, q);
  if (turns.size === 0) return;
  for (const q of quotes) {
    if (q.parent !== null || q.cue === 'turn') continue;
    const turn = turns.get(q.sentence.paragraph - 1);
    if (!turn?.speakerId || turn.speakerId === q.speakerId) continue;
    const gender = goingOnPronoun(q);
    if (gender === null) continue;
    const known = genderOf(turn.speakerId);
    if (known !== null && known !== gender) continue;
    Object.assign(q, { speakerId: turn.speakerId, speakerName: turn.speakerName, cue: 'continue' });
  }
}

/** The gender of "He"/"She" when the quotation's paragraph opens "He went on:" right before it; `null` otherwise. */
function goingOnPronoun(q: WorkingQuote): 'male' | 'female' | null {
  const { sentence } = q;
  const { analysis, tokenStart, tokenEnd } = sentence;
  const gender = PRONOUN_GENDERS.get(tokenAt(analysis, tokenStart).normal);
  if (gender === undefined || sentence.position !== 1 || speakerLabel(sentence.text) !== null) return null;
  const opening = firstTokenAtOrAfter(analysis, tokenStart, tokenEnd, q.span.outerStart);
  if (opening - tokenStart > MAX_TOKENS_TO_COLON + 1 || tokenAt(analysis, opening - 1).value !== ':')
    return null;
  let verb = false;
  for (let k = tokenStart + 1; k < opening - 1; k++) {
    const t = tokenAt(analysis, k);
    if (t.pos === 'VERB' && GOING_ON_VERBS.has(t.lemma)) verb = true;
    else if (t.pos !== 'ADV' && t.pos !== 'ADP') return null;
  }
  return verb ? gender : null;
}
