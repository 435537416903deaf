/**
 * Names in brackets for what a shown sentence only describes: "first made public by that news agency
 * [Agence France-Presse]". A sentence lifted out of its article loses the earlier sentence that named the
 * thing; the knowledge already links the description to the entity (a `role` mention), so the reader gets
 * the name back in the editor's usual form. Pronouns are left alone, and organisations but after "that"
 * or "this": their links are less sure.
 */
import type { Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Evidence } from './types.ts';

/** A description that points back ("that news agency", "the spokeswoman", "this group"). */
const POINTING_BACK = /^(?:that|this|these|those|the)\s/i;
const DEMONSTRATIVE = /^(?:that|this|these|those)\s/i;

/** The sentence's text with the name of each entity it only describes after the description. */
export function glossedText(index: KnowledgeIndex, sentence: Sentence): string {
  let text = sentence.text;
  const lower = text.toLowerCase();
  const done = new Set<string>();
  const inserts: { at: number; name: string }[] = [];
  for (const m of sentence.mentions) {
    if (m.via !== 'role' || done.has(m.entityId) || !POINTING_BACK.test(m.text)) continue;
    const entity = index.entities.get(m.entityId);
    // "The department" and "the agency" are linked less surely than "the governor" or "that news agency":
    // an organisation is named only after a demonstrative.
    if (!entity || (entity.type !== 'person' && !DEMONSTRATIVE.test(m.text))) continue;
    done.add(m.entityId);
    // Named in the sentence itself (by any of its names, or a surname): nothing to add.
    const names = [entity.name, ...entity.aliases, entity.name.split(/\s+/).at(-1) ?? ''];
    if (names.some((n) => n.length > 2 && lower.includes(n.toLowerCase()))) continue;
    const at = text.indexOf(m.text);
    if (at < 0) continue;
    inserts.push({ at: at + m.text.length, name: entity.name });
  }
  for (const { at, name } of inserts.sort((a, b) => b.at - a.at))
    text = `${text.slice(0, at)} [${name}]${text.slice(at)}`;
  return text;
}

/** The evidence as shown: sentences carry the names of what they only describe. */
export function glossEvidence(index: KnowledgeIndex, evidence: readonly Evidence[]): Evidence[] {
  return evidence.map((e) => {
    if (e.kind !== 'sentence') return e;
    const sentence = index.sentence(e.id);
    if (!sentence || sentence.text !== e.text) return e;
    const text = glossedText(index, sentence);
    return text === e.text ? e : { ...e, text };
  });
}
