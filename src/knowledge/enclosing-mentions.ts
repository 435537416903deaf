/**
 * "A young officer of Gen. Blanco's staff, who asked that his name not be printed, said …": a person the
 * article names inside the words describing someone else (the owner of the staff, the senator a spokesman
 * speaks for) is read before the end of those words, yet the one the words are about is the subject the
 * sentence goes on with. Once the words are read, that person is again the last one named, so "his" and the
 * "he said" that follow are theirs, not the owner's. Kept as one open mention at a time: constant work per
 * mention.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import { tokenAt } from './speakers.ts';

/** A person's mention whose words are being read: the entity and the character offset where they end. */
export interface OpenMention {
  entityId: string;
  end: number;
  /** True once another person was named inside the words. */
  holdsOther: boolean;
}

/**
 * The open mention after reading person mention `m` (its first token and text): `m` itself when it reaches
 * further than the open one, else the open one, marked as holding another person when `m` names someone
 * else inside it.
 */
export function readMention(
  open: OpenMention | null,
  analysis: Analysis,
  m: { entityId: string; token: number; text: string },
): OpenMention | null {
  const start = tokenAt(analysis, m.token).start;
  const end = start + m.text.length;
  if (open && start < open.end) {
    if (m.entityId !== open.entityId && end <= open.end) open.holdsOther = true;
    return open;
  }
  return { entityId: m.entityId, end, holdsOther: false };
}
