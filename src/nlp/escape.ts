/** `text` with the characters a regular expression gives meaning to escaped, to be matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
