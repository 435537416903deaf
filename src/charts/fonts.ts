/**
 * The one font the pictures use, committed under `assets/fonts/` (DejaVu Sans, copied from the pinned
 * `dejavu-fonts-ttf` package with its licence), and its advance widths, so Vega lays text out with the same
 * widths resvg draws it with. No system font is ever looked up, so a picture is the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.ts';

export const FONT_DIR = join(REPO_ROOT, 'assets', 'fonts');
export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_REGULAR_FILE = join(FONT_DIR, 'DejaVuSans.ttf');
export const FONT_BOLD_FILE = join(FONT_DIR, 'DejaVuSans-Bold.ttf');
/** Every font file resvg is given; it loads these and nothing else. */
export const FONT_FILES: readonly string[] = [FONT_REGULAR_FILE, FONT_BOLD_FILE];

/** Code points below this are measured from the font's table; others (rare here) get an average width. */
const BMP = 0x10000;
/** Width, in em, of a character the font's table does not map (the font's average advance is close to it). */
const FALLBACK_EM = 0.6;

/** Advance widths of one TrueType font's characters, in em, read from its `cmap` and `hmtx` tables. */
export class FontMetrics {
  readonly #advances: Float32Array;

  /** Reads `bytes` (a TrueType file); throws `FontMetrics: …` when a needed table is missing. */
  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tables = new Map<string, number>();
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      tables.set(tag, view.getUint32(at + 8));
    }
    const head = tables.get('head');
    const hhea = tables.get('hhea');
    const hmtx = tables.get('hmtx');
    const cmap = tables.get('cmap');
    if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined)
      throw new Error('FontMetrics: the font lacks a head, hhea, hmtx or cmap table');
    const unitsPerEm = view.getUint16(head + 18);
    const metrics = view.getUint16(hhea + 34);
    const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
    this.#advances = new Float32Array(BMP).fill(FALLBACK_EM);
    const subtable = unicodeSubtable(view, cmap);
    if (subtable === null) throw new Error('FontMetrics: the font has no Unicode BMP cmap (format 4)');
    const segments = view.getUint16(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const offsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = view.getUint16(ends + 2 * s);
      const start = view.getUint16(starts + 2 * s);
      const delta = view.getUint16(deltas + 2 * s);
      const rangeOffset = view.getUint16(offsets + 2 * s);
      for (let c = start; c <= end && c < 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const g = view.getUint16(offsets + 2 * s + rangeOffset + 2 * (c - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) this.#advances[c] = advanceOf(glyph);
      }
    }
  }

  /** Reads a font file once. */
  static fromFile(path: string): FontMetrics {
    return new FontMetrics(readFileSync(path));
  }

  /** Width of `text` at `fontSize` pixels (no kerning: at most a pixel or two wide of what is drawn). */
  width(text: string, fontSize: number): number {
    let em = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      em += cp < BMP ? (this.#advances[cp] ?? FALLBACK_EM) : FALLBACK_EM;
    }
    return em * fontSize;
  }
}

/** Offset of the font's Windows Unicode BMP (3, 1) or Unicode (0, *) format 4 subtable, or `null`. */
function unicodeSubtable(view: DataView, cmap: number): number | null {
  const count = view.getUint16(cmap + 2);
  let found: number | null = null;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const offset = cmap + view.getUint32(at + 4);
    if (view.getUint16(offset) !== 4) continue;
    if (platform === 3 && encoding === 1) return offset;
    if (platform === 0) found ??= offset;
  }
  return found;
}
