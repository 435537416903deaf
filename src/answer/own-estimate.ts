/**
 * "How many troops does he think Mexico has in Chiapas?" asks the figure a person gives as their own judgement,
 * not one they pass on from others in the same breath: "The figure I've seen in the Mexican press is about
 * twelve thousand troops in the state. I'd guess it's closer to fifteen thousand"; "The men will tell you Santa
 * Anna had ten thousand before the town" — "I would not put the number above four thousand". The figure of
 * their own is the one in a clause they open in the first person; one in a clause that opens with someone else
 * (the press, "the men") is what others hold.
 */
import type { NumberFact, Sentence } from '../knowledge/schema.ts';
import type { Token } from '../nlp/pipeline.ts';
import { howManyAt } from './asked-action.ts';

/** Verbs of holding an opinion: "how many did he think…", "does she believe…". English's closed class. */
const OPINION_VERBS: ReadonlySet<string> = new Set([
  'think',
  'believe',
  'guess',
  'reckon',
  'estimate',
  'suppose',
  'figure',
  'judge',
]);

/** A speaker's label in a transcript ("COL. DWIGHT FARRADAY (RET.), U.S. ARMY:") and opening quotation marks. */
const LEAD = /^(?:[\p{Lu}\p{N} .,'’()&-]+:\s*)?["“‘']*/u;
/** A clause opening in the first person: "I'd guess…", "I rode up…", "We counted…". */
const FIRST_PERSON = /^(?:I|We)\b/;
/** Where one sentence of a passage ends and the next begins, within one sentence of the knowledge. */
const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u;

/**
 * True when a count question asks what someone thinks the figure is ("how many … did he think …"): a verb of
 * opinion, not the noun ("how many troops does that figure count?").
 */
export function asksOwnEstimate(tokens: readonly Token[]): boolean {
  const at = howManyAt(tokens);
  return at >= 0 && tokens.some((t, i) => i > at && t.pos === 'VERB' && OPINION_VERBS.has(t.lemma));
}

/**
 * True when `sentence` gives figure `n` in a sentence of its own that opens in the first person: the
 * speaker's own judgement, not a figure they report others giving.
 */
export function givenAsOwn(n: NumberFact, sentence: Pick<Sentence, 'text'>): boolean {
  const part = sentence.text.split(SENTENCE_BREAK).find((p) => p.includes(n.text));
  return part !== undefined && FIRST_PERSON.test(part.replace(LEAD, ''));
}
