/**
 * A side of a comparison asked what someone did with their words other than saying them: "what did Saucedo
 * and Kimbrell each suggest doing with the containers?". Set against someone, a person is asked for their
 * own quotations; but the report of the act asked about ("Saucedo suggested the federal government should
 * buy them") is the answer, and no quotation of theirs need hold it.
 */
import { MIN_CONFIDENCE, sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Understanding } from './understanding.ts';

/**
 * The sentence of `id`'s articles that names them and has the first verb `asked` asks of them ("suggest"), the
 * one sharing most of the question's other words (the first of equals), put before `draft`'s evidence; `null`
 * when there is none, or that verb asks where someone stands (`isStance`: "see", "think", "agree"), which the
 * person's own words answer better.
 */
export function reportedActDraft(
  index: KnowledgeIndex,
  id: string,
  asked: Understanding,
  draft: Draft | null,
  isStance: (lemma: string) => boolean,
): Draft | null {
  const verb = asked.predicates[0];
  const sources = index.entitySources.get(id);
  if (verb === undefined || isStance(verb) || !sources) return null;
  const topic = new Set(asked.content.filter((w) => w !== verb));
  let best = -1;
  let bestShared = -1;
  index.sentences.forEach((s, i) => {
    if (!sources.has(index.sentenceSource[i] ?? -1) || !s.lemmas.includes(verb)) return;
    if (!s.mentions.some((m) => m.entityId === id)) return;
    const shared = new Set(s.lemmas.filter((l) => topic.has(l))).size;
    if (shared > bestShared) [best, bestShared] = [i, shared];
  });
  const found = index.sentences[best];
  if (!found) return null;
  const evidence = [sentenceEvidence(found), ...(draft?.evidence ?? []).filter((e) => e.id !== found.id)];
  return {
    answeredAs: 'what',
    // The person named doing what is asked answers the side as well as the least answer shown does.
    confidence: Math.max(draft?.confidence ?? 0, MIN_CONFIDENCE),
    direct: null,
    lead: null,
    evidence,
    lines: [],
    focus: [id],
  };
}
