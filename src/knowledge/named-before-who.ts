/**
 * "… before he left he met Geronimo, who promised to come in and talk with Crook 'in two moons.'": the verb of
 * saying is the relative clause's, so the person "who" stands for speaks, though the sentence's own subject
 * is someone else and the person stands where an object does.
 */
import type { WorkingSentence } from './working.ts';
import { charRange } from './mention-index.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import { PASSIVE_BE_OR_GET } from '../nlp/passive-auxiliaries.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}/u;

/** Capitalised words at most of a name the article knows no entity by ("Geronimo", "Juan Cortina"). */
const MAX_NAME_WORDS = 4;

/**
 * The person named right before ", who" ending `words` (token indices of `sentence`, the words before the
 * verb of saying and its auxiliaries): the person entity whose mention ends there, or, with no mention, the
 * capitalised name words before the comma as written; `null` when another entity is named there or none.
 */
export function namedBeforeWho(
  sentence: WorkingSentence,
  words: readonly number[],
  entity: (id: string) => { id: string; name: string; type: string } | undefined,
): Omit<SpeakerGuess, 'cue'> | null {
  const { analysis } = sentence;
  const who = words.at(-1);
  const comma = words.at(-2);
  if (who === undefined || comma === undefined) return null;
  if (tokenAt(analysis, who).normal !== 'who' || tokenAt(analysis, comma).value !== ',') return null;
  // "Sgt. Ray Dunn, who was described as 'a model soldier' by his commander": the words are said of him.
  if (PASSIVE_BE_OR_GET.has(analysis.tokens[who + 1]?.normal ?? '')) return null;
  const end = tokenAt(analysis, comma).start;
  const named = sentence.mentions.find((m) => m.via !== 'pronoun' && charRange(analysis, m).end === end);
  if (named) {
    const found = entity(named.entityId);
    return found?.type === 'person' ? { speakerId: found.id, speakerName: found.name } : null;
  }
  let first = words.length - 2;
  while (first > 0 && words.length - 2 - first < MAX_NAME_WORDS) {
    const tok = tokenAt(analysis, words[first - 1] ?? -1);
    if (tok.pos !== 'PROPN' || !P1.test(tok.value)) break;
    first--;
  }
  if (first === words.length - 2) return null;
  // A name opening its sentence may be a capitalised word of any kind; one inside it is a name.
  const start = words[first] ?? -1;
  if (start <= sentence.tokenStart) return null;
  const text = analysis.text.slice(tokenAt(analysis, start).start, end);
  return { speakerId: null, speakerName: text };
}
