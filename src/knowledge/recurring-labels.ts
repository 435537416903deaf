/**
 * Speaker labels written as ordinary names, neither in capitals nor in bold: a magazine interview printed as
 * turns ("Peloncillo Quarterly: Who led them?" / "Tapia Whitley: The accounts name…"). A name and a colon
 * opening one paragraph is as often a heading or a note ("Correction, Aug. 13:", "Share:"), so such a label
 * counts only when the article repeats it and a second label alternates with it: the shape of an exchange.
 */
import type { SpeakerLabel } from './transcript.ts';
import { MIN_TRANSCRIPT_TURNS } from './transcript.ts';

/** A paragraph opening with up to five capitalised words and a colon, words following. */
const PLAIN_LABEL = /^\s*(?<name>\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?){0,4}):\s+(?=\S)/u;

/** Paragraphs a plain label must open to be read as a speaker's, not a heading's. */
export const MIN_LABEL_REPEATS = 2;

/** Different repeated labels an article must have for them to be an exchange of turns. */
const MIN_REPEATED_LABELS = 2;

/** Changes of speaker from one labelled paragraph to the next an exchange needs: a question, its answer, the next question. */
const MIN_LABEL_CHANGES = 2;

/** The plain label opening `paragraph`, whatever the rest of the article. */
function plainLabel(paragraph: string): SpeakerLabel | null {
  const m = PLAIN_LABEL.exec(paragraph);
  const name = m?.groups?.name;
  if (!m || !name) return null;
  return { name, role: null, nameEnd: m[0].indexOf(name) + name.length, end: m[0].length, note: null };
}

/**
 * The plain speaker label opening each paragraph (`null` where none does): only labels the article repeats
 * ({@link MIN_LABEL_REPEATS}), and none at all unless two such labels take turns and they open at least
 * {@link MIN_TRANSCRIPT_TURNS} paragraphs in all.
 */
export function recurringLabels(paragraphs: readonly string[]): Array<SpeakerLabel | null> {
  const labels = paragraphs.map(plainLabel);
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([, n]) => n >= MIN_LABEL_REPEATS).map(([name]) => name));
  const kept = labels.map((l) => (l && repeated.has(l.name) ? l : null));
  // Turns alternate: a change of label from one labelled paragraph to the next.
  let changes = 0;
  let last: string | null = null;
  for (const l of kept) {
    if (!l) continue;
    if (last !== null && l.name !== last) changes++;
    last = l.name;
  }
  const total = kept.filter((l) => l !== null).length;
  return repeated.size >= MIN_REPEATED_LABELS && changes >= MIN_LABEL_CHANGES && total >= MIN_TRANSCRIPT_TURNS
    ? kept
    : kept.map(() => null);
}
