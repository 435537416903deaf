/** Timeline questions: dated events in order, narrowed by dates, years, people and topic, spread when many. */
import { sentenceEvidence, type Context, type Draft } from './handlers.ts';
import type { TimelineEvent } from '../knowledge/schema.ts';
import { ENTITY_TERM, type TimelineRow } from './knowledge-index.ts';
import { sourcesMentioningAll } from './retrieval.ts';
import { formatDate, truncate } from './text.ts';
import type { AnswerChart, ChartEvent, Evidence } from './types.ts';

const MAX_TIMELINE_ROWS = 9;
/** Events the picture shows; more are spread like the text rows, so it stays readable at embed width. */
export const MAX_CHART_EVENTS = 24;
/** Characters of an event's sentence its mark is labelled with. */
export const CHART_LABEL_CHARS = 56;

/** Dated events in order, narrowed by year, entity and topic when that leaves at least two. */
export function answerTimeline(
  ctx: Context,
  filter: {
    years?: readonly number[];
    since?: number | null;
    entities?: readonly string[];
    terms?: ReadonlyMap<string, number>;
    from?: string | null;
    to?: string | null;
  },
): Draft | null {
  const { index } = ctx;
  let rows: readonly TimelineRow[] = index.timelineRows;
  const from = filter.from;
  const to = filter.to;
  if (from) rows = rows.filter((r) => r.event.date >= from);
  if (to) rows = rows.filter((r) => r.event.date.slice(0, to.length) <= to);
  const narrow = (next: readonly TimelineRow[]) => (next.length >= 2 ? next : rows);
  const since = filter.since;
  const years = filter.years ?? [];
  if (since) rows = narrow(rows.filter((r) => r.year >= since));
  else if (years.length > 0)
    rows = narrow(rows.filter((r) => years.includes(r.year) || years.includes(r.sourceYear)));
  const people = (filter.entities ?? []).filter((id) => index.entities.get(id)?.type !== 'place');
  if (people.length > 0) {
    const withAll = sourcesMentioningAll(index, people);
    rows = narrow(rows.filter((r) => withAll[index.sentenceSource[r.sentence] ?? -1] === 1));
  }
  if (filter.terms && filter.terms.size > 0) {
    const topical = new Map([...filter.terms].filter(([t, w]) => w >= 1 && !t.startsWith(ENTITY_TERM)));
    const current = rows;
    const matching = index.sentenceBm25.withScores(topical, (score) =>
      current.filter((r) => (score[r.sentence] ?? 0) > 0),
    );
    if (matching.length >= 2) rows = matching;
  }
  const events = rows
    .filter((r, i) => {
      const previous = rows[i - 1];
      return !previous || previous.sentence !== r.sentence || previous.event.date !== r.event.date;
    })
    .map((r) => r.event);
  if (events.length === 0) return null;
  const shown = events.length > MAX_TIMELINE_ROWS ? spread(events, MAX_TIMELINE_ROWS) : events;
  const evidence: Evidence[] = [];
  const lines: string[] = [];
  for (const e of shown) {
    const s = index.sentence(e.sentenceId);
    if (!s) continue;
    evidence.push(sentenceEvidence(s));
    lines.push(
      `${e.precision === 'year' ? e.date : formatDate(e.date)}${e.precision === 'week' ? ' (week)' : ''}`,
    );
  }
  return {
    answeredAs: 'timeline',
    confidence: 1,
    direct: null,
    lead: events.length > shown.length ? `${shown.length} of ${events.length} dated events, in order:` : null,
    evidence,
    lines,
    focus: [],
    chart: timelineChart(ctx, events, filter),
  };
}

/** The picture's data: the events (spread past {@link MAX_CHART_EVENTS}) and the range asked for. */
function timelineChart(
  ctx: Context,
  events: readonly TimelineEvent[],
  filter: { years?: readonly number[]; since?: number | null; from?: string | null; to?: string | null },
): AnswerChart {
  const shown = events.length > MAX_CHART_EVENTS ? spread(events, MAX_CHART_EVENTS) : events;
  const chartEvents: ChartEvent[] = [];
  for (const e of shown) {
    const s = ctx.index.sentence(e.sentenceId);
    const source = ctx.index.sources.get(e.sourceId);
    if (!s || !source) continue;
    chartEvents.push({
      date: e.date,
      end: e.end,
      precision: e.precision,
      label: truncate(s.text, CHART_LABEL_CHARS),
      sourceId: e.sourceId,
      outlet: source.outlet,
    });
  }
  const years = filter.years ?? [];
  const from =
    filter.from ??
    (filter.since ? String(filter.since) : years.length > 0 ? String(Math.min(...years)) : null);
  const to = filter.to ?? (!filter.since && years.length > 0 ? String(Math.max(...years)) : null);
  return { kind: 'timeline', events: chartEvents, from, to };
}

function spread<T>(items: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[Math.round((i * (items.length - 1)) / (n - 1))];
    if (item !== undefined && !out.includes(item)) out.push(item);
  }
  return out;
}
