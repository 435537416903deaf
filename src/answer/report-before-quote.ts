/**
 * "What did the workman say the raid was revenge for?": a speaker's quotation often follows a sentence that
 * reports in the paper's words what they said ("A Mexican workman …, said the raid was revenge for the killing
 * of fifteen Mexican men at Porvenir." then "'The people over there say it is for Porvenir,' he said."). When
 * the question's words are in that report more than in the quotation's own sentence, the report is the answer
 * and the quotation its voice: both are shown, the report first.
 */
import type { Quote, Sentence } from '../knowledge/schema.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * The sentence just before `quote`'s, in its paragraph, that reports its speaker saying something (it names
 * the speaker and holds a verb of saying, and no quotation of its own) and holds more of the question's
 * content words (`content`, lemmas) than the quotation's sentence does; `null` otherwise.
 */
export function reportBeforeQuote(
  index: KnowledgeIndex,
  quote: Quote,
  content: readonly string[],
  speechVerbs: ReadonlySet<string>,
): Sentence | null {
  const own = index.sentence(quote.sentenceIds[0] ?? '');
  if (!own || quote.speakerId === null || content.length === 0) return null;
  const before = index.neighbour(own.id, -1);
  if (!before || before.sourceId !== own.sourceId || before.paragraph !== own.paragraph) return null;
  if (index.quotesBySentence.has(before.id)) return null;
  // The speaker reports it: named first ("Sheriff Tom Walker said Juan Ortega had planned…" is the sheriff's).
  const named = before.mentions.filter((m) => m.via !== 'pronoun');
  const first = named
    .map((m) => ({ m, at: before.text.indexOf(m.text) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (first?.m.entityId !== quote.speakerId) return null;
  if (!before.lemmas.some((l) => speechVerbs.has(l))) return null;
  const held = (lemmas: readonly string[]) => {
    const set = new Set(lemmas);
    return content.filter((l) => set.has(l)).length;
  };
  return held(before.lemmas) > held([...own.lemmas, ...quote.lemmas]) ? before : null;
}
