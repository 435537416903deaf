/**
 * The quotation that goes with a report: the words of someone the evidence names or introduces, quoted in
 * the sentences after it ("Carl Jessup, 58, a retired Navy chief…" then "Every few years somebody…").
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Sentences after a report of someone's view searched for their quotation. */
const QUOTATION_AFTER_WINDOW = 3;

/**
 * The first quotation, within a few sentences after `sentence` in its article, by a person `sentence`
 * names; `null` when there is none.
 */
export function quotationAfter(index: KnowledgeIndex, sentence: Sentence): Quote | null {
  const at = index.sentenceIndex.get(sentence.id);
  if (at === undefined) return null;
  let found: Quote | null = null;
  let foundAt = Infinity;
  // Each person once: a sentence may name one person thousands of times, and each time would read all their quotes.
  for (const entityId of new Set(sentence.mentions.map((m) => m.entityId))) {
    if (index.entities.get(entityId)?.type !== 'person') continue;
    for (const position of index.speakerQuotes.get(entityId) ?? []) {
      const q = index.quotes[position];
      const qAt = index.quoteSentence[position] ?? -1;
      if (!q || q.sourceId !== sentence.sourceId || qAt < at || qAt > at + QUOTATION_AFTER_WINDOW) continue;
      if (qAt < foundAt) {
        found = q;
        foundAt = qAt;
      }
    }
  }
  return found;
}

/**
 * The quotation of a person in the sentence right after `sentence` in its article ("…neighbors said the
 * order came too late. 'He was a boy with his goats,' said Ramona Villalobos"), or one whose speaker the
 * article leaves to that sentence ("…officers' wives asked the mayor… 'Our husbands go out…,' they wrote");
 * `null` when there is none.
 */
export function quotationNext(index: KnowledgeIndex, sentence: Sentence): Quote | null {
  const next = index.neighbour(sentence.id, 1);
  if (!next) return null;
  return (
    index.quotesBySentence
      .get(next.id)
      ?.find((q) => q.speakerId === null || index.entities.get(q.speakerId)?.type === 'person') ?? null
  );
}

/**
 * True when the sentences show a quotation's words (`quote`, or any of theirs): a sentence may stand for a
 * quotation it only introduces ("Carl Jessup, 58, a retired Navy chief…" before his words).
 */
export function showsQuotation(
  index: KnowledgeIndex,
  sentences: readonly Sentence[],
  quote?: Quote,
): boolean {
  return sentences.some((s) =>
    (quote ? [quote] : (index.quotesBySentence.get(s.id) ?? [])).some(
      (q) => q.sentenceIds.includes(s.id) && s.text.includes(q.text.slice(0, 40)),
    ),
  );
}

/**
 * The quotation in the sentence right after `sentence` by a speaker `sentence` introduces: one it names
 * (a mention of theirs), or an unnamed one it describes in the words the quotation is credited to ("…the
 * caretaker of the old post hospital walked me past a display…" then the caretaker's turn). A transcript
 * turn is the host's quotation, so a sentence can show one speaker's words and introduce another's. `null`
 * when the next sentence quotes no one `sentence` introduces, or only `sentence`'s own speakers.
 */
export function quotationOfIntroduced(index: KnowledgeIndex, sentence: Sentence): Quote | null {
  const next = index.neighbour(sentence.id, 1);
  if (!next || next.sourceId !== sentence.sourceId) return null;
  const own = new Set(
    (index.quotesBySentence.get(sentence.id) ?? []).map((q) => q.speakerId ?? q.speakerName),
  );
  const mentioned = new Set(sentence.mentions.map((m) => m.entityId));
  const text = sentence.text.toLowerCase();
  return (
    index.quotesBySentence.get(next.id)?.find((q) => {
      if (q.parentId !== null || own.has(q.speakerId ?? q.speakerName)) return false;
      if (q.speakerId !== null) return mentioned.has(q.speakerId);
      return q.speakerName !== 'unattributed' && text.includes(q.speakerName.toLowerCase());
    }) ?? null
  );
}
