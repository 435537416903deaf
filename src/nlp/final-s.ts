/**
 * A plural's singular as far as a final "s" goes ("orders" → "order", "monuments" → "monument"); a word ending
 * in "ss" ("witness") or no longer than `longerThan` letters ("bus", "gas" with 3) stays as it is.
 */
export function withoutFinalS(word: string, longerThan = 0): string {
  return word.length > longerThan && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
