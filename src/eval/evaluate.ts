/**
 * Runs a question set through the engine and checks each answer against what it must contain (or that it
 * declines). Conversations share one user so follow-ups see their history.
 */
import type { AnswerEngine } from '../answer/engine.ts';
import type { Answer } from '../answer/types.ts';

export interface EvalItem {
  id: string;
  q: string;
  intent: string;
  conversation?: string;
  expect: {
    all?: string[][];
    sources?: string[];
    decline?: boolean;
    intent_only?: boolean;
  };
}

export interface EvalResult {
  item: EvalItem;
  answer: Answer;
  ok: boolean;
  problems: string[];
  ms: number;
}

export interface EvalSummary {
  results: EvalResult[];
  byIntent: Map<string, { total: number; ok: number }>;
  correct: number;
  total: number;
  accuracy: number;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\([\\*_~`|>#-])/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

/** Checks one answer against its expectation; returns what is wrong (empty when right). */
export function checkAnswer(item: EvalItem, answer: Answer): string[] {
  const problems: string[] = [];
  const e = item.expect;
  if (e.intent_only) {
    if (answer.intent !== item.intent && answer.answeredAs !== item.intent)
      problems.push(`intent ${answer.intent} (${answer.answeredAs}), expected ${item.intent}`);
    return problems;
  }
  if (e.decline) {
    if (answer.answered) problems.push('answered, expected a decline');
    return problems;
  }
  if (!answer.answered) problems.push('declined, expected an answer');
  const text = normalise(
    [answer.text, answer.direct ?? '', ...answer.citations.map((c) => `${c.outlet} ${c.title}`)].join('\n'),
  );
  for (const group of e.all ?? []) {
    if (!group.some((s) => text.includes(normalise(s))))
      problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const id of e.sources ?? []) {
    if (!answer.citations.some((c) => c.sourceId === id)) problems.push(`does not cite ${id}`);
  }
  return problems;
}

/** Runs every item; items of one conversation run in order as one user. */
export async function evaluate(
  engine: AnswerEngine,
  items: readonly EvalItem[],
  runId = 'eval',
): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const item of items) {
    const userId = item.conversation ? `${runId}:${item.conversation}` : `${runId}:${item.id}`;
    const started = performance.now();
    const answer = await engine.ask(item.q, { userId });
    const ms = performance.now() - started;
    const problems = checkAnswer(item, answer);
    results.push({ item, answer, ok: problems.length === 0, problems, ms });
  }
  const byIntent = new Map<string, { total: number; ok: number }>();
  for (const r of results) {
    const s = byIntent.get(r.item.intent) ?? { total: 0, ok: 0 };
    s.total++;
    if (r.ok) s.ok++;
    byIntent.set(r.item.intent, s);
  }
  const correct = results.filter((r) => r.ok).length;
  return {
    results,
    byIntent,
    correct,
    total: results.length,
    accuracy: results.length === 0 ? 0 : correct / results.length,
  };
}
