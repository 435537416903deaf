/** The numerals of English by value, and the reading of a number under a hundred written in words. */

/** The numerals of English, by value: a figure in words is read with them ("fifteen hundred", "forty-two"). */
export const NUMERALS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i): [string, number] => [w, i]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i): [string, number] => [w, 20 + 10 * i]),
]);

/**
 * The value of a number under a hundred written in words ("twelve", "eighty-one"), or `null` for any other
 * word: a tens word takes a unit after a hyphen, nothing else does.
 */
export function numberInWords(word: string): number | null {
  const [first = '', unit, ...rest] = word.toLowerCase().split('-');
  const tens = NUMERALS.get(first);
  if (tens === undefined || rest.length > 0) return null;
  if (unit === undefined) return tens;
  const ones = NUMERALS.get(unit);
  return tens >= 20 && tens % 10 === 0 && ones !== undefined && ones >= 1 && ones <= 9 ? tens + ones : null;
}
