/**
 * A sentence that leads into a compared person's words without giving them: "She puts the cotton far higher
 * than the Captain does. 'There were a thousand bales if there was one…'" The lead-in says that the two
 * differ; what she says, the figure or the view set against the other's, is the quotation after it. A side's
 * quotation goes on likewise in the next sentence ({@link quotationGoingOn}).
 */
import type { KnowledgeIndex } from './knowledge-index.ts';
import { quoteEvidence } from './handlers.ts';
import type { Evidence } from './types.ts';

/**
 * The quotation that follows a shown sentence in its paragraph when the sentence holds no quotation of its
 * own and the quotation is the words of a person it names of `people` (the compared ones); `null` otherwise.
 */
export function quotedAfterLeadIn(
  index: KnowledgeIndex,
  e: Evidence,
  people: readonly string[],
): Evidence | null {
  if (e.kind !== 'sentence') return null;
  const sentence = index.sentence(e.id);
  const next = index.neighbour(e.id, 1);
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return null;
  // A quotation is read with the sentence that names its speaker, so the lead-in may list the one after it.
  const wordsIn = (text: string) =>
    (index.quotesBySentence.get(e.id) ?? []).some((q) => text.includes(q.text));
  if (wordsIn(sentence.text)) return null;
  const named = new Set(sentence.mentions.map((m) => m.entityId).filter((id) => people.includes(id)));
  const words = index.quotesBySentence
    .get(next.id)
    ?.find((q) => q.speakerId !== null && named.has(q.speakerId) && next.text.includes(q.text));
  return words ? quoteEvidence(index, words) : null;
}

/**
 * The quotation a side's quotation goes on with: the same speaker's words in the next sentence of the same
 * paragraph ("Any illegal attempt to enter that zone is entering a military base," the defense secretary
 * said. "You will be detained."), which a comparison of what people said shows with it, whether the side
 * shows the quotation or the sentence it is in; `null` when none.
 */
export function quotationGoingOn(index: KnowledgeIndex, e: Evidence): Evidence | null {
  // A sentence's own quotation is one whose words it holds: a quotation of the next sentence is listed with
  // this one too when this one names its speaker ('"It was over…," Maj. Teague said. "The general had been…"').
  const text = e.kind === 'quote' ? '' : (index.sentence(e.id)?.text ?? '');
  const quote =
    e.kind === 'quote'
      ? index.quoteById.get(e.id)
      : (index.quotesBySentence.get(e.id) ?? []).findLast(
          (q) => q.speakerId !== null && text.includes(q.text),
        );
  const last = quote?.sentenceIds.at(-1);
  if (!quote?.speakerId || !last) return null;
  const next = index.neighbour(last, 1);
  const paragraph = (id: string) => id.replace(/\.\d+$/, '');
  if (!next || paragraph(next.id) !== paragraph(last)) return null;
  const more = index.quotesBySentence
    .get(next.id)
    ?.find((q) => q.id !== quote.id && q.speakerId === quote.speakerId);
  return more ? quoteEvidence(index, more) : null;
}

/** Fewest words of a speaker's description for a lead-in to be read as naming them ("a street vendor"). */
const MIN_DESCRIPTION_WORDS = 2;

/**
 * The quotation after a shown sentence that introduces its speaker by description, for a side the coverage
 * names no one for ("the burrito seller at the bridge"): "A street vendor who has sold burritos at the foot
 * of the bridge … said she had never heard of Torres until a reporter asked. 'A girl of seventeen?' she
 * said." The next sentence of the paragraph holds words of a speaker with no entity whose description the
 * shown sentence holds, the longest of them when there are more (a bare question back, "A girl of seventeen?",
 * says less of where they stand than what follows it); `null` otherwise.
 */
export function describedAfterLeadIn(index: KnowledgeIndex, e: Evidence): Evidence | null {
  if (e.kind !== 'sentence') return null;
  const sentence = index.sentence(e.id);
  const next = index.neighbour(e.id, 1);
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return null;
  const text = sentence.text.toLowerCase();
  const words = (index.quotesBySentence.get(next.id) ?? [])
    .filter(
      (q) =>
        q.speakerId === null &&
        q.speakerName.split(/\s+/).length >= MIN_DESCRIPTION_WORDS &&
        text.includes(q.speakerName.toLowerCase()),
    )
    .sort((a, b) => b.text.length - a.text.length)[0];
  return words ? quoteEvidence(index, words) : null;
}
