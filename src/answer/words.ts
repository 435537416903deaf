/** Word positions in a text, counted without splitting it: where a phrase stands, in words. */

/** Position (in whitespace-separated words) of the first occurrence of `needle` in `text`, or -1. */
export function wordIndexOf(text: string, needle: string): number {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? -1 : wordAt(text, at);
}

/** Index, in `text.split(/\s+/)`, of the word holding character `pos`; counts instead of splitting. */
export function wordAt(text: string, pos: number): number {
  let words = 0;
  let inSpace = false;
  for (let i = 0; i < pos; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}

export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
