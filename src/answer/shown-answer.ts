/**
 * A draft as the user sees it: its headline kept only when confident enough, its evidence glossed, rendered
 * within the reply's length budget with its citations (or only its lead when it answers nothing), a Spanish
 * message's lead and preface in Spanish; with the ids of what it shows, for the conversation to remember.
 */
import { withAntecedents } from './antecedent-sentence.ts';
import { focusedEvidence } from './focused-evidence.ts';
import { glossEvidence } from './gloss.ts';
import { HEADLINE_CONFIDENCE } from './fit.ts';
import { MIN_CONFIDENCE, type Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { citationsFor, renderDraft, renderLines } from './render.ts';
import { SPANISH_PREFACE, spanishLead } from './spanish-reply.ts';
import { escapeMarkdown } from './text.ts';
import { withoutRepeatedWords } from './unrepeated-evidence.ts';
import { withWordsGoingOn } from './speaker-goes-on.ts';
import { MAX_ANSWER_TEXT, type Answer, type Intent } from './types.ts';

/**
 * The answer showing `original` as `surface`, in at most `budget` characters; `suggestions` gives the
 * questions to suggest after the shown draft. Long evidence is shown around the question's `content` lemmas.
 */
export function shownAnswer(
  index: KnowledgeIndex,
  surface: Intent,
  original: Draft,
  { budget, spanish }: { budget: number; spanish: boolean },
  suggestions: (draft: Draft, answered: boolean) => string[],
  content: readonly string[] = [],
): Answer {
  const framed = spanish && original.lead ? { ...original, lead: spanishLead(original.lead) } : original;
  const draft = {
    ...framed,
    direct: framed.confidence >= HEADLINE_CONFIDENCE ? framed.direct : null,
    // A timeline's lines go with its evidence one for one; elsewhere no words are shown twice.
    evidence: glossEvidence(
      index,
      framed.answeredAs === 'timeline'
        ? framed.evidence
        : focusedEvidence(
            withoutRepeatedWords(
              withWordsGoingOn(
                index,
                framed.answeredAs,
                withAntecedents(index, framed.answeredAs, framed.evidence),
                // One part of a reply of several has only its share of the room for its own answer.
                { reasonGiven: framed.reasonGiven ?? [], whole: budget >= MAX_ANSWER_TEXT },
              ),
            ),
            content,
          ),
    ),
  };
  const citations = citationsFor(
    index,
    draft.evidence.map((e) => e.sourceId),
  );
  const answered = draft.evidence.length > 0 && draft.confidence >= MIN_CONFIDENCE;
  const preface = spanish && answered ? `-# ${SPANISH_PREFACE}\n` : '';
  const text =
    preface +
    (answered
      ? renderDraft(draft, citations, budget - preface.length)
      : renderLines([escapeMarkdown(draft.lead ?? '')], budget));
  const quoteIds = draft.evidence.filter((e) => e.kind === 'quote').map((e) => e.id);
  const sentenceIds = [...new Set(draft.evidence.flatMap((e) => index.evidenceSentenceIds(e)))];
  return {
    intent: surface,
    answeredAs: draft.answeredAs,
    answered,
    confidence: Math.round(Math.min(1, Math.max(0, draft.confidence)) * 100) / 100,
    direct: answered ? draft.direct : null,
    text: text.slice(0, budget),
    evidence: answered ? draft.evidence : [],
    citations: answered ? citations : [],
    quoteIds: answered ? quoteIds : [],
    sentenceIds: answered ? sentenceIds : [],
    suggestions: suggestions(draft, answered),
    ...(answered && draft.chart ? { chart: draft.chart } : {}),
  };
}
