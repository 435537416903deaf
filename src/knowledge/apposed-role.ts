/**
 * A role set off after a person's name describes that person: "Benito Juárez, the president who fought the
 * French" speaks of Juárez, not of the president the coverage knows today. The role word is then no mention
 * of its holder.
 */
import type { Analysis } from '../nlp/pipeline.ts';
import type { EntityMention } from './schema.ts';
import { POSSESSIVE_ENDINGS } from '../nlp/possessive.ts';

/** Words that may stand between the comma and the role ("the", "a former", "then the"). */
const APPOSITION_LEAD: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'then',
  'former',
  'late',
  'its',
  'their',
]);
/** Most such words. */
const MAX_LEAD = 2;

/**
 * True when the role mention `role` opens an apposition to a person mention among `mentions` that ends
 * right before its comma, another than the role's holder (`isPerson` tells a mention's entity is a person).
 */
export function roleApposedToPerson(
  analysis: Analysis,
  role: EntityMention & { token: number },
  mentions: ReadonlyArray<EntityMention & { token: number }>,
  isPerson: (entityId: string) => boolean,
): boolean {
  const tokens = analysis.tokens;
  // "Gen. Díaz, the president's chief of staff": the president is still named, as the owner.
  const roleEnd = (tokens[role.token]?.start ?? 0) + role.text.length;
  let next = role.token + 1;
  while ((tokens[next]?.start ?? Infinity) < roleEnd) next++;
  if (POSSESSIVE_ENDINGS.has(tokens[next]?.normal ?? '')) return false;
  let k = role.token - 1;
  for (let lead = 0; lead < MAX_LEAD && APPOSITION_LEAD.has(tokens[k]?.normal ?? ''); lead++) k--;
  if (k === role.token - 1 || tokens[k]?.value !== ',') return false;
  const nameEnd = tokens[k - 1]?.end;
  if (nameEnd === undefined) return false;
  return mentions.some((m) => {
    // "Luis Cresencio Sandoval, the defence minister": the holder named twice, the role still names him.
    if (m.via === 'pronoun' || m.via === 'role' || m.entityId === role.entityId || !isPerson(m.entityId))
      return false;
    const start = tokens[m.token]?.start;
    return start !== undefined && start + m.text.length === nameEnd;
  });
}
