/** Turns a draft into Discord markdown within {@link MAX_ANSWER_TEXT}, direct answer first, sources last. */
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { Draft } from './handlers.ts';
import { escapeMarkdown, formatDate, truncate } from './text.ts';
import { MAX_ANSWER_TEXT, type Citation, type Evidence } from './types.ts';

const MAX_EVIDENCE_CHARS = 420;
const MAX_TIMELINE_EVIDENCE_CHARS = 150;

/** Citations for the sources of the evidence, in order of first use. */
export function citationsFor(index: KnowledgeIndex, sourceIds: readonly string[]): Citation[] {
  const out: Citation[] = [];
  for (const id of new Set(sourceIds)) {
    const s = index.sources.get(id);
    if (s) out.push({ sourceId: s.id, title: s.title, outlet: s.outlet, published: s.published, url: s.url });
  }
  return out;
}

/** `DW, 26 Oct 2018` — how a source is named after evidence. */
export function sourceLabel(c: Pick<Citation, 'outlet' | 'published'>): string {
  return `${c.outlet}, ${formatDate(c.published, true)}`;
}

function renderEvidence(e: Evidence, max: number): string {
  const social = e.social ? ' (embedded social post)' : '';
  if (e.kind === 'quote') {
    const lines = [
      `> “${escapeMarkdown(truncate(e.text, max))}” — **${escapeMarkdown(e.speaker ?? 'unattributed')}**${social}`,
    ];
    if (e.context) lines.push(`> -# in context: ${escapeMarkdown(truncate(e.context, max))}`);
    return lines.join('\n');
  }
  return `> ${escapeMarkdown(truncate(e.text, max))}${social}`;
}

/** Discord markdown for a draft, trimmed to fit. */
export function renderDraft(
  draft: Draft,
  citations: readonly Citation[],
  maxChars: number = MAX_ANSWER_TEXT,
): string {
  const bySource = new Map(citations.map((c) => [c.sourceId, c]));
  for (let max = MAX_EVIDENCE_CHARS; max >= 60; max = Math.floor(max * 0.7)) {
    const parts: string[] = [];
    const head = [
      draft.direct ? `**${escapeMarkdown(draft.direct)}**` : null,
      draft.lead ? escapeMarkdown(draft.lead) : null,
    ]
      .filter((x): x is string => x !== null)
      .join(' ');
    if (head) parts.push(head);
    if (draft.answeredAs === 'timeline') {
      draft.evidence.forEach((e, i) => {
        const c = bySource.get(e.sourceId);
        parts.push(
          `**${escapeMarkdown(draft.lines[i] ?? '')}** — ${escapeMarkdown(truncate(e.text, Math.min(max, MAX_TIMELINE_EVIDENCE_CHARS)))}${c ? ` _(${escapeMarkdown(c.outlet)})_` : ''}`,
        );
      });
    } else {
      for (const line of draft.lines) parts.push(line);
      for (const e of draft.evidence) parts.push(renderEvidence(e, max));
    }
    if (citations.length > 0 && draft.answeredAs !== 'timeline' && draft.answeredAs !== 'sources') {
      parts.push(
        `-# ${citations.map((c) => escapeMarkdown(sourceLabel(c)) + (c.url ? ` <${c.url}>` : '')).join(' · ')}`,
      );
    } else if (draft.answeredAs === 'timeline' && citations.length > 0) {
      parts.push(`-# ${citations.map((c) => escapeMarkdown(sourceLabel(c))).join(' · ')}`);
    }
    const text = parts.join('\n');
    if (text.length <= maxChars) return text;
  }
  return truncate(escapeMarkdown(draft.evidence.map((e) => e.text).join(' ')), maxChars);
}

/** Plain (escaped) lines, cut to the limit. */
export function renderLines(lines: readonly string[], maxChars: number = MAX_ANSWER_TEXT): string {
  let text = lines.join('\n');
  if (text.length > maxChars) text = truncate(text, maxChars);
  return text;
}
