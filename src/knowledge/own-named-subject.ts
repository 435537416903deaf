/**
 * "Dr. Rebeca Garza Saucedo … reminded the audience that the army passed through this region. Santa Anna
 * gathered his forces at Saltillo": a sentence that opens with a name of its own has its own subject, and a
 * pronoun after it is most likely that subject's, not the last person the article introduced. Such a
 * pronoun says nothing of that person's gender.
 */
import type { Token } from '../nlp/pipeline.ts';
import { NAME_WORD } from './name-words.ts';

/**
 * True when the sentence from token `sentenceStart` opens with capitalised proper nouns and their verb,
 * the name no mention of the person `awaited` (`mentionAt` gives the person a token starts a mention of, if any), and
 * the pronoun at `pronoun` comes after it: the pronoun likely stands for that sentence's own subject.
 */
export function opensWithAnotherName(
  tokens: readonly Token[],
  sentenceStart: number,
  pronoun: number,
  mentionAt: (t: number) => string | null,
  awaited: string,
): boolean {
  // "Santa Anna gathered": capitalised proper nouns and the verb they are the subject of; "Daily
  // apprehensions have fallen" opens with a capital only because the sentence does.
  let t = sentenceStart;
  while (t < pronoun && tokens[t]?.pos === 'PROPN' && NAME_WORD.test(tokens[t]?.value ?? '')) t++;
  if (t === sentenceStart || t >= pronoun || tokens[t]?.pos !== 'VERB') return false;
  return mentionAt(sentenceStart) !== awaited;
}
