/**
 * Joins the answers to the parts of a message that asks several things (see `planQuestion` in parts.ts) into
 * one answer, each part under its question.
 */
import { escapeMarkdown, truncate } from './text.ts';
import { MAX_ANSWER_TEXT, type Answer } from './types.ts';

/** Characters a part's heading and the blank line before it take in a joined answer. */
export const PART_OVERHEAD = 90;

/** One answer from the answers to each part of a message: each under its question, sources merged. */
export function joinAnswers(parts: readonly string[], answers: readonly Answer[]): Answer {
  const first = answers[0];
  if (!first) throw new Error('AnswerEngine: joinAnswers needs at least one answer');
  const text = answers
    .map((a, i) => `-# ${escapeMarkdown(truncate(parts[i] ?? '', PART_OVERHEAD - 10))}\n${a.text}`)
    .join('\n\n');
  const citations = answers
    .flatMap((a) => a.citations)
    .filter((c, i, all) => all.findIndex((o) => o.sourceId === c.sourceId) === i);
  const answered = answers.filter((a) => a.answered);
  return {
    intent: first.intent,
    answeredAs: first.answeredAs,
    answered: answered.length > 0,
    confidence: Math.min(...answers.map((a) => a.confidence)),
    direct: answered.length === answers.length ? first.direct : null,
    text: text.slice(0, MAX_ANSWER_TEXT),
    evidence: answers.flatMap((a) => a.evidence),
    citations,
    quoteIds: [...new Set(answers.flatMap((a) => a.quoteIds))],
    sentenceIds: [...new Set(answers.flatMap((a) => a.sentenceIds))],
    suggestions: answers.at(-1)?.suggestions ?? [],
  };
}
