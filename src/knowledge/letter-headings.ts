/**
 * A letter printed under a heading that names its writer, as a newspaper of the nineteenth century printed
 * its correspondents' letters: "LETTER FROM OUR CORRESPONDENT." over a dateline ("CITY OF MEXICO, May 8,
 * 1862.") and paragraphs in quotation marks with no verb of saying. The paragraphs are the writer's; so are
 * words the next paragraph gives to the writer described again ("The writer adds, in a postscript, that '…'").
 */
import { isDocumentNoun } from './document-authors.ts';
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
/** Words before a person's name read as the title the article gives them ("Lt. Col.", "Corporal"). */
const MAX_TITLE_WORDS = 3;
/** People of one surname past which a heading's writer is not told among them (and a heading stays a look-up). */
const MAX_NAMESAKES = 8;

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
  let peopleBySurname: Map<string, Map<string, TitledPerson>> | null = null;
  for (const [paragraph, list] of byParagraph) {
    const written = list.length === 1 ? writerOfHeading(list[0]?.text.trim() ?? '') : null;
    if (written === null) continue;
    // The article's people by surname, read once, and only for an article with a letter under a heading.
    peopleBySurname ??= titledPeople(sentences, entity);
    const person = personOfHeading(written, peopleBySurname);
    const writer = person?.name ?? written;
    let at = paragraph + 1;
    // "LETTER FROM SANTA FE." over "SANTA FE, Feb. 14, 1847.": the heading names where it was written from.
    if (placeOfDateline(byParagraph.get(at), writer)) continue;
    for (let d = 0; d < MAX_DATELINES && isDateline(byParagraph.get(at)); d++) at++;
    let letter = 0;
    for (; ; at++) {
      const first = byParagraph.get(at)?.[0];
      const own = quotesOf(at);
      if (!first || !OPENING_MARK.test(first.text)) break;
      if (own.length === 0 || own.some((q) => q.speakerName !== 'unattributed' && q.parent === null)) break;
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

/** A person of the article and the titles it wrote before their name ("corporal", "mr.", "lt. col."). */
interface TitledPerson {
  person: Pick<EntityData, 'id' | 'name'>;
  titles: Set<string>;
}

/**
 * The article's people by the last word of their name, lower-cased, each with the words the article wrote just
 * before their name (one to three, as one string each): read once, one look at each mention.
 */
function titledPeople(
  sentences: readonly WorkingSentence[],
  entity: (id: string) => Pick<EntityData, 'id' | 'name' | 'type'> | undefined,
): Map<string, Map<string, TitledPerson>> {
  const bySurname = new Map<string, Map<string, TitledPerson>>();
  for (const sentence of sentences)
    for (const mention of sentence.mentions) {
      if (mention.via === 'pronoun') continue;
      const person = entity(mention.entityId);
      if (person?.type !== 'person') continue;
      const surname = person.name.toLowerCase().split(' ').at(-1) ?? '';
      let people = bySurname.get(surname);
      if (!people) bySurname.set(surname, (people = new Map()));
      let titled = people.get(person.id);
      if (!titled) people.set(person.id, (titled = { person, titles: new Set() }));
      const tokens = sentence.analysis.tokens;
      const before: string[] = [];
      for (let k = 1; k <= MAX_TITLE_WORDS && mention.token - k >= 0; k++) {
        before.unshift(tokens[mention.token - k]?.normal ?? '');
        titled.titles.add(before.join(' '));
      }
      // "Corporal Silas Wemple" read as one mention: the words before the name are its title.
      const written = mention.text.toLowerCase();
      const name = person.name.toLowerCase();
      if (written.endsWith(` ${name}`)) titled.titles.add(written.slice(0, -name.length - 1));
    }
  return bySurname;
}

/**
 * The person of the article a heading's writer names: "Mr. Van Duzer" is the "Mr. Henry Van Duzer" whose name
 * ends with the heading's last words; of two Wemples, "Corporal Wemple" is the one the article wrote after
 * "Corporal". A heading with a title names only a person the article gave that title. `undefined` when no
 * person, or more than one, fits (the heading's words stay the writer's name).
 */
function personOfHeading(
  written: string,
  bySurname: ReadonlyMap<string, ReadonlyMap<string, TitledPerson>>,
): Pick<EntityData, 'id' | 'name'> | undefined {
  const words = written.toLowerCase().split(' ');
  const namesakes = bySurname.get(words.at(-1) ?? '');
  if (!namesakes || namesakes.size > MAX_NAMESAKES) return undefined;
  const fits: Array<Pick<EntityData, 'id' | 'name'>> = [];
  for (const { person, titles } of namesakes.values()) {
    const name = person.name.toLowerCase().split(' ');
    // The heading's words the name does not end with are its title ("mr.", "corporal").
    let shared = 1;
    while (shared < words.length && name.at(-1 - shared) === words.at(-1 - shared)) shared++;
    const title = words.slice(0, words.length - shared).join(' ');
    if (title === '' || titles.has(title)) fits.push(person);
  }
  return fits.length === 1 ? fits[0] : undefined;
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
