/** A list item's marker ("• ", "- "), which is layout: no word of a name read from the item's first words. */

/** A list item's marker and the space after it, opening a text. */
const LIST_MARKER = /^[-*•·▪◦–]\s+(?=\S)/u;

/** `text` without the list item's marker it opens with ("• Mexico's defense ministry" → "Mexico's defense ministry"). */
export function withoutListMarker(text: string): string {
  return LIST_MARKER.test(text) ? text.replace(LIST_MARKER, '') : text;
}
