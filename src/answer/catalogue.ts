/**
 * What the knowledge can answer, put as questions: the catalogue behind autocomplete and examples, the
 * suggestions that follow an answer, and the sources described in a phrase for declines.
 */
import { MONEY_LEMMA } from '../knowledge/counted.ts';
import type { Draft } from './handlers.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { sourceLabel } from './render.ts';

export const MAX_SUGGESTIONS = 3;
const MAX_SUGGESTION_CHARS = 80;
export const MAX_CHOICE_CHARS = 100;

/** "DW, 26 Oct 2018; The Independent, 25 Jun 2019" for a few sources, a summary for many. */
export function describeCoverage(index: KnowledgeIndex): string {
  const sources = [...index.sources.values()];
  if (sources.length <= 4) return sources.map((s) => sourceLabel(s)).join('; ');
  const outlets = [...new Set(sources.map((s) => s.outlet))];
  const years = sources.map((s) => s.published.slice(0, 4)).sort();
  const named =
    outlets.slice(0, 4).join(', ') + (outlets.length > 4 ? ` and ${outlets.length - 4} more outlets` : '');
  return `${sources.length} articles (${named}; ${years[0]}–${years.at(-1)})`;
}

export function suggestionsFor(
  loaded: { index: KnowledgeIndex; catalogue: readonly string[] },
  draft: Draft,
  answered: boolean,
): string[] {
  const { index } = loaded;
  const out: string[] = [];
  const people = draft.focus.filter((id) => index.entities.get(id)?.type === 'person');
  for (const id of people) {
    const e = index.entities.get(id);
    if (!e) continue;
    if (index.speakerQuotes.has(id))
      out.push(draft.answeredAs === 'quote' ? `What else did ${e.name} say?` : `What did ${e.name} say?`);
    if (draft.answeredAs !== 'who') out.push(`Who is ${e.name}?`);
  }
  if (answered && draft.answeredAs !== 'timeline') {
    const source = draft.evidence[0]?.sourceId;
    // A figure the same article gives that this answer did not show: what a reader asks next.
    const shown = new Set(draft.evidence.map((e) => e.id));
    const figure = index.numbers.find(
      (n) =>
        n.sourceId === source &&
        !shown.has(n.sentenceId) &&
        n.counts !== '' &&
        n.countsLemma !== MONEY_LEMMA &&
        n.qualifier !== 'offset' &&
        n.qualifier !== 'hundreds' &&
        n.qualifier !== 'thousands',
    );
    if (figure) out.push(`How many ${figure.counts}?`);
    const year = source ? index.sourceYear(source) : null;
    if (year) out.push(`What happened in ${year}?`);
  }
  if (!answered) out.push(...pickExamples(loaded.catalogue));
  return [...new Set(out)].filter((s) => s.length <= MAX_SUGGESTION_CHARS).slice(0, MAX_SUGGESTIONS);
}

/** Questions the knowledge can answer, for autocomplete and examples. */
export function buildCatalogue(index: KnowledgeIndex): string[] {
  const out: string[] = [];
  for (const [id, positions] of index.speakerQuotes) {
    const e = index.entities.get(id);
    if (e && positions.some((i) => index.quotes[i]?.social === false)) out.push(`What did ${e.name} say?`);
  }
  for (const n of index.numbers) {
    if (n.qualifier === 'hundreds' || n.qualifier === 'thousands' || n.qualifier === 'offset') continue;
    if (n.countsLemma === MONEY_LEMMA) continue;
    const source = index.sources.get(n.sourceId);
    out.push(
      `How many ${n.counts}? (${source?.outlet ?? ''} ${source?.published.slice(0, 4) ?? ''})`.replace(
        /\s+/g,
        ' ',
      ),
    );
  }
  for (const e of index.entities.values()) {
    if (
      (e.type === 'person' ||
        e.kinds.some(
          (k) => k === 'agency' || k === 'newspaper' || k === 'news agency' || k === 'military command',
        )) &&
      e.sentenceIds.length > 0
    ) {
      out.push(`Who is ${e.name}?`);
    }
  }
  const years = [...new Set([...index.sources.values()].map((s) => s.published.slice(0, 4)))].sort();
  for (const y of years) out.push(`What happened in ${y}?`);
  out.push('Give me a timeline of events', 'What are your sources?');
  return [...new Set(out)].filter((q) => q.length <= MAX_CHOICE_CHARS);
}

export function pickExamples(catalogue: readonly string[]): string[] {
  const quote = catalogue.find((q) => q.startsWith('What did'));
  const count = catalogue.find((q) => q.startsWith('How many'));
  const who = catalogue.find((q) => q.startsWith('Who is'));
  return [quote, count, who, 'Give me a timeline of events']
    .filter((x): x is string => x !== undefined)
    .slice(0, MAX_SUGGESTIONS);
}
