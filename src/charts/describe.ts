/** The alt text of an answer's picture, for screen readers: what it shows, and that the text says the same. */
import type { AnswerChart } from '../answer/types.ts';

/** Discord allows an attachment description of up to 1,024 characters. */
export const MAX_CHART_DESCRIPTION = 1024;

/** The range a timeline was asked for, in words: `2018 to 2019`, `2025`, `2019 on`, `up to 2018`. */
export function askedRange(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return from === to ? from : `${from} to ${to}`;
  if (from !== null) return `${from} on`;
  return to !== null ? `up to ${to}` : 'all dates';
}

function listed(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1
    ? (unique[0] ?? '')
    : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1) ?? ''}`;
}

/** One or two sentences describing `chart`, within {@link MAX_CHART_DESCRIPTION}. */
export function describeChart(chart: AnswerChart): string {
  let text: string;
  if (chart.kind === 'timeline') {
    const first = chart.events[0]?.date ?? '';
    const last = chart.events.at(-1)?.date ?? '';
    const span =
      first.slice(0, 4) === last.slice(0, 4)
        ? first.slice(0, 4)
        : `${first.slice(0, 4)} to ${last.slice(0, 4)}`;
    const asked =
      chart.from !== null || chart.to !== null ? `, ${askedRange(chart.from, chart.to)} shaded` : '';
    text = `Timeline picture: ${chart.events.length} dated event${chart.events.length === 1 ? '' : 's'} from ${span} on a time axis, coloured by source (${listed(chart.events.map((e) => e.outlet))})${asked}. The text lists the same events.`;
  } else if (chart.kind === 'figures') {
    text = `Bar chart side by side: ${chart.figures.map((f) => `${f.label}, ${f.text} (${f.outlet})`).join('; ')}.`;
  } else {
    text = `Side by side, in their words: ${chart.stances.map((s) => `${s.label} (${s.outlet})`).join(' and ')}${chart.atOdds ? ', at odds as the coverage reports' : ''}. The text quotes the same words.`;
  }
  return text.length <= MAX_CHART_DESCRIPTION ? text : `${text.slice(0, MAX_CHART_DESCRIPTION - 1)}…`;
}
