/**
 * Whether a text is a real calendar day. Apart from sources.ts, which reads front matter, so that the answer
 * engine can check a day without loading the YAML parser at start.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `date` is a real calendar day in `YYYY-MM-DD` form. */
export function isIsoDay(date: string): boolean {
  const m = DATE_PATTERN.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
