/**
 * A follow-up that asks something of its own ("any exceptions?", "and who was in charge on the US side?")
 * and finds a sentence the last answer showed, which does not say what is asked now: the article is read on
 * from it. The sentence after it, most often, goes on with what it begins ("…unless specifically authorized
 * by Congress." → "The president is authorized … for riot control").
 */
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;

/**
 * `draft` with the sentence after the first of its sentences the last answer showed inserted right after
 * it, when that one says none of `asked` (the follow-up's own words, with their other words), and the next
 * sentence is of the same article and kind; `draft` unchanged otherwise.
 */
export function readingOnFromShown(
  draft: Draft,
  asked: ReadonlyArray<readonly string[]>,
  conversation: ConversationState,
  index: KnowledgeIndex,
): Draft {
  if (asked.length === 0) return draft;
  const at = draft.evidence.findIndex(
    (e) => e.kind === 'sentence' && conversation.lastEvidence.includes(e.id),
  );
  const shown = index.sentence(draft.evidence[at]?.id ?? '');
  if (!shown) return draft;
  const words = new Set([...shown.lemmas, ...shown.text.toLowerCase().split(P1)]);
  if (asked.some((forms) => forms.some((f) => words.has(f)))) return draft;
  const next = index.neighbour(shown.id, 1);
  if (!next || next.kind !== shown.kind || draft.evidence.some((e) => e.id === next.id)) return draft;
  const evidence = [...draft.evidence];
  evidence.splice(at + 1, 0, sentenceEvidence(next));
  return { ...draft, evidence, focus: [...draft.focus, ...next.mentions.map((m) => m.entityId)] };
}

/**
 * `draft` with the sentence after its first one inserted right after it, when that first sentence is of an
 * article the last answer came from (the story the conversation is in), and the next goes on in its paragraph
 * and kind and has not been shown: a follow-up about a story matches the sentence that sets the scene, and
 * the one after it most often tells what was asked ("…never spent the money on himself." → '"He bought a new
 * stand for the shop…," Mr. Odom said.'). `draft` unchanged otherwise, and for a draft with a direct answer.
 */
export function readingOnInStory(
  draft: Draft,
  conversation: ConversationState,
  index: KnowledgeIndex,
): Draft {
  const first = draft.evidence[0];
  if (draft.direct !== null || first?.kind !== 'sentence') return draft;
  const top = index.sentence(first.id);
  if (!top || !conversation.lastSources.includes(top.sourceId)) return draft;
  const next = index.neighbour(top.id, 1);
  if (
    !next ||
    next.paragraph !== top.paragraph ||
    next.kind !== top.kind ||
    draft.evidence.some((e) => e.id === next.id) ||
    conversation.shownSentences.includes(next.id)
  )
    return draft;
  return {
    ...draft,
    evidence: [first, sentenceEvidence(next), ...draft.evidence.slice(1)],
    focus: [...draft.focus, ...next.mentions.map((m) => m.entityId)],
  };
}
