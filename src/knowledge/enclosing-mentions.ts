/**
 * "A young officer of Gen. Blanco's staff, who asked that his name not be printed, said …": a person the
 * article names inside the words describing someone else (the owner of the staff, the senator a spokesman
 * speaks for) is read before the end of those words, yet the one the words are about is the subject the
 * sentence goes on with. Once the words are read, that person is again the last one named, so "his" and the
 * "he said" that follow are theirs, not the owner's. Kept as one open mention at a time: constant work per
 * mention. A name opening a sentence reaches over the phrases describing it up to its verb
 * (subject-appositions.ts).
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** A person's mention whose words are being read: the entity and the character offset where they end. */
export interface OpenMention {
  entityId: string;
  end: number;
  /** True once another person was named inside the words. */
  holdsOther: boolean;
  /**
   * Where the phrases describing a name begin, past the name itself, when they reach on to its verb
   * (subject-appositions.ts): a pronoun among them is the subject's ("a saddler before he enlisted").
   */
  describedFrom?: number;
}

/**
 * The open mention after reading person mention `m` (its first token and text, and `reach`, the end of the
 * words describing it when they go on past its name): `m` itself when it reaches further than the open one,
 * else the open one, marked as holding another person when `m` names someone else inside it.
 */
export function readMention(
  open: OpenMention | null,
  analysis: Analysis,
  m: { entityId: string; token: number; text: string },
  reach: number | null = null,
): OpenMention | null {
  const start = tokenAt(analysis, m.token).start;
  const end = Math.max(start + m.text.length, reach ?? 0);
  if (open && start < open.end) {
    if (m.entityId !== open.entityId && end <= open.end) open.holdsOther = true;
    // "Sergeant Malachi" then "Sergeant Malachi Drew": the longer name of the same person reaches further.
    if (m.entityId === open.entityId && end > open.end) {
      open.end = end;
      if (reach !== null && reach > start + m.text.length) open.describedFrom = start + m.text.length;
    }
    return open;
  }
  return {
    entityId: m.entityId,
    end,
    holdsOther: false,
    ...(reach !== null && reach > start + m.text.length && { describedFrom: start + m.text.length }),
  };
}
