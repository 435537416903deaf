/**
 * Scoring attribution: whether the speaker the knowledge gives a quotation is the one the quote table names,
 * under any of the names a reader would accept (a full name's end or start, a title written in full, a
 * nickname, a described speaker, a document's owner).
 */
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { isDocumentNoun } from '../knowledge/document-authors.ts';
import { sameDescribedSpeaker } from './described-speakers.ts';
import { fullTitleWord } from './title-words.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
// A name of capitalised words; a title's ordinal ("Sgt. 1st Class"), a nickname in marks ('Refugio "Cuca"
// Salcido') and a surname's particles in lower case ("Refugio Aldama de Soto", "Peña y Peña") may stand among them.
const P1 =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d+(?:st|nd|rd|th|d)|"\p{Lu}[\p{L}'’-]*"|de|del|la|las|los|y|van|von|der|den)\s+){1,6}\p{Lu}[\p{L}'’-]+$/u;
/** "Gen. John J. Pershing's report": a name owning what follows it. */
const P3 = /^(.+?)['’]s\s+(.*)$/u;
/** A word of a lower-case noun phrase ("general", "order"). */
const P4 = /^\p{Ll}[\p{Ll}-]*$/u;
/** "printed notice signed by Gen. Lucio Blanco": a document (opening the words) and who signed or wrote it. */
const P5 = /^(?:(?:a|an|the)\s+)?(.+?)\s+(?:signed|written)\s+by\s+(.+)$/u;
/** A name written as initials alone: "W. T. A.". */
const INITIALS_ONLY = /^(?:\p{Lu}\.\s*){2,4}$/u;
/** "Colonel of Infantry Ramiro Ochoa Lugo": a capitalised title, "of", and a run of three capitalised words or more. */
const TITLED_NAME = /^\p{Lu}\p{L}*\.?\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){2,5}\p{Lu}[\p{L}'’-]+)$/u;
/** "retired Col. …", "former Gov. …", "the late Gen. …": a title no longer held, before a capitalised title or name. */
const RETIRED = /^(?:retired|former|the\s+late)\s+(?=\p{Lu})/u;
/** "don Heriberto Ochoa Lugo", "doña Chayo": the Spanish honorific, written in lower case, before a name. */
const SPANISH_HONORIFIC = /^(?:don|doña)\s+(?=\p{Lu})/u;
const P2 = /^(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the|as\s+(?:told|quoted|recalled|reported)|(?=\p{Ll}+\s))\s*/u;

/** One row of the new articles' quote table: who said the quotation containing `text`. */
export interface QuoteRow {
  source: string;
  text: string;
  speaker: string;
}

/** For each row of the quote table, the speaker the knowledge gives the quotation (`null`: none, or not found). */
export function attributions(
  kb: KnowledgeBase,
  rows: readonly QuoteRow[],
): Array<QuoteRow & { found: boolean; got: string | null; ok: boolean }> {
  const squash = (s: string) =>
    s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
  // "the soldiers (quoted by Doña Chayo)": the table says who recounts a quotation inside another;
  // "Rosario Méndez (Doña Chayo)": what else the article calls them. The speaker is the words before. The
  // aside may hold brackets of its own ("(quoted in a letter by Lt. Col. (ret.) Douglas Ferrell)").
  const withoutAside = (speaker: string) => speaker.replace(/\s*\((?:[^()]|\([^()]*\))*\)$/, '');
  const speakersOf = new Map<string, string[]>();
  for (const r of rows)
    speakersOf.set(r.source, [...(speakersOf.get(r.source) ?? []), withoutAside(r.speaker)]);
  return rows.map((row) => {
    // The comma that ends a quotation before "she said" is the writer's, and the knowledge leaves it out.
    const words = squash(row.text).replace(/,$/, '');
    // The innermost quotation with the words: a row for a quotation inside another names its own speaker.
    const quote = kb.quotes
      .filter((q) => q.sourceId === row.source && squash(q.text).includes(words))
      .sort((a, b) => a.text.length - b.text.length)[0];
    const got = quote && quote.speakerName !== 'unattributed' ? quote.speakerName : null;
    // The speaker's entity under any of its names ("The Pentagon" is "the Defense Department"). Only a full
    // name may be the end or start of the expected one: an alias such as "González Pérez" is the end of a
    // brother's name too, so it must be the expected name itself.
    const entity = kb.entities.find((e) => e.id === quote?.speakerId);
    const bare = (name: string) => squash(name).replace(/^the /, '');
    const unaside = withoutAside(row.speaker);
    const expected = namedSpeaker(unaside).map(bare);
    // "Earl, a caller from Killeen": a first name given with what they are is that name, as in the table.
    const gotFirst = got === null ? undefined : P2.exec(got)?.[1];
    // "sheriff Wheeler's proclamation of the day before": a document's words are its owner's, as in the table.
    const gotOwner = got === null ? undefined : documentOwner(got);
    const fullNames = [got ?? '', entity?.name ?? '', gotFirst ?? '', gotOwner ?? ''].filter((n) => n !== '');
    return {
      ...row,
      found: quote !== undefined,
      got,
      ok:
        got !== null &&
        (expected.some(
          (e) =>
            fullNames.some((n) => sameName(bare(n), e)) || (entity?.aliases ?? []).some((a) => bare(a) === e),
        ) ||
          sameDescribedSpeaker(got, unaside, speakersOf.get(row.source) ?? [])),
    };
  });
}

/**
 * The expected speaker as the table writes it, and the name alone when the table adds what they are after a
 * comma or "of": "Dr. Patricia Vance, historian at Sul Ross State University" is Patricia Vance, "Mayor Albert
 * Ruiz of Columbus, N.M." Albert Ruiz. Only a name of two capitalised words or more is taken alone, or a first
 * name before a comma and a description ("Rosa, a woman from Juárez" is Rosa; "Earl, caller from Killeen" is
 * Earl): "a soldier,
 * who declined to give his name" stays a description.
 */
function namedSpeaker(speaker: string): string[] {
  // "Sgt. Maj. (ret.) Luis A. Peña III": an aside within the title is not part of the name.
  // "Lt. Col. George Forsyth (his report), as quoted by …": nor one ending the name. "The Rev. Anselmo Duarte":
  // the article before a title is not part of the name either.
  const heads = [speaker.split(',')[0] ?? '', speaker.split(/,| of /)[0] ?? ''].map((h) =>
    h
      .replace(/\s*\([^()]*\)(?=\s|$)/g, '')
      .replace(/^the\s+(?=\p{Lu}[\p{L}]*\.)/u, '')
      // "retired Col. Raymond Ostby": a word saying the title is past is no part of the name either.
      .replace(RETIRED, '')
      // "don Heriberto Ochoa Lugo": nor is an honorific in lower case, which the article may leave out.
      .replace(SPANISH_HONORIFIC, '')
      .trim(),
  );
  // "Gen. John J. Pershing's report, as given out by …": a document's words are its owner's.
  const owners = heads.flatMap((h) => {
    const owner = documentOwner(h);
    return owner === undefined ? [] : [owner];
  });
  // "the Monitor Republicano, an opposition newspaper": the article before a body's name is no part of it.
  const unarticled = heads.map((h) => h.replace(/^the\s+(?=\p{Lu})/u, ''));
  // "printed notice signed by Gen. Lucio Blanco, posted in the plaza": a document's words are its signer's.
  const signers = heads.flatMap((h) => {
    const m = P5.exec(h);
    return m?.[1] !== undefined && m[2] !== undefined && ownsDocument(m[1]) && P1.test(m[2]) ? [m[2]] : [];
  });
  // "Colonel of Infantry Ramiro Ochoa Lugo, representing …": a title holding "of" before the name; the name is
  // the capitalised run that ends it (three words at least, so "the commander of Fort Bliss" names no one).
  const titled = heads.flatMap((h) => {
    const m = TITLED_NAME.exec(h);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  // "W. T. A., a sick young soldier": a writer who signs by initials alone is named by them.
  const named = [...heads, ...unarticled, ...owners, ...signers, ...titled].filter(
    (h) => h !== speaker && (P1.test(h) || INITIALS_ONLY.test(h)),
  );
  // "Rosa, a woman from Juárez who cleaned houses": the article calls her by her first name alone; so does
  // "Geronimo, as told by a packer to James B. Hartigan" the one name it knows him by.
  const firstName = P2.exec(speaker)?.[1];
  return [speaker, ...new Set(firstName === undefined ? named : [...named, firstName])];
}

/** The owner of a document named by their possessive ("Gen. John J. Pershing's report" → the general). */
function documentOwner(words: string): string | undefined {
  const m = P3.exec(words);
  return m?.[1] !== undefined && ownsDocument(m[2] ?? '') ? m[1] : undefined;
}

/** Words of a document at most after its owner's possessive ("general order", "written summons"). */
const MAX_DOCUMENT_WORDS = 3;

/** True when the words after a possessive open with a document noun in lower case, after a few more at most. */
function ownsDocument(words: string): boolean {
  const list = words.split(/\s+/).slice(0, MAX_DOCUMENT_WORDS);
  for (const w of list) {
    if (!P4.test(w)) return false;
    if (isDocumentNoun(w)) return true;
  }
  return false;
}

/**
 * The same person: the same name, one name the end of the other ("Steven Blum", "H Steven Blum"), or its
 * start, as a Spanish name is often given without the mother's surname ("Claudia Sheinbaum Pardo"). A
 * nickname in marks may be left out or stand for the first name: 'Arturo "Turi" Baeza' is Arturo Baeza and
 * Turi Baeza, '"Cap" Spencer' Cap Spencer.
 */
function sameName(a: string, b: string): boolean {
  // The nickname left out ("Tomás Reséndez"), or standing for the first name ("Turi Baeza").
  const variants = (s: string) => [
    s,
    s.replace(/\s"[^"\s]+"(?=\s)/g, ''),
    s.replace(/\S+\s"([^"\s]+)"(?=\s)/g, '$1'),
    // '"Cap" Spencer': a nickname opening the name is its first name.
    s.replace(/^"([^"\s]+)"(?=\s)/, '$1'),
  ];
  return variants(a).some((x) => variants(b).some((y) => samePlainName(x, y)));
}

function samePlainName(a: string, b: string): boolean {
  // "Capt. Potter" is "Captain Potter": a title is compared written in full.
  const words = (s: string) => s.replace(/[.,]/g, '').split(' ').map(fullTitleWord);
  const [short, long] = a.length <= b.length ? [words(a), words(b)] : [words(b), words(a)];
  const n = short.join(' ');
  return (
    (short.length >= 2 &&
      (n === long.slice(long.length - short.length).join(' ') ||
        n === long.slice(0, short.length).join(' '))) ||
    titleAndSurnameOf(short, long) ||
    initialsFor(words(a), words(b)) ||
    a === b
  );
}

/**
 * True when the two names are the same words but where one gives a middle name only by its initial:
 * "William H. Purcell" is "William Henry Purcell", as an obituary names him in full and a caption by initial.
 * The first and last words must be the same, so "W. Purcell" is no more than any Purcell.
 */
function initialsFor(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 3 || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  let initials = 0;
  for (let i = 1; i < a.length - 1; i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x === y) continue;
    const [initial, name] = x.length === 1 ? [x, y] : [y, x];
    if (initial.length !== 1 || name.length < 2 || !name.startsWith(initial)) return false;
    initials++;
  }
  return initials > 0;
}

/**
 * True when `short` is a title and a surname and `long` the same title, more of it and the full name:
 * "Secretary Cheney" is "Secretary of Defense Dick Cheney", as the article calls him after naming his office.
 */
function titleAndSurnameOf(short: readonly string[], long: readonly string[]): boolean {
  return short.length === 2 && long.length >= 3 && short[0] === long[0] && short[1] === long.at(-1);
}
