/**
 * A transcript's or interview's answer turn and the question it answers: "OCHOA: What was the work, in those
 * first years?" then "PRUETT: Mostly liquor." The answer says its subject only in the question turn before
 * it, so it reads with that question as a sentence pointing back ("They were…") reads with the one before.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { speakerLabel } from '../knowledge/transcript.ts';

/** "Q:" or "A:" opening an interview's paragraph. */
const INTERVIEW_MARK = /^\s*([QA])\s*[:.]\s+/i;

/** The turn mark opening a paragraph's first sentence: the speaker label's words, "Q" or "A"; else null. */
function turnMark(s: Sentence): string | null {
  if (s.position !== 1) return null;
  const interview = INTERVIEW_MARK.exec(s.text)?.[1];
  if (interview) return interview.toUpperCase();
  return speakerLabel(s.text)?.name.toUpperCase() ?? null;
}

/**
 * Words an answer turn's first sentence may have to read with the question before it: a short answer ("Mostly
 * liquor.", "I would guess weeks, not years.") says its subject only there; a longer one says it itself.
 */
const SHORT_ANSWER_WORDS = 12;

/** A word: it has a letter or a digit. */
const WORD = /\p{L}|\p{N}/u;

/** The words of a turn's first sentence after its mark. */
function wordsAfterMark(s: Sentence): number {
  const label = speakerLabel(s.text);
  const rest = label ? s.text.slice(label.end) : s.text.replace(INTERVIEW_MARK, '');
  return rest.split(/\s+/).filter((w) => WORD.test(w)).length;
}

/** True when a sentence is a question: it ends with a question mark (closing marks aside). */
function asks(s: Sentence): boolean {
  return /\?["”’')\]]*\s*$/.test(s.text);
}

/**
 * True when `sentences[i]` opens an answer turn right after a question turn of another speaker in its
 * article: its paragraph opens with a turn mark ("PRUETT:", "A:") and a short sentence, the sentence before it
 * ends the previous paragraph with a question, and that paragraph's turn is another speaker's ("OCHOA:", "Q:").
 */
export function answersQuestionTurn(sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i];
  const before = sentences[i - 1];
  if (!s || !before || before.sourceId !== s.sourceId || before.paragraph !== s.paragraph - 1) return false;
  const mark = turnMark(s);
  if (mark === null || !asks(before) || wordsAfterMark(s) > SHORT_ANSWER_WORDS) return false;
  let k = i - 1;
  while (k > 0 && sentences[k]!.position > 1 && sentences[k - 1]!.sourceId === s.sourceId) k--;
  const asker = turnMark(sentences[k]!);
  if (asker === null || asker === mark) return false;
  return mark === 'A' ? asker === 'Q' : asker !== 'Q';
}
