/**
 * A timeline answer as a Vega-Lite chart: one row per event in date order, labelled on the left with its
 * first words, date and outlet; on the right a time axis with a dot at the event's date and a bar across
 * the period it covers (a week, a month, a year), coloured by outlet; the range asked for shaded behind.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatDate } from '../answer/text.ts';
import type { AnswerChart, ChartEvent } from '../answer/types.ts';
import { askedRange } from './describe.ts';
import {
  CHART_WIDTH,
  COLOR_HIGHLIGHT,
  COLOR_TEXT,
  LABEL_FONT_SIZE,
  OUTLET_COLORS,
  PADDING,
  baseConfig,
  type TextWidth,
} from './style.ts';

type TimelineChart = Extract<AnswerChart, { kind: 'timeline' }>;

/** Height of one event's row: two lines of label. */
const ROW_HEIGHT = 36;
/** The time axis is never narrower than this, however long the labels. */
const MIN_PLOT_WIDTH = 300;
/** Space between the labels and the plot. */
const LABEL_GAP = 10;
const DAY_MS = 86_400_000;

/** First and last instant (UTC ms) of a date as precise as it is written: `2018`, `2018-10`, `2018-10-25`. */
export function periodOf(date: string, end: string | null = null): [number, number] {
  const [y = 1970, m, d] = date.split('-').map(Number);
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  if (end !== null) return [start, periodOf(end)[1]];
  const last =
    d !== undefined ? start : m !== undefined ? Date.UTC(y, m, 1) - DAY_MS : Date.UTC(y + 1, 0, 1) - DAY_MS;
  return [start, last];
}

function whenOf(e: ChartEvent): string {
  if (e.precision === 'year') return e.date;
  if (e.precision === 'month') return formatDate(`${e.date}-01`).replace(/^1 /, '');
  return `${e.precision === 'week' ? 'week of ' : ''}${formatDate(e.date)}`;
}

/** The Vega-Lite spec of a timeline picture, laid out to {@link CHART_WIDTH} with `textWidth`. */
export function timelineSpec(chart: TimelineChart, textWidth: TextWidth): TopLevelSpec {
  const outlets = [...new Set(chart.events.map((e) => e.outlet))];
  const rows = chart.events.map((e, i) => {
    const [start, end] = periodOf(e.date, e.end);
    return { row: i, start, end, outlet: e.outlet, label: e.label, meta: `${whenOf(e)} · ${e.outlet}` };
  });
  const labels = rows.map((r) => [r.label, r.meta]);
  const labelWidth = Math.ceil(
    Math.max(0, ...labels.flat().map((line) => textWidth(line, LABEL_FONT_SIZE))) + LABEL_GAP,
  );
  const plotWidth = Math.max(MIN_PLOT_WIDTH, CHART_WIDTH - 2 * PADDING - labelWidth);
  const asked = chart.from !== null || chart.to !== null;
  const starts = rows.map((r) => r.start);
  const ends = rows.map((r) => r.end);
  const from = chart.from !== null ? periodOf(chart.from)[0] : Math.min(...starts);
  const to = chart.to !== null ? periodOf(chart.to)[1] : Math.max(...ends);
  const lo = Math.min(from, ...starts);
  const hi = Math.max(to, ...ends);
  const margin = Math.max(DAY_MS * 5, (hi - lo) * 0.04);
  const domain = [lo - margin, hi + margin];
  const x = { type: 'temporal' as const, scale: { type: 'utc' as const, domain }, title: null };
  const subtitle = `${rows.length} dated event${rows.length === 1 ? '' : 's'}${
    asked ? ` · shaded: ${askedRange(chart.from, chart.to)}` : ''
  } · each bar spans the week, month or year a date names`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig(),
    title: { text: 'Timeline of the coverage', subtitle, anchor: 'start' },
    width: plotWidth,
    height: rows.length * ROW_HEIGHT,
    padding: PADDING,
    autosize: { type: 'pad' },
    layer: [
      ...(asked
        ? [
            {
              data: {
                values: [{ from: Math.max(from, domain[0] ?? from), to: Math.min(to, domain[1] ?? to) }],
              },
              mark: { type: 'rect' as const, color: COLOR_HIGHLIGHT },
              encoding: { x: { field: 'from', type: 'temporal' as const, title: null }, x2: { field: 'to' } },
            },
          ]
        : []),
      {
        data: { values: rows },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 7, strokeCap: 'round', opacity: 0.55 },
            encoding: { x2: { field: 'end' } },
          },
          { mark: { type: 'point', filled: true, size: 110, opacity: 1, stroke: 'white', strokeWidth: 1 } },
        ],
        encoding: {
          x: { field: 'start', ...x, axis: { labelColor: COLOR_TEXT, tickCount: 8, labelOverlap: true } },
          y: {
            field: 'row',
            type: 'ordinal',
            title: null,
            axis: {
              labelExpr: `${JSON.stringify(labels)}[+datum.value]`,
              labelLimit: 0,
              labelFontSize: LABEL_FONT_SIZE,
              labelLineHeight: LABEL_FONT_SIZE + 3,
              labelColor: COLOR_TEXT,
              labelPadding: LABEL_GAP,
              ticks: false,
              domain: false,
            },
          },
          color: {
            field: 'outlet',
            type: 'nominal',
            scale: { domain: outlets, range: OUTLET_COLORS.slice(0, Math.max(1, outlets.length)) },
            legend: {
              title: null,
              orient: 'top',
              labelColor: COLOR_TEXT,
              symbolType: 'circle',
              symbolOpacity: 1,
            },
          },
        },
      },
    ],
    resolve: { scale: { x: 'shared' } },
    background: 'white',
  } as TopLevelSpec;
}
