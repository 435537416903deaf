/**
 * Letters to the editor, and anything signed the way they are: a paragraph that is only a dash and a name
 * ("— Rosa Garza Treviño, San Benito") closes the letter above it, whose "my" and "our" are the writer's.
 * "My grandmother used to say, '…'" in that letter is Rosa Garza Treviño's grandmother, as a reader of the
 * quotation alone needs to be told.
 */
import { PERSON_NAME_PARTICLES } from './name-words.ts';
import type { WorkingQuote } from './working.ts';

/** A sign-off: a dash, then the writer's name and, after a comma, where they live. */
const SIGN_OFF = /^\s*(?:—|–|--?)\s*([^,\n]+?)\s*(?:,[^\n]*)?$/u;
/** A name word: a capital opens it ("Treviño", "O'Brien", "Lt.", "(ret.)" is dropped before). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words a writer's name has at most, with a title or two ("Lt. Col. Douglas Ferrell"). */
const MAX_NAME_WORDS = 6;
/** Paragraphs a letter runs to at most above its sign-off: a letter is short. */
const MAX_LETTER_PARAGRAPHS = 8;
/** "my grandmother", "our old pastor": a speaker described by a first-person possessive. */
const FIRST_PERSON_SPEAKER = /^(?:my|our)\s+(.+)$/iu;

/** Who a speaker named "my neighbor" or "our old pastor" is to the one speaking ("neighbor"), or `undefined`. */
export const firstPersonRelative = (speakerName: string): string | undefined =>
  FIRST_PERSON_SPEAKER.exec(speakerName)?.[1];

/**
 * The writer's name a paragraph of signed text is, as written without anything in brackets ("Lt. Col.
 * (ret.) Douglas Ferrell" → "Lt. Col. Douglas Ferrell"), or `null` when it is no sign-off: two to
 * {@link MAX_NAME_WORDS} words, each capitalised or a name's particle.
 */
export function signOffName(paragraph: string): string | null {
  return signOff(paragraph)?.name ?? null;
}

/** Markdown's italics or bold around what follows a sign-off's dash ("— _Rosa Elvira Quiñones, Playas_"). */
const EMPHASIS_AFTER_DASH = /^(\s*(?:—|–|--?)\s*)(?:\*{1,2}|_{1,2})(?=\S)([^*_\n]*?)(?:\*{1,2}|_{1,2})\s*$/u;

/** A sign-off as a reader sees it, without the emphasis marks a page set it in (the words are the same). */
const withoutEmphasis = (paragraph: string): string => paragraph.replace(EMPHASIS_AFTER_DASH, '$1$2');

/** The place after a sign-off's last comma ("…, San Benito"), built once (see src/nlp/letter-tests.ts). */
const PLACE_AFTER_COMMA = /,\s*(\p{Lu}[^,\n]*?)\s*$/u;

/**
 * A sign-off's writer as written (see {@link signOffName}) and the place after its comma ("San Benito"),
 * or `null` when the paragraph is no sign-off.
 */
export function signOff(paragraph: string): { name: string; place: string | null } | null {
  const plain = withoutEmphasis(paragraph);
  const m = SIGN_OFF.exec(plain);
  if (!m?.[1]) return null;
  const words = m[1]
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  if (!words.every((w) => NAME_WORD.test(w) || PERSON_NAME_PARTICLES.has(w))) return null;
  if (!NAME_WORD.test(words.at(-1) ?? '')) return null;
  const written = PLACE_AFTER_COMMA.exec(plain)?.[1];
  const place =
    written && written.split(/\s+/).every((w) => NAME_WORD.test(w) || PERSON_NAME_PARTICLES.has(w))
      ? written
      : null;
  return { name: words.join(' '), place };
}

/**
 * The writer of each paragraph (by index) a sign-off closes: the paragraphs above a sign-off, after the one
 * before it and at most {@link MAX_LETTER_PARAGRAPHS}. A sign-off is short and may have been dropped from
 * the text as a crosshead: it is looked for in the paragraphs and the `dropped` lines alike, each by its
 * line in the source. Empty for an article with no sign-off.
 */
export function letterWriters(
  paragraphs: ReadonlyArray<{ line: number; text: string }>,
  dropped: ReadonlyArray<{ line: number; text: string }>,
): Map<number, string> {
  const signOffs: Array<{ line: number; writer: string }> = [];
  for (const d of dropped) {
    const writer = signOffName(d.text);
    if (writer) signOffs.push({ line: d.line, writer });
  }
  for (const p of paragraphs) {
    const writer = signOffName(p.text);
    if (writer) signOffs.push({ line: p.line, writer });
  }
  const out = new Map<number, string>();
  if (signOffs.length === 0) return out;
  signOffs.sort((a, b) => a.line - b.line);
  // A rule or heading the cleaner dropped ("——————————", "The train at Olmito") opens the next letter: an
  // editor's note above it is no writer's.
  const breaks = dropped
    .filter((d) => signOffName(d.text) === null)
    .map((d) => d.line)
    .sort((a, b) => a - b);
  let b = 0;
  // Paragraphs are in source order: each letter is the run of them before its sign-off, read in one pass.
  let letter: number[] = [];
  let k = 0;
  const close = () => {
    const writer = signOffs[k]?.writer;
    if (writer) for (const i of letter.slice(-MAX_LETTER_PARAGRAPHS)) out.set(i, writer);
    letter = [];
  };
  paragraphs.forEach((p, i) => {
    while (k < signOffs.length && (signOffs[k]?.line ?? 0) < p.line) {
      close();
      k++;
    }
    let broken = false;
    for (; b < breaks.length && (breaks[b] ?? 0) < p.line; b++) broken = true;
    if (broken) letter = [];
    if (k < signOffs.length && signOffs[k]?.line !== p.line) letter.push(i);
  });
  close();
  return out;
}

/**
 * Gives each top-level quotation whose speaker is someone the writer calls "my" or "our" ("my
 * grandmother") to that person as the writer's ("Rosa Garza Treviño's grandmother"), in signed letters
 * (`writers`, by paragraph, from {@link letterWriters}). A quotation inside another already names its
 * speaker's relative by the outer speaker.
 */
export function writersRelatives(
  quotes: readonly WorkingQuote[],
  writers: ReadonlyMap<number, string>,
): void {
  if (writers.size === 0) return;
  for (const q of quotes) {
    if (q.parent !== null || q.speakerId !== null) continue;
    const relative = firstPersonRelative(q.speakerName);
    // A sentence counts its paragraphs from 1.
    const writer = relative ? writers.get(q.sentence.paragraph - 1) : undefined;
    if (writer) q.speakerName = `${writer}'s ${relative}`;
  }
}
