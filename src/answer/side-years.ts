import type { Token } from '../nlp/pipeline.ts';

/**
 * Which side of a comparison a year belongs to when the question gives fewer years than sides ("Forsyth's
 * cavalry in 1882 and the Marines around Redford in 1997", where the reader reads 1997 only): a side is not
 * asked in a year said of another side, whose article it is not in.
 */

/**
 * Each side's year: a year the question was read with (`years`) belongs to the side named last before it
 * (`sideAt`: where the question names each side, in order), and a side no year follows gets `null`. A year
 * said after the last side is taken as that side's alone: asked in no year, the other side is still found by
 * its name, while asked in a year that is not its own it finds nothing. `null` when no year follows a side
 * ("In 2018, did Mattis and Nielsen agree?": the year is every side's).
 */
export function yearsOfSides(
  text: string,
  sideAt: readonly number[],
  years: readonly number[],
): Array<number | null> | null {
  if (sideAt.length < 2 || sideAt.some((at) => !Number.isFinite(at) || at < 0)) return null;
  const out: Array<number | null> = sideAt.map(() => null);
  for (const year of years) {
    const at = text.indexOf(String(year));
    const owner = sideAt.findLastIndex((s) => s < at);
    if (at >= 0 && owner >= 0 && out[owner] === null) out[owner] = year;
  }
  return out.some((y) => y !== null) ? out : null;
}

/** The earliest year the question reader takes a four-digit number for (understand.ts). */
const READER_YEAR_MIN = 1900;
/** The earliest year a comparison's side is read in: the coverage reaches back to the Mexican War. */
const SIDE_YEAR_MIN = 1800;
const SIDE_YEAR_MAX = 2100;

/**
 * The years a comparison sets side by side, in the question's order: `years` as the reader read them, or,
 * when the question writes a year of the 1800s the reader does not take for one ("the 1848 flag change in
 * Mexico City and the 1967 Chamizal ceremony"), every four-digit year it writes from 1800 on, so the older
 * event is a side of its own and not left out of a comparison with one year.
 */
export function comparedYears(tokens: readonly Token[], years: readonly number[]): number[] {
  const written = tokens
    .map((t) => (/^\d{4}$/.test(t.value) ? Number(t.value) : NaN))
    .filter((y) => y >= SIDE_YEAR_MIN && y <= SIDE_YEAR_MAX);
  return written.some((y) => y < READER_YEAR_MIN) ? [...new Set(written)] : [...new Set(years)];
}
