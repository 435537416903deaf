/**
 * Who speaks the words after a verb of saying in its "-ing" form: set off by a comma it opens a participle
 * clause whose main clause's subject speaks ("A band of armed men attacked the custom house at daybreak,
 * shouting '…'"); after a verb of perceiving it gives the words to that verb's object ("Ana Ruiz heard a woman
 * in the crowd shouting '…'"). Read by words-before-quote.ts at each verb before a quotation.
 */
import { speakerAfterObject } from './participle-after-object.ts';
import { isPresentParticiple, participleAfterComma, participleSubject } from './participle-clauses.ts';
import type { QuoteSurroundings, SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';

/**
 * The speaker of a verb of saying in "-ing" (a speaker; `null` when the words are no one's; `undefined` when
 * the verb hands nothing over and the verb before it is read): the subject of a clause it follows
 * after a comma (of `left`, else of `clause`, which keeps what `left` sets off: "On Sunday, a crowd …"), or
 * the object of a verb of perceiving before it.
 */
export function participleSpeaker(
  finder: SpeakerFinder,
  around: QuoteSurroundings,
  cue: { k: number; token: number; listed: boolean },
  left: readonly number[],
  clause: readonly number[],
): SpeakerGuess | null | undefined {
  const { sentence, before, people, outer } = around;
  const { analysis } = sentence;
  const { k, listed } = cue;
  const cueToken = tokenAt(analysis, cue.token);
  // "…attacked the custom house in Nogales, Sonora, at daybreak, shouting '…'": the clause's subject speaks.
  if (listed && participleAfterComma(analysis, before, k)) {
    const subject =
      participleSubject(finder, sentence, left, people, outer) ??
      (clause.length > left.length ? participleSubject(finder, sentence, clause, people, outer) : null);
    return subject ? { ...subject, cue: cueToken.lemma } : null;
  }
  // "Ana Ruiz heard a woman in the crowd shouting '…'": the words may be the object's, never the subject's.
  if (
    listed &&
    isPresentParticiple(cueToken) &&
    before.slice(k + 1).every((t) => tokenAt(analysis, t).pos === 'PUNCT')
  ) {
    const object = speakerAfterObject(analysis, left, finder.isPersonNoun);
    if (object !== undefined) return object ? { ...object, cue: cueToken.lemma } : null;
  }
  return undefined;
}
