/**
 * Words quoted as what a document says, in the clause "that" opens right after it: "this paper printed the
 * report from El Paso that 'Crook and all his command have been cut to pieces.'" The words are the
 * document's, or its owner's when the text gives one ("Taylor's dispatch that …", "a note from the consul
 * that …"); not those of whoever printed, read or denied it. One of the attribution passes over an article's
 * quotations (attribution.ts), for a quotation no other pass gave a speaker.
 */
import { firstTokenAtOrAfter, type Token } from '../nlp/pipeline.ts';
import { namesOne, ownerOfDocumentAt, type Lookup } from './document-antecedents.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Tokens at most of what qualifies the document between its noun and "that" ("from El Paso"). */
const MAX_QUALIFIER_TOKENS = 6;
/** Parts of speech a qualifier of the document is made of ("from El Paso", "of the 4th"). */
const QUALIFIER_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
/** Tokens at most from "that" to the quotation: the clause's words before the quoted ones ("the general had"). */
const MAX_CLAUSE_TOKENS = 12;

/** What this pass asks of the article: its entities and which nouns are for people or for communications. */
export interface ContentClauseReader {
  entity: Lookup;
  isPersonNoun(lemma: string): boolean;
  isCommunicationNoun(lemma: string): boolean;
}

/** Gives each top-level quotation with no speaker, in a "that" clause after a document, to the document. */
export function speakersOfDocumentContents(quotes: WorkingQuote[], reader: ContentClauseReader): void {
  for (const quote of quotes) {
    if (quote.parent !== null || quote.speakerId !== null || quote.speakerName !== 'unattributed') continue;
    const found = documentBefore(quote.sentence, quote.span.outerStart, reader);
    if (found) Object.assign(quote, found, { cue: null, attributionSentence: null });
  }
}

/**
 * The document whose "that" clause holds the words opening at offset `outerStart` of `sentence`: its owner,
 * or the document as written from its article to before "that"; `null` when no such document stands there.
 */
function documentBefore(
  sentence: WorkingSentence,
  outerStart: number,
  reader: ContentClauseReader,
): { speakerId: string | null; speakerName: string } | null {
  const { analysis } = sentence;
  const tokens = analysis.tokens;
  const first = firstTokenAtOrAfter(analysis, sentence.tokenStart, sentence.tokenEnd, outerStart);
  // "that", then the clause's words before the quotation, none a mark.
  let that = -1;
  for (let k = first - 1; k >= sentence.tokenStart && first - k <= MAX_CLAUSE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') return null;
    // The tagger may read this "that" as a relative pronoun; words no pass gave a speaker follow no relative clause's verb of saying.
    if (t.normal === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON')) {
      that = k;
      break;
    }
  }
  if (that < 0) return null;
  // The document's noun, past what qualifies it ("the report from El Paso").
  for (let d = that - 1; d >= sentence.tokenStart && that - d <= MAX_QUALIFIER_TOKENS + 1; d--) {
    const t = tokens[d];
    if (!t || !QUALIFIER_POS.has(t.pos)) return null;
    if (!isDocument(t, reader) || !namesOne(sentence, d)) continue;
    const opener = phraseStart(sentence, d);
    // "said in a telegram to the family that …": a document a preposition takes is how a verb's words came,
    // and the clause is the verb's.
    if (opener === null || tokens[opener - 1]?.pos === 'ADP') return null;
    const owner = ownerOfDocumentAt(sentence, d, reader.entity, reader.isPersonNoun);
    if (owner) return owner;
    const last = tokens[that - 1];
    if (!last) return null;
    const text = analysis.text.slice(tokens[opener]?.start ?? 0, last.end);
    return { speakerId: null, speakerName: text.charAt(0).toLowerCase() + text.slice(1) };
  }
  return null;
}

/** True for a noun for a communication and not for a person ("report", "rumor", "telegram"). */
function isDocument(t: Token, reader: ContentClauseReader): boolean {
  return t.pos === 'NOUN' && reader.isCommunicationNoun(t.lemma) && !reader.isPersonNoun(t.lemma);
}

/** The token of the article or possessive opening the phrase of the noun at `d`, a few words before it. */
function phraseStart(sentence: WorkingSentence, d: number): number | null {
  const tokens = sentence.analysis.tokens;
  for (let k = d - 1; k >= sentence.tokenStart && d - k <= MAX_QUALIFIER_TOKENS; k--) {
    const t = tokens[k];
    if (!t) return null;
    if (t.pos === 'DET') return k;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM') return null;
  }
  return null;
}
