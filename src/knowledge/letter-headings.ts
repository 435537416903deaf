/**
 * A letter printed under a heading that names its writer, as a newspaper of the nineteenth century printed
 * its correspondents' letters: "LETTER FROM OUR CORRESPONDENT." over a dateline ("CITY OF MEXICO, May 8,
 * 1862.") and paragraphs in quotation marks with no verb of saying. The paragraphs are the writer's; so are
 * words the next paragraph gives to the writer described again ("The writer adds, in a postscript, that '…'").
 */
import { isDocumentNoun } from './document-authors.ts';
import { endsInColon } from './ends-in-colon.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
/**
 * "LETTER FROM OUR CORRESPONDENT.", "A DISPATCH FROM GEN. SMITH", "THE LETTER OF MR. VAN DUZER.": a document
 * noun, "from" or "of", its writer.
 */
const HEADING = /^(?:(?:A|AN|THE)\s+)?(\p{Lu}+)\s+(?:FROM|OF)\s+([^\p{Ll}]+?)[.:]?$/u;
/** A heading has no lower-case letter: it is set in capitals. */
const LOWER = /\p{Ll}/u;
/** "CITY OF MEXICO, May 8, 1862.": a place in capitals, a comma, and a date holding a figure. */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]*,\s[^"“]*\d[^"“]*$/u;
/** "OUR CORRESPONDENT", "THE WRITER": a writer described rather than named. */
const DESCRIBED = /^(?:OUR|THE|A|AN)\s/u;
/** "the writer", "the correspondent": one noun after "the", someone named again by what they are. */
const DEFINITE_ONE_NOUN = /^the\s+\p{Ll}+$/u;
/** A paragraph of the letter opens with a quotation mark. */
const OPENING_MARK = /^\s*["“]/u;
/** Words a dateline has at most ("CITY OF MEXICO, May 8, 1862." has six). */
const MAX_DATELINE_WORDS = 8;
/** Dateline paragraphs at most between a heading and its letter (a place and date, a day of the week). */
const MAX_DATELINES = 2;

/** Gives the unattributed paragraphs of a letter under a heading naming its writer to that writer. */
export function speakersOfLetterHeadings(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  entity: (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined,
): void {
  const byParagraph = new Map<number, WorkingSentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const quotesByParagraph = new Map<number, WorkingQuote[]>();
  for (const q of quotes) {
    const list = quotesByParagraph.get(q.sentence.paragraph);
    if (list) list.push(q);
    else quotesByParagraph.set(q.sentence.paragraph, [q]);
  }
  const quotesOf = (paragraph: number) => quotesByParagraph.get(paragraph) ?? [];
  for (const [paragraph, list] of byParagraph) {
    const heading = list.length === 1 ? list[0] : undefined;
    const written = heading ? writerOfHeading(heading.text.trim()) : null;
    if (!heading || written === null) continue;
    // "THE LETTER OF CORPORAL WEMPLE.": the people finder reads a heading's capitals as it reads any name
    // (the Wemple the article introduced as Corporal), so the writer is the person the heading names.
    const person = personNamedIn(heading, entity);
    const writer = person?.name ?? written;
    let at = paragraph + 1;
    // "LETTER FROM SANTA FE." over "SANTA FE, Feb. 14, 1847.": the heading names where it was written from.
    if (placeOfDateline(byParagraph.get(at), writer)) continue;
    for (let d = 0; d < MAX_DATELINES && isDateline(byParagraph.get(at)); d++) at++;
    // "Jotham Pike, son of …, ships in the frigate Savannah, the flag-ship of Com. John D. Sloat. His letter is
    // dated …:": a paragraph introducing the writer the heading names, ending in a colon. Its "his" may have
    // been read as the last man it names; the heading says whose the letter is, so words it gave the letter's
    // paragraphs with no verb of saying of their own are the heading's writer's.
    const introduced = person !== undefined && introducesWriter(byParagraph.get(at), quotesOf(at), person.id);
    if (introduced) at++;
    const given = (q: WorkingQuote) =>
      q.parent === null && q.speakerName !== 'unattributed' && !(introduced && q.cue === null);
    let letter = 0;
    for (; ; at++) {
      const first = byParagraph.get(at)?.[0];
      const own = quotesOf(at);
      if (!first || !OPENING_MARK.test(first.text)) break;
      if (own.length === 0 || own.some(given)) break;
      for (const q of own)
        if (q.parent === null) Object.assign(q, { speakerId: person?.id ?? null, speakerName: writer });
      letter++;
    }
    if (letter === 0) continue;
    // "The writer adds, in a postscript, that '…'": the letter's writer named again by what they are.
    for (const q of quotesOf(at))
      if (q.speakerId === null && DEFINITE_ONE_NOUN.test(q.speakerName))
        Object.assign(q, { speakerId: person?.id ?? null, speakerName: writer });
  }
}

/** The writer a heading in capitals names ("our correspondent", "Gen. Smith"), or `null`. */
function writerOfHeading(text: string): string | null {
  if (LOWER.test(text)) return null;
  const m = HEADING.exec(text);
  if (!m?.[1] || !m[2] || !isDocumentNoun(m[1])) return null;
  const words = m[2].trim().split(/\s+/);
  if (DESCRIBED.test(m[2])) return words.join(' ').toLowerCase();
  return words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
}

/** The one person `heading` names (by a name, not a pronoun), or `undefined` when it names none or several. */
function personNamedIn(
  heading: WorkingSentence,
  entity: (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined,
): Pick<EntityData, 'id' | 'name'> | undefined {
  let found: Pick<EntityData, 'id' | 'name'> | undefined;
  for (const mention of heading.mentions) {
    if (mention.via === 'pronoun') continue;
    const person = entity(mention.entityId);
    if (person?.type !== 'person' || person.id === found?.id) continue;
    if (found) return undefined;
    found = person;
  }
  return found;
}

/**
 * True when `paragraph` introduces the letter after it: no quotation of its own, the person `writer` named in
 * it (not by a pronoun), and its last sentence ending in a colon.
 */
function introducesWriter(
  paragraph: readonly WorkingSentence[] | undefined,
  own: readonly WorkingQuote[],
  writer: string,
): boolean {
  const last = paragraph?.[paragraph.length - 1];
  if (!paragraph || !last || own.length > 0 || !endsInColon(last.analysis.text, last.start, last.end))
    return false;
  return paragraph.some((s) => s.mentions.some((m) => m.entityId === writer && m.via !== 'pronoun'));
}

/** True when `paragraph` is a dateline ({@link isDateline}) whose place is `writer`, read case-blind. */
function placeOfDateline(paragraph: readonly WorkingSentence[] | undefined, writer: string): boolean {
  if (!isDateline(paragraph)) return false;
  const place = paragraph?.[0]?.text.trim().split(',')[0]?.toLowerCase() ?? '';
  return place === writer.toLowerCase();
}

/** True for a paragraph that is only a dateline: one short sentence of a place and a date, no quotation. */
function isDateline(paragraph: readonly WorkingSentence[] | undefined): boolean {
  const only = paragraph?.length === 1 ? paragraph[0] : undefined;
  if (!only || only.quoteSpans.length > 0) return false;
  const text = only.text.trim();
  return DATELINE.test(text) && text.split(/\s+/).length <= MAX_DATELINE_WORDS;
}
