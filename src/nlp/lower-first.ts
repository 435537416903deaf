/**
 * Words that opened a sentence ("An INS spokesman said…") as they read inside one ("an INS spokesman"):
 * the first character in lower case, the rest as written. Descriptions and unnamed speakers taken from a
 * sentence's opening are shown and compared so.
 */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
