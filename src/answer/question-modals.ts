/**
 * Words that make a question itself about a plan or a possibility ("was he going to sign?", "how many
 * troops could be sent"): such a question is not asking whether something was done, so neither
 * `reportsItHappened` (fit.ts) nor the act a "how many" question asks (asked-action.ts) holds the
 * evidence to a report that it happened. Its own module: both read it, and fit.ts reads asked-count.ts,
 * which reads asked-action.ts.
 */
export const QUESTION_MODALS: ReadonlySet<string> = new Set([
  'could',
  'would',
  'may',
  'might',
  'will',
  'should',
  'can',
  'supposed',
  'gonna',
  'going',
  'plan',
  'expect',
]);
