/**
 * Draws one answer picture: an {@link AnswerChart} → Vega-Lite → SVG (Vega) → PNG (resvg). CPU work of
 * 50–150 ms, so the bot runs it in a worker thread (see chart-renderer.ts). Nothing here fetches anything:
 * the specs carry their data inline and resvg is given the bundled font and no system font.
 *
 * Load this module only in a thread without discord.js: Vega-Lite sets `Set.prototype.toJSON` when it
 * loads, which breaks discord.js's event emitter. The worker thread has its own globals.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { AnswerChart } from '../answer/types.ts';
import { comparisonSpec } from './comparison-spec.ts';
import { FONT_BOLD_FILE, FONT_FAMILY, FONT_FILES, FONT_REGULAR_FILE, FontMetrics } from './fonts.ts';
import { chartFileName, MAX_CHART_BYTES, type ChartImage } from './chart-image.ts';
import type { TextWidth } from './style.ts';
import { timelineSpec } from './timeline-spec.ts';

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
}
/** The part of Vega's text measurement that is replaced (Vega documents this for canvas-less use). */
interface VegaTextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/** Draws answer pictures; build one per thread (it sets Vega's text measurement to the bundled font). */
export class ChartDrawer {
  readonly #textWidth: TextWidth;
  readonly #resvg: ResvgRenderOptions = {
    font: {
      loadSystemFonts: false,
      fontFiles: [...FONT_FILES],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  };
  readonly #quiet = vega.logger(vega.None);

  constructor() {
    const regular = FontMetrics.fromFile(FONT_REGULAR_FILE);
    const bold = FontMetrics.fromFile(FONT_BOLD_FILE);
    // Without a canvas Vega guesses 0.8 em a character; the font's own widths keep labels where resvg draws them.
    (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics.width = (item, text) => {
      const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
      const weight = item.fontWeight;
      const font = weight === 'bold' || (typeof weight === 'number' && weight >= 600) ? bold : regular;
      return text == null ? 0 : font.width(String(text).trim(), size);
    };
    this.#textWidth = (text, size) => regular.width(text, size);
  }

  /** The Vega-Lite spec of `chart`. */
  spec(chart: AnswerChart): TopLevelSpec {
    return chart.kind === 'timeline'
      ? timelineSpec(chart, this.#textWidth)
      : comparisonSpec(chart, this.#textWidth);
  }

  /** `chart` as SVG. */
  async svg(chart: AnswerChart): Promise<string> {
    const compiled = compile(this.spec(chart), { logger: this.#quiet }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.None });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  }

  /** `chart` as a PNG; throws `ChartDrawer: …` when it would be over {@link MAX_CHART_BYTES}. */
  async draw(chart: AnswerChart): Promise<ChartImage> {
    const image = await renderAsync(await this.svg(chart), this.#resvg);
    const png = image.asPng();
    if (png.length > MAX_CHART_BYTES)
      throw new Error(`ChartDrawer: the picture is ${png.length} bytes, over ${MAX_CHART_BYTES}`);
    return { png, width: image.width, height: image.height, name: chartFileName(chart) };
  }
}
