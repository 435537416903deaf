/**
 * A date inside someone's quoted words. "We pray today for all the dead," said at a 2022 ceremony, dates the
 * prayer, the occasion of the words: when the quoted words do not say the asked act, their date is not the
 * asked event's, however near its other words stand.
 */

/** True when `dateText` stands in `text` after an opening quotation mark not yet closed. */
export function dateInQuotation(text: string, dateText: string): boolean {
  const at = text.toLowerCase().indexOf(dateText.toLowerCase());
  if (at < 0) return false;
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = text.charAt(i);
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
