/**
 * A "which came first" comparison the coverage dates one side of: the side it dates, with its evidence, and a
 * plain line that it does not date the other, instead of an answer to the whole question that sets neither
 * in order. The lead is plain text (the renderer escapes it); the line is escaped here, as lines are shown as
 * they are.
 */
import { escapeMarkdown } from './text.ts';
import type { Draft } from './handlers.ts';

/**
 * The draft for an order comparison with one side dated (`label` and its `draft`, which must give a date) and
 * the other (`missing`) not; `null` when the dated side's draft gives no date.
 */
export function oneSideDated(label: string, draft: Draft, missing: string): Draft | null {
  if (draft.date === undefined || draft.direct === null) return null;
  return {
    answeredAs: 'date',
    confidence: draft.confidence,
    direct: null,
    lead: `${label.charAt(0).toUpperCase() + label.slice(1)}: ${draft.direct}.`,
    evidence: draft.evidence.slice(0, 2),
    lines: [
      `The coverage doesn't say when ${escapeMarkdown(missing)} was, so it can't set the two in order.`,
    ],
    focus: draft.focus,
  };
}
