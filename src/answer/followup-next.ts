/**
 * A follow-up that asks something of its own ("any exceptions?", "and who was in charge on the US side?")
 * and finds a sentence the last answer showed, which does not say what is asked now: the article is read on
 * from it. The sentence after it, most often, goes on with what it begins ("…unless specifically authorized
 * by Congress." → "The president is authorized … for riot control").
 */
import type { Sentence } from '../knowledge/schema.ts';
import { sentenceEvidence, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { ConversationState } from './memory.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /[^\p{L}\p{N}]+/u;
/** A sentence that asks: it ends with a question mark, before any closing quotation mark or bracket. */
const QUESTION_END = /\?["'”’)\]]*\s*$/;

/** True when `sentence` says one of `asked` (the follow-up's own words, each with its other words). */
function saysAsked(sentence: Sentence, asked: ReadonlyArray<readonly string[]>): boolean {
  const words = new Set([...sentence.lemmas, ...sentence.text.toLowerCase().split(P1)]);
  return asked.some((forms) => forms.some((f) => words.has(f)));
}

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
  if (!shown || saysAsked(shown, asked)) return draft;
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
 * stand for the shop…," Mr. Odom said.'). When that next sentence says none of `asked` (the follow-up's own
 * words) and only announces what comes ("Pineda's answer is the most quoted sentence…"), the one after it that
 * says them is read too ("He wrote that … it will never be neutral"). A draft with a direct answer reads on as
 * well, its headline kept: the figure the scene sentence gives may be what others said ("The men will tell you
 * Santa Anna had ten thousand"), the next one the writer's own ("I would not put the number above four
 * thousand"). `draft` unchanged otherwise.
 */
export function readingOnInStory(
  draft: Draft,
  conversation: ConversationState,
  index: KnowledgeIndex,
  asked: ReadonlyArray<readonly string[]> = [],
): Draft {
  const first = draft.evidence[0];
  if (first?.kind !== 'sentence') return draft;
  const top = index.sentence(first.id);
  if (!top || !conversation.lastSources.includes(top.sourceId)) return draft;
  const goesOn = (from: Sentence): Sentence | null => {
    const next = index.neighbour(from.id, 1);
    return next &&
      next.paragraph === from.paragraph &&
      next.kind === from.kind &&
      !draft.evidence.some((e) => e.id === next.id) &&
      !conversation.shownSentences.includes(next.id)
      ? next
      : null;
  };
  const next = goesOn(top);
  if (!next) return draft;
  const after = asked.length > 0 && !saysAsked(next, asked) ? goesOn(next) : null;
  const read = after && saysAsked(after, asked) ? [next, after] : [next];
  return {
    ...draft,
    evidence: [first, ...read.map(sentenceEvidence), ...draft.evidence.slice(1)],
    focus: [...draft.focus, ...read.flatMap((s) => s.mentions.map((m) => m.entityId))],
  };
}

/**
 * `draft` with the sentence before its first one inserted before it, when that first sentence is a question
 * in an article the last answer came from, as an interviewer asks on from what was just said ("So you'd expect
 * violence here, on the border?"), and the one before it, the end of the turn before, says one of `asked`
 * (the follow-up's own words) and has not been shown: the answer the question echoes ("My expectation is more
 * violence in the short term, not less."). `draft` unchanged otherwise, and for a draft with a direct answer.
 */
export function readingBackFromQuestion(
  draft: Draft,
  conversation: ConversationState,
  index: KnowledgeIndex,
  asked: ReadonlyArray<readonly string[]>,
): Draft {
  const first = draft.evidence[0];
  if (draft.direct !== null || first?.kind !== 'sentence' || asked.length === 0) return draft;
  const top = index.sentence(first.id);
  if (!top || !conversation.lastSources.includes(top.sourceId) || !QUESTION_END.test(top.text)) return draft;
  const before = index.neighbour(top.id, -1);
  if (
    !before ||
    before.paragraph === top.paragraph ||
    before.kind !== top.kind ||
    QUESTION_END.test(before.text) ||
    draft.evidence.some((e) => e.id === before.id) ||
    conversation.shownSentences.includes(before.id) ||
    !saysAsked(before, asked)
  )
    return draft;
  return {
    ...draft,
    evidence: [sentenceEvidence(before), ...draft.evidence],
    focus: [...before.mentions.map((m) => m.entityId), ...draft.focus],
  };
}
