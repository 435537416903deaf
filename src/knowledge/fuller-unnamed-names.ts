/**
 * The fuller names of the people an article describes without naming ("a spokesman for the department"),
 * read once its quotations are attributed.
 */
import type { ArticlePerson } from './discovered-person.ts';
import { lowerBound } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import { readingOrder } from './mention-order.ts';
import { tokenAt, type PersonMention } from './speakers.ts';
import { spokespersonOfBody } from './spokespeople.ts';
import { ownerInName } from './unnamed-owners.ts';
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
  const byParagraph = new Map<number, WorkingSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
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

/**
 * The sentence of a paragraph (its sentences in order) holding token `t`, by binary search: a paragraph may
 * hold thousands of unnamed people, and a scan of its sentences for each was quadratic in the paragraph.
 */
function sentenceHolding(sentences: readonly WorkingSentence[], t: number): WorkingSentence | undefined {
  const s = sentences[lowerBound(0, sentences.length, (k) => (sentences[k]?.tokenEnd ?? 0) <= t)];
  return s && s.tokenStart <= t && t < s.tokenEnd ? s : undefined;
}
