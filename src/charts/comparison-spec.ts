/**
 * Comparison answers as Vega-Lite charts. Figures (one number per side): a bar per side, its length the
 * figure (a range drawn to its high end, lighter), labelled with the side, the figure as written and its
 * source. Stances (two people's words): the sides in columns, each person's words as published under
 * their name, with the source below.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatDate } from '../answer/text.ts';
import type { AnswerChart, ChartFigure, ChartStance } from '../answer/types.ts';
import {
  CHART_WIDTH,
  COLOR_MUTED,
  COLOR_TEXT,
  LABEL_FONT_SIZE,
  OUTLET_COLORS,
  PADDING,
  baseConfig,
  type TextWidth,
} from './style.ts';

type ComparisonChart = Exclude<AnswerChart, { kind: 'timeline' }>;

const BAR_ROW_HEIGHT = 54;
const MIN_PLOT_WIDTH = 260;
const LABEL_GAP = 10;
/** Room right of the longest bar for its figure as written. */
const VALUE_LABEL_ROOM = 0.45;
const QUOTE_FONT_SIZE = 14;
const QUOTE_LINE_HEIGHT = 20;
const MAX_QUOTE_LINES = 9;
const COLUMN_GAP = 24;

/** The Vega-Lite spec of a comparison's picture, laid out to {@link CHART_WIDTH} with `textWidth`. */
export function comparisonSpec(chart: ComparisonChart, textWidth: TextWidth): TopLevelSpec {
  return chart.kind === 'figures'
    ? figuresSpec(chart.figures, textWidth)
    : stancesSpec(chart.stances, chart.atOdds, textWidth);
}

function colorsFor(outlets: readonly string[]) {
  const domain = [...new Set(outlets)];
  return { domain, range: OUTLET_COLORS.slice(0, Math.max(1, domain.length)) };
}

function figuresSpec(figures: readonly ChartFigure[], textWidth: TextWidth): TopLevelSpec {
  const rows = figures.map((f, i) => ({
    row: i,
    value: f.value,
    high: f.high ?? f.value,
    text: f.text,
    outlet: f.outlet,
  }));
  const labels = figures.map((f) => [f.label, `${f.outlet}, ${formatDate(f.published)}`]);
  const labelWidth = Math.ceil(
    Math.max(0, ...labels.flat().map((line) => textWidth(line, LABEL_FONT_SIZE))) + LABEL_GAP,
  );
  const plotWidth = Math.max(MIN_PLOT_WIDTH, CHART_WIDTH - 2 * PADDING - labelWidth);
  // At least 1, so figures of nought still give the scale a width.
  const top = Math.max(1, ...rows.map((r) => r.high));
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [0, top * (1 + VALUE_LABEL_ROOM)], nice: false },
    title: null,
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig(),
    title: {
      text: 'Side by side',
      subtitle: 'Each figure as the coverage gives it; a lighter bar runs to the high end of a range',
      anchor: 'start',
    },
    width: plotWidth,
    height: rows.length * BAR_ROW_HEIGHT,
    padding: PADDING,
    autosize: { type: 'pad' },
    data: { values: rows },
    encoding: {
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
      color: { field: 'outlet', type: 'nominal', scale: colorsFor(rows.map((r) => r.outlet)), legend: null },
    },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.35, height: 22, cornerRadiusEnd: 3 },
        encoding: { x: { field: 'high', ...x, axis: null } },
      },
      {
        mark: { type: 'bar', height: 22, cornerRadiusEnd: 3 },
        encoding: {
          x: { field: 'value', ...x, axis: { format: '~s', labelColor: COLOR_MUTED, tickCount: 5 } },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 13, fontWeight: 'bold', color: COLOR_TEXT },
        encoding: { x: { field: 'high', ...x }, text: { field: 'text' }, color: { value: COLOR_TEXT } },
      },
    ],
    background: 'white',
  } as TopLevelSpec;
}

/** `text` broken into lines no wider than `width`, at most {@link MAX_QUOTE_LINES} (the last ends in …). */
export function wrapText(text: string, width: number, fontSize: number, textWidth: TextWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= MAX_QUOTE_LINES) return lines;
  const kept = lines.slice(0, MAX_QUOTE_LINES);
  kept[MAX_QUOTE_LINES - 1] = `${kept[MAX_QUOTE_LINES - 1] ?? ''} …`;
  return kept;
}

function stancesSpec(stances: readonly ChartStance[], atOdds: boolean, textWidth: TextWidth): TopLevelSpec {
  const width = CHART_WIDTH - 2 * PADDING;
  const columnWidth = (width - COLUMN_GAP * (stances.length - 1)) / stances.length;
  const items: Array<{ x: number; y: number; text: string; kind: string; outlet: string }> = [];
  let height = 0;
  stances.forEach((s, i) => {
    const x = i * (columnWidth + COLUMN_GAP);
    let y = 22;
    items.push({ x, y, text: s.label, kind: 'name', outlet: s.outlet });
    y += 30;
    for (const line of wrapText(`“${s.text}”`, columnWidth, QUOTE_FONT_SIZE, textWidth)) {
      items.push({ x, y, text: line, kind: 'quote', outlet: s.outlet });
      y += QUOTE_LINE_HEIGHT;
    }
    y += 8;
    items.push({ x, y, text: `${s.outlet}, ${formatDate(s.published)}`, kind: 'source', outlet: s.outlet });
    height = Math.max(height, y + 10);
  });
  const pixels = (extent: number) => ({
    type: 'quantitative' as const,
    scale: { domain: [0, extent], range: [0, extent], nice: false, zero: true },
    axis: null,
  });
  const y = { ...pixels(height), scale: { domain: [0, height], range: [0, height], nice: false } };
  const text = (kind: string, fontSize: number, extra: Record<string, unknown>) => ({
    transform: [{ filter: `datum.kind === '${kind}'` }],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, fontSize, ...extra },
    encoding: { x: { field: 'x', ...pixels(width) }, y: { field: 'y', ...y }, text: { field: 'text' } },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: baseConfig(),
    title: {
      text: atOdds ? 'At odds, as the coverage reports' : 'Side by side',
      subtitle: 'Their words as published',
      anchor: 'start',
    },
    width,
    height,
    padding: PADDING,
    autosize: { type: 'pad' },
    data: { values: items },
    layer: [
      {
        ...text('name', 16, { fontWeight: 'bold' }),
        encoding: {
          ...text('name', 16, {}).encoding,
          color: {
            field: 'outlet',
            type: 'nominal',
            scale: colorsFor(stances.map((s) => s.outlet)),
            legend: null,
          },
        },
      },
      text('quote', QUOTE_FONT_SIZE, { color: COLOR_TEXT }),
      text('source', LABEL_FONT_SIZE, { color: COLOR_MUTED }),
    ],
    background: 'white',
  } as TopLevelSpec;
}
