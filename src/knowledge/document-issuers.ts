/**
 * Words a document says ('"This is only the beginning," the statement said', "it said") given to whoever the
 * article said issued it ("Acting Defense Secretary Robert Salesses said in a statement…", "The Consulate
 * issued a statement…", "In a letter, a group of wives…"): an entity, or a named body no entity answers to,
 * as written. One of the attribution passes over an article's quotations (attribution.ts).
 */
import { lowerBound } from '../nlp/pipeline.ts';
import type { EntityData } from './entity-data.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
const P1 = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** Documents that "say" what their author wrote. */
const DOCUMENT =
  '(?:statement|report|letter|memo|memorandum|release|notice|filing|post|message|order|document|announcement)';
/** A speaker that is a document: "the statement", "the Pentagon's statement", "a written statement". */
const DOCUMENT_SPEAKER = new RegExp(
  `^(?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+)?${DOCUMENT}$`,
  'u',
);
/** A sentence opening with the document its subject issued: "In a statement Tuesday, the ministry said…". */
const ISSUED_OPENING = new RegExp(
  `^in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?${DOCUMENT}\\b[^,]{0,40},`,
  'iu',
);
/** A relative clause set off by commas right after the document opening a sentence: "which she has allowed us to print,". */
const CLAUSE_OF_DOCUMENT = /^\s*(?:which|that)\b[^,]*,/iu;
/** A sentence naming who issued a document: "X said in a statement", "X issued a statement", "in a letter, X…". */
const ISSUED = new RegExp(
  `\\b(?:said|says|wrote|writes|announced|added|stated)\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?${DOCUMENT}\\b|\\b(?:issued|released|published|sent|posted|put\\s+out)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?${DOCUMENT}\\b`,
  'iu',
);

/**
 * A document published under its title, its noun capitalised and perhaps plural: "The War Department has
 * published General Orders No. 102". Without the "i" flag, so \p{Lu} means a capital.
 */
const ISSUED_TITLED = new RegExp(
  `\\b(?:issued|released|published|sent|posted)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}${DOCUMENT.replace(/(?<=[:|])\w/g, (c) => c.toUpperCase())}s?\\b`,
  'u',
);

/** Entity `id` as the speaker of a quotation, when `entity` knows it. */
function knownSpeaker(
  entity: (id: string) => Pick<EntityData, 'name'> | undefined,
  id: string | undefined,
): { speakerId: string; speakerName: string } | null {
  const e = id === undefined ? undefined : entity(id);
  return id !== undefined && e ? { speakerId: id, speakerName: e.name } : null;
}

/**
 * '"This is only the beginning," the statement said': words a document says are its author's, the person or
 * body the article last said issued one ("Acting Defense Secretary Robert Salesses said in a statement…"):
 * the last one named before those words in that sentence. One pass over the sentences in order.
 */
export function issuersOfDocuments(
  quotes: WorkingQuote[],
  sentences: readonly WorkingSentence[],
  entity: (id: string) => Pick<EntityData, 'name' | 'type'> | undefined,
): void {
  const asking = new Map<WorkingSentence, WorkingQuote[]>();
  /** Quotations with no speaker at all, by sentence: words quoted after "X issued a statement" are X's. */
  const unsaid = new Map<WorkingSentence, WorkingQuote[]>();
  /** Quotations handed over by "it said" after a document was named: the document's words. */
  const itSaid = new Set<WorkingQuote>();
  const itSaidIn = new Map<WorkingSentence, number>();
  for (const quote of quotes) {
    if (quote.speakerId !== null) continue;
    if (quote.speakerName === 'unattributed') {
      const at = itSaidAt(quote.sentence, itSaidIn);
      if (at >= 0 && at < quote.span.outerStart) itSaid.add(quote);
    }
    const into =
      DOCUMENT_SPEAKER.test(quote.speakerName.toLowerCase()) || itSaid.has(quote)
        ? asking
        : quote.speakerName === 'unattributed'
          ? unsaid
          : null;
    if (!into) continue;
    const list = into.get(quote.sentence);
    if (list) list.push(quote);
    else into.set(quote.sentence, [quote]);
  }
  if (asking.size === 0 && unsaid.size === 0) return;
  /** The last issuer named: an entity, or a named body no entity answers to ("The U.S. Consulate General in Tijuana"). */
  let issuer: { speakerId: string | null; speakerName: string } | null = null;
  /** The paragraph the last issuer was named in: "it said" is the document's only in that paragraph. */
  let issuerParagraph = -1;
  // With no words a document says, only the sentences holding quotations with no speaker are read.
  for (const sentence of asking.size > 0 ? sentences : unsaid.keys()) {
    for (const quote of asking.get(sentence) ?? [])
      if (issuer && (!itSaid.has(quote) || issuerParagraph === sentence.paragraph))
        Object.assign(quote, issuer);
    // "In a statement Tuesday, the Foreign Relations Secretariat said…": the issuer follows the document.
    const opening = ISSUED_OPENING.exec(sentence.text);
    const m = opening ? null : (ISSUED.exec(sentence.text) ?? ISSUED_TITLED.exec(sentence.text));
    if (!opening && !m) continue;
    const speakers = sentence.mentions.filter((x) => {
      const type = entity(x.entityId)?.type;
      return (
        sentence.analysis.tokens[x.token] !== undefined && (type === 'person' || type === 'organisation')
      );
    });
    const startOf = (x: { token: number }) => sentence.analysis.tokens[x.token]?.start ?? 0;
    if (opening) {
      // The subject, before the verb: in "In a letter, a group of wives asked Mayor Hank Rhon…" the mayor
      // is who it was sent to.
      // "In a letter to Mrs. Stiffler, which she has allowed us to print, Mr. Orcutt wrote": a clause
      // describing the document after it is no part of the subject.
      const from =
        sentence.start +
        opening[0].length +
        (CLAUSE_OF_DOCUMENT.exec(sentence.text.slice(opening[0].length))?.[0].length ?? 0);
      let until = sentence.end;
      for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
        const t = sentence.analysis.tokens[k];
        if (t && t.start >= from && (t.pos === 'VERB' || t.pos === 'AUX')) {
          until = t.start;
          break;
        }
      }
      const found = knownSpeaker(
        entity,
        speakers.find((x) => startOf(x) >= from && startOf(x) < until)?.entityId,
      );
      if (found) [issuer, issuerParagraph] = [found, sentence.paragraph];
      continue;
    }
    const at = sentence.start + (m?.index ?? 0);
    // "MONTOYA: The Mexican Defense Ministry, SEDENA, put out a short statement": a speaker's label before a
    // colon is no issuer; the issuer is named in the clause.
    const clause = sentence.text.lastIndexOf(':', at - sentence.start);
    const from = clause < 0 ? sentence.start : sentence.start + clause;
    const named =
      knownSpeaker(entity, speakers.filter((x) => startOf(x) < at && startOf(x) > from).at(-1)?.entityId) ??
      namedBody(sentence, at) ??
      openingBody(sentence, at);
    if (named) [issuer, issuerParagraph] = [named, sentence.paragraph];
    // "The Consulate issued a statement on Thursday urging Americans to 'exercise extreme caution'".
    const after = at + (m?.[0].length ?? 0);
    if (named)
      for (const quote of unsaid.get(sentence) ?? [])
        if (quote.span.outerStart >= after) Object.assign(quote, named);
  }
}

/**
 * "The U.S. Consulate General in Tijuana said in a statement…": the words before offset `at` in the clause,
 * from "the" or "a" on, when they hold a name; as written, for a body no entity answers to.
 */
function namedBody(sentence: WorkingSentence, at: number): { speakerId: null; speakerName: string } | null {
  const tokens = sentence.analysis.tokens;
  let k = lowerBound(sentence.tokenStart, sentence.tokenEnd, (j) => (tokens[j]?.end ?? Infinity) <= at);
  // "The War Department has published…": the auxiliary before the verb is no part of the name.
  while (k > sentence.tokenStart && tokens[k - 1]?.pos === 'AUX') k--;
  let start = -1;
  for (let j = k - 1; j >= sentence.tokenStart && k - j <= MAX_BODY_WORDS; j--) {
    const t = tokens[j];
    if (!t || !BODY_POS.has(t.pos)) break;
    if (t.pos === 'DET' && tokens[j - 1]?.pos !== 'ADP') {
      start = j;
      break;
    }
  }
  const first = tokens[start];
  const last = tokens[k - 1];
  if (start < 0 || !first || !last) return null;
  if (!tokens.slice(start, k).some((t) => t.pos === 'PROPN')) return null;
  return { speakerId: null, speakerName: sentence.analysis.text.slice(first.start, last.end) };
}

/** "It said", "it also said" before a quotation, in its sentence: the document just named speaking. */
const IT_SAID = /\bit\s+(?:also\s+|further\s+)?(?:said|says|added|stated|noted)\b/i;

/**
 * Where "it said" first stands in `sentence` (an offset in its analysis's text), or -1: read once per
 * sentence, however many quotations it holds.
 */
function itSaidAt(sentence: WorkingSentence, seen: Map<WorkingSentence, number>): number {
  let at = seen.get(sentence);
  if (at === undefined) {
    const m = IT_SAID.exec(sentence.analysis.text.slice(sentence.start, sentence.end));
    at = m ? sentence.start + m.index : -1;
    seen.set(sentence, at);
  }
  return at;
}

/**
 * "The Mexican Navy, the Armada de México, put out a statement": the name opening the sentence, before an
 * apposition, when it ends before offset `at`; as written.
 */
function openingBody(sentence: WorkingSentence, at: number): { speakerId: null; speakerName: string } | null {
  const tokens = sentence.analysis.tokens;
  const open = afterLabel(sentence);
  let end = open;
  while (end < sentence.tokenEnd && end - open < MAX_BODY_WORDS && BODY_POS.has(tokens[end]?.pos ?? ''))
    end++;
  const first = tokens[open];
  const last = tokens[end - 1];
  if (!first || !last || tokens[end]?.value !== ',' || last.end > at) return null;
  if (!tokens.slice(open, end).some((t) => t.pos === 'PROPN')) return null;
  // "the Mexican Navy", in lower case as a description is, so no person named "The Mexican Navy" is made of it.
  const name = sentence.analysis.text.slice(first.start, last.end).replace(/^The\b/, 'the');
  return { speakerId: null, speakerName: name };
}

/** Words of a transcript's speaker label before its colon ("REPORTER RAY MONTOYA:"). */
const MAX_LABEL_WORDS = 6;

/**
 * The token a sentence's own words open at: after a speaker's label in capitals and its colon ("MONTOYA: The
 * Mexican Defense Ministry, SEDENA, put out…"), else its first.
 */
function afterLabel(sentence: WorkingSentence): number {
  const tokens = sentence.analysis.tokens;
  for (
    let k = sentence.tokenStart;
    k < sentence.tokenEnd && k - sentence.tokenStart <= MAX_LABEL_WORDS;
    k++
  ) {
    const v = tokens[k]?.value ?? '';
    if (v === ':') return k > sentence.tokenStart ? k + 1 : sentence.tokenStart;
    if (!P1.test(v)) break;
  }
  return sentence.tokenStart;
}

/** Words of a named body issuing a document, and what they may be: "the U.S. Consulate General in Tijuana". */
const MAX_BODY_WORDS = 10;
const BODY_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'ADP']);
