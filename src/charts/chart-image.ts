/** What a drawn answer picture is, shared by the drawer (worker thread) and the renderer (bot thread). */
import type { AnswerChart } from '../answer/types.ts';

/** Discord's embed images must load quickly; every picture is checked against this. */
export const MAX_CHART_BYTES = 1_000_000;

/** A drawn picture. */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The file name to attach it as (`timeline.png`, `comparison.png`). */
  name: string;
}

/** The file name a chart is attached as. */
export function chartFileName(chart: AnswerChart): string {
  return chart.kind === 'timeline' ? 'timeline.png' : 'comparison.png';
}
