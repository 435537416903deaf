/**
 * A who-question asked in the passive ("Who was detained?", "Who was wounded in the raid?") asks for the one
 * the act was done to, not the one who did it: in the evidence, the subject of the verb in the passive ("Two
 * men were detained by the US Border Patrol": the men, not the Border Patrol) or the object right after it in
 * the active ("agents detained Juan Pérez", "wounding Guard soldier Luis Ortega"). English grammar, not the
 * domain.
 */
import type { Sentence } from '../knowledge/schema.ts';
import { PASSIVE_BE } from '../nlp/passive-auxiliaries.ts';
import type { Token } from '../nlp/pipeline.ts';
import { mentionSpans, relativeAntecedent } from './name-positions.ts';
import type { Context } from './handlers.ts';

/** Auxiliaries that may stand between "who" and the passive "be" ("who has been charged"). */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Words between a subject and its passive verb ("were later", "had been"). */
const MAX_SUBJECT_GAP = 3;
/** Words of a title or role between an active verb and the name it is done to ("wounding Guard soldier"). */
const MAX_OBJECT_LEAD = 4;

/** True when `t` is a past participle as the tagger reads one: a verb in a form that is not its lemma nor "-ing". */
function isParticiple(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && t.normal !== t.lemma && !t.normal.endsWith('ing');
}

/** True when the question asks "who" of a verb in the passive ("Who was detained?", "Who has been charged?"). */
export function asksPatient(tokens: readonly Token[]): boolean {
  const who = tokens.findIndex((t) => t.normal === 'who');
  if (who < 0) return false;
  let at = who + 1;
  if (PERFECT.has(tokens[at]?.normal ?? '')) at++;
  if (!PASSIVE_BE.has(tokens[at]?.normal ?? '')) return false;
  while (tokens[at + 1]?.pos === 'ADV') at++;
  return isParticiple(tokens[at + 1]);
}

/**
 * The candidate a sentence says the asked act was done to: the name right before the asked verb in the
 * passive (after auxiliaries and adverbs only), or right after it in the active (after a determiner or a
 * title). `null` when no candidate stands there, so no agent is given for the patient asked.
 */
export function patientIn(
  ctx: Context,
  sentence: Sentence,
  asked: readonly string[],
  isCandidate: (id: string) => boolean,
): string | null {
  const analysis = ctx.reader.analyse(sentence.text);
  const tokens = analysis.tokens;
  const spans = mentionSpans(analysis, sentence).filter((m) => isCandidate(m.entityId));
  if (spans.length === 0) return null;
  const matches = (lemma: string) =>
    asked.some((a) => a === lemma || ctx.reader.synonymsOf(a).includes(lemma));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.pos !== 'VERB' || !matches(tok.lemma)) continue;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
    if (PASSIVE_BE.has(tokens[k]?.normal ?? '')) {
      const subject = spans.filter((m) => m.end <= k).at(-1);
      const gap = subject ? tokens.slice(subject.end, i) : [];
      if (
        subject &&
        gap.length <= MAX_SUBJECT_GAP &&
        gap.every((g) => ['AUX', 'ADV', 'PART'].includes(g.pos))
      )
        return subject.entityId;
      // "Sgt. Ann Cole, a Guard soldier who was wounded": the one the clause describes.
      const described = relativeAntecedent(tokens, spans, i);
      if (described) return described;
      continue;
    }
    const object = spans.find((m) => m.start > i);
    const lead = object ? tokens.slice(i + 1, object.start) : [];
    if (
      object &&
      lead.length <= MAX_OBJECT_LEAD &&
      lead.every((t) => t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.value === '.')
    )
      return object.entityId;
  }
  return null;
}
