/**
 * The fuller names of the people an article describes without naming ("a spokesman for the department"),
 * read once its quotations are attributed.
 */
import type { ArticlePerson } from './discovered-person.ts';
import type { EntityData } from './entity-data.ts';
import { readingOrder } from './mention-order.ts';
import { tokenAt, type PersonMention } from './speakers.ts';
import { spokespersonOfBody } from './spokespeople.ts';
import { ownerInName } from './unnamed-owners.ts';
import { sentenceHolding, sentencesByParagraph } from './paragraph-sentences.ts';
import type { WorkingSentence } from './working.ts';

/**
 * Unnamed people's fuller names, read after attribution: a spokesperson by the body the sentence before
 * opens with (spokespeople.ts), a "his"/"her" in their words by the person it stands for (unnamed-owners.ts).
 */
export function fullerUnnamedNames(
  people: readonly ArticlePerson[],
  sentences: readonly WorkingSentence[],
  mentions: readonly PersonMention[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
  genderOf: (id: string) => 'male' | 'female' | null,
): Map<string, string> {
  const out = new Map<string, string>();
  const unnamed = people.filter((p) => p.unnamedAt);
  if (unnamed.length === 0) return out;
  const byParagraph = sentencesByParagraph(sentences);
  for (const p of unnamed) {
    const at = p.unnamedAt;
    if (!at) continue;
    const own = sentenceHolding(byParagraph.get(at.paragraph + 1) ?? [], at.start);
    const order = readingOrder(at.paragraph, own ? tokenAt(own.analysis, at.start).start : 0);
    const name =
      spokespersonOfBody(p.name, own, entity) ??
      (own ? ownerInName(p.name, order, mentions, p.id, genderOf, (id) => entity(id)?.name) : null);
    if (name) out.set(p.id, name);
  }
  return out;
}
