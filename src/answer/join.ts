/**
 * Joins the answers to the parts of a message that asks several things (see `planQuestion` in parts.ts) into
 * one answer, each part under its question.
 */
import type { Context, Draft } from './handlers.ts';
import { escapeMarkdown, truncate } from './text.ts';
import { MAX_ANSWER_TEXT, type Answer } from './types.ts';
import type { Understanding } from './understanding.ts';

/** What the earlier parts of a message showed: their sentences, quotations and articles, by id. */
export interface ShownEvidence {
  sentences: readonly string[];
  quotes: readonly string[];
  sources: readonly string[];
}

/** Said under a part whose evidence an earlier part of the same answer already shows, in English and Spanish. */
const SAME_EVIDENCE = {
  en: '-# (the evidence above answers this too)',
  es: '-# (la evidencia de arriba responde también a esto)',
};

/** Characters a part's heading and the blank line before it take in a joined answer. */
export const PART_OVERHEAD = 90;

/** One answer from the answers to each part of a message: each under its question, sources merged. */
export function joinAnswers(
  parts: readonly string[],
  answers: readonly Answer[],
  language: 'en' | 'es' = 'en',
): Answer {
  const first = answers[0];
  if (!first) throw new Error('AnswerEngine: joinAnswers needs at least one answer');
  // A later part whose evidence an earlier part already shows points back to it instead of repeating it.
  const shown = new Set<string>();
  const texts = answers.map((a) => {
    const lines = a.text.split('\n');
    const quoted = lines.filter((l) => l.startsWith('> '));
    const kept = lines.filter((l) => !l.startsWith('> ') || !shown.has(l));
    for (const l of quoted) shown.add(l);
    if (kept.length === lines.length) return a.text;
    if (kept.some((l) => l.startsWith('> '))) return kept.join('\n');
    // Nothing of its own left: its headline, if any, and a pointer up; its sources are the earlier part's.
    return [...kept.filter((l) => !l.startsWith('-# ')), SAME_EVIDENCE[language]].join('\n');
  });
  const text = answers
    .map((_, i) => `-# ${escapeMarkdown(truncate(parts[i] ?? '', PART_OVERHEAD - 10))}\n${texts[i] ?? ''}`)
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
    evidence: answers
      .flatMap((a) => a.evidence)
      .filter((e, i, all) => all.findIndex((o) => o.id === e.id) === i),
    citations,
    quoteIds: [...new Set(answers.flatMap((a) => a.quoteIds))],
    sentenceIds: [...new Set(answers.flatMap((a) => a.sentenceIds))],
    suggestions: answers.at(-1)?.suggestions ?? [],
  };
}

/**
 * A later part of a message answered only by what an earlier part already shows ("…and what will the troops
 * do?" after Obama's $500 million) is asked again past that evidence: the message's other part steers its
 * search, and the same sentence again is seldom the answer to a second question. It is asked first of the
 * articles the earlier parts answered from, the parts of a message being about one story, then of all; the
 * new draft is taken when it covers the part's own words as well.
 */
export function laterPart(
  draft: Draft | null,
  earlier: ShownEvidence | undefined,
  u: Understanding,
  ctx: Context,
  redo: (u: Understanding, ctx: Context) => Draft | null,
): Draft | null {
  if (!draft || !earlier || draft.evidence.length === 0) return draft;
  const sentences = new Set(earlier.sentences);
  const quotes = new Set(earlier.quotes);
  const repeats = draft.evidence.every((e) =>
    e.kind === 'quote' ? quotes.has(e.id) : ctx.index.evidenceSentenceIds(e).every((id) => sentences.has(id)),
  );
  if (!repeats) return draft;
  const past = {
    ...ctx,
    conversation: { ...ctx.conversation, shownSentences: [...sentences], shownQuotes: [...quotes] },
    excludeShown: true,
  };
  const inStory = u.outletSourceIds.length === 0 ? [{ ...u, outletSourceIds: [...earlier.sources] }] : [];
  for (const asked of [...inStory, u]) {
    const again = redo(asked, past);
    if (again && again.evidence.length > 0 && again.confidence >= draft.confidence) return again;
  }
  return draft;
}

/**
 * `draft`'s question asked again past `draft`'s own evidence (a message's first part that landed on a later
 * part's sentence, see part-yields.ts): first in `draft`'s articles, then in all; the first new draft that
 * `fits`, else `draft`. What earlier turns showed stays in reach, as in {@link laterPart}: a first part's
 * right answer may be a sentence the conversation has already seen.
 */
export function pastDraft(
  draft: Draft | null,
  u: Understanding,
  ctx: Context,
  redo: (u: Understanding, ctx: Context) => Draft | null,
  fits: (d: Draft | null) => d is Draft,
): Draft | null {
  if (!draft || draft.evidence.length === 0) return draft;
  const past = {
    ...ctx,
    conversation: {
      ...ctx.conversation,
      shownSentences: draft.evidence.flatMap((e) => ctx.index.evidenceSentenceIds(e)),
      shownQuotes: draft.evidence.filter((e) => e.kind === 'quote').map((e) => e.id),
    },
    excludeShown: true,
  };
  const story = [...new Set(draft.evidence.map((e) => e.sourceId))];
  const inStory = u.outletSourceIds.length === 0 ? [{ ...u, outletSourceIds: story }] : [];
  for (const asked of [...inStory, u]) {
    const again = redo(asked, past);
    if (fits(again) && again.evidence.length > 0) return again;
  }
  return draft;
}
