/**
 * Other stories listed at a page's end, by shape: a label and headlines on one line split by a bar
 * ("Related in this archive: … · …"), which is dropped, and a list of headlines over its items' lines, which
 * is marked `related`.
 */
import type { CleanParagraph } from './clean.ts';
import { wordsAtMost } from './page-furniture.ts';
import type { DroppedLine } from './schema.ts';

/** A bar of links: "Texas | Politics | Border", "Share: X · Facebook · Email", "News › World › Americas". */
export const BAR_SEPARATOR = /\s[|·›>•]\s/g;
/** Longest item of a list of links, in words; a longer item is prose. */
export const MAX_LINK_WORDS = 16;
/** A label closing with a colon at a line's start ("Related in this archive:", "More on this:"). */
const LIST_LABEL = /^\p{Lu}[^:.!?"“”]{0,40}:\s/u;

/**
 * True for a label, then two headlines or more on one line split by a bar ("Related in this archive: The Texans at
 * Fort Bliss (Aug. 3, 1861) · Colonel Canby's Call for Volunteers (Sept. 21, 1861)"): no item closes as a
 * sentence does, and none is longer than a link's words.
 */
function labelledLinks(text: string): boolean {
  const label = LIST_LABEL.exec(text);
  if (!label) return false;
  const items = text.slice(label[0].length).split(BAR_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every(
      (item) =>
        item.trim() !== '' && wordsAtMost(item.trim(), MAX_LINK_WORDS) && !/[.!?]["”’]?$/.test(item.trim()),
    )
  );
}

/**
 * Takes out of `kept` the paragraphs of its second half that are a label and other stories' headlines on one
 * line ({@link labelledLinks}), and returns them as dropped lines: a list of headlines over its items' lines
 * is only marked (they are read as the report's lines), but one line of several is no sentence of any story.
 */
export function withoutLabelledLinks(kept: CleanParagraph[]): DroppedLine[] {
  const out: DroppedLine[] = [];
  for (let i = kept.length - 1; i >= Math.floor(kept.length / 2); i--) {
    const paragraph = kept[i];
    if (!paragraph || paragraph.kind !== 'report' || !labelledLinks(paragraph.text)) continue;
    out.push({ line: paragraph.line, reason: 'list of links', text: paragraph.text });
    kept.splice(i, 1);
  }
  return out;
}

/** A list item written as a headline: a bullet, and no full stop, question or exclamation mark to end it. */
const HEADLINE_ITEM = /^[-*•–·]\s.*[^.!?…;]["”’')\]]*$/u;

/** Fewest headline items in a row that make a list of other stories rather than a line of the report. */
const MIN_RELATED_ITEMS = 2;

/**
 * Marks `related` the items of a list of headlines in the second half of a page ("Related from the archive:"
 * and its items): other stories' headlines, whose facts the report's own sentences say better. A list in
 * the first half is the report's (a box of key numbers, the points of a live blog).
 */
export function markRelatedHeadlines(kept: CleanParagraph[]): void {
  const from = Math.floor(kept.length / 2);
  let start = -1;
  for (let i = from; i <= kept.length; i++) {
    const paragraph = kept[i];
    if (paragraph && paragraph.kind === 'report' && HEADLINE_ITEM.test(paragraph.text)) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1 && i - start >= MIN_RELATED_ITEMS)
      for (let k = start; k < i; k++) {
        const item = kept[k];
        if (item) item.kind = 'related';
      }
    start = -1;
  }
}
