/** What every picture shares: its width, font, colours and Vega-Lite configuration. */
import type { Config } from 'vega-lite';
import { FONT_FAMILY } from './fonts.ts';

/** Discord shows an embed's image at about this width; the pictures are drawn for it, at 1×. */
export const CHART_WIDTH = 800;
export const PADDING = 16;
export const LABEL_FONT_SIZE = 12;
export const TITLE_FONT_SIZE = 16;
export const COLOR_TEXT = '#1f2328';
export const COLOR_MUTED = '#57606a';
/** The range asked for, behind the events. */
export const COLOR_HIGHLIGHT = '#fff1c2';
/** One colour per outlet, in order of first appearance: Tableau 10, readable with the common colour-vision deficiencies. */
export const OUTLET_COLORS: readonly string[] = [
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#f28e2b',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Width in pixels of `text` at `fontSize` in the pictures' font. */
export type TextWidth = (text: string, fontSize: number) => number;

/** The Vega-Lite configuration every picture uses: the bundled font everywhere, quiet axes. */
export function baseConfig(): Config {
  return {
    font: FONT_FAMILY,
    view: { stroke: null },
    title: { fontSize: TITLE_FONT_SIZE, color: COLOR_TEXT, subtitleColor: COLOR_MUTED, subtitleFontSize: 12 },
    axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, gridColor: '#e6e8eb', domainColor: '#d0d7de' },
    legend: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, labelFontSize: 12 },
  };
}
