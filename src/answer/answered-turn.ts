/**
 * A who-question the text itself asks and answers: an interview's "Who led them?" followed by "The accounts
 * name Capt. Alfredo Carrillo." The asked verb in the text's own question says the role; the person the next
 * sentence names first fills it. Reads the sentence, its successor, and their mentions; nothing else.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { Context } from './handlers.ts';

/** A speaker's label opening a turn ("Peloncillo Quarterly: ", "TAPIA WHITLEY: "). */
const TURN_LABEL = /^[\p{L}.'’ ]{1,40}:\s*/u;
/** A question in the text opening with "who" and ending with its question mark, short as an interviewer's is. */
const TEXT_WHO_QUESTION = /^who\b[^?]{0,80}\?$/iu;

/**
 * The answer to `sentence` when it is a who-question of the text asking `asked` ("Who led them?" for
 * "lead"): the first candidate named in the sentence after it, with that sentence. `null` when the sentence
 * asks no such question or the next names no candidate.
 */
export function answeredInNextSentence(
  ctx: Context,
  sentence: Sentence,
  asked: readonly string[],
  isCandidate: (id: string) => boolean,
): { agent: string; sentence: Sentence } | null {
  const label = (text: string) => TURN_LABEL.exec(text)?.[0].length ?? 0;
  if (asked.length === 0 || !TEXT_WHO_QUESTION.test(sentence.text.slice(label(sentence.text)).trim()))
    return null;
  const verbs = ctx.reader
    .analyse(sentence.text)
    .tokens.filter((t) => t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN')
    .map((t) => t.lemma);
  if (!verbs.some((v) => asked.some((a) => a === v || ctx.reader.synonymsOf(a).includes(v)))) return null;
  const next = ctx.index.neighbour(sentence.id, 1);
  if (!next || next.sourceId !== sentence.sourceId) return null;
  const first = next.mentions
    .filter((m) => m.via !== 'pronoun' && isCandidate(m.entityId))
    .map((m) => ({ id: m.entityId, at: next.text.indexOf(m.text) }))
    // Not the answering speaker's own label ("Tapia Whitley: The accounts name…").
    .filter((m) => m.at >= label(next.text))
    .sort((a, b) => a.at - b.at)[0];
  return first ? { agent: first.id, sentence: next } : null;
}
