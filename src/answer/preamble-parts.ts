/**
 * A message's questions read with the sentences before them (its preamble, `QuestionPlan.context`): the
 * person the preamble describes for a question that names them by a noun ("I saw the Port Isabel mayor on TV…
 * What did the mayor say?"), the speaker it introduces for "what did he say?", and the sides it fronts for
 * "what did each of them say?". Each part is rewritten in turn by preamble-person.ts, preamble-speaker.ts and
 * compare-fronted.ts; the engine (engine.ts) answers the parts so written.
 */
import { withFrontedSides } from './compare-fronted.ts';
import type { PersonHeads } from './described.ts';
import type { QuestionPlan } from './parts.ts';
import { withPreamblePerson } from './preamble-person.ts';
import { talkingVerbs, withPreambleSpeaker } from './preamble-speaker.ts';
import type { QuestionReader } from './understand.ts';

/** `planned` with each part rewritten by its preamble; `heads` and `titleSet` are the person nouns and titles. */
export function partsWithPreamble(
  planned: QuestionPlan,
  reader: QuestionReader,
  heads: PersonHeads,
  titleSet: ReadonlySet<string>,
): QuestionPlan {
  const preamble = planned.context === null ? null : reader.analyseAsked(planned.context).tokens;
  return {
    ...planned,
    parts: planned.parts.map((p) =>
      withFrontedSides(
        withPreambleSpeaker(
          withPreamblePerson(p, planned.context, heads, titleSet),
          preamble,
          heads,
          reader.sayingWords,
          talkingVerbs(reader.data.wordnet),
        ),
        planned.context,
        (t) => reader.analyseAsked(t),
      ),
    ),
  };
}
