/**
 * A document as the subject of the verb handing words over: "A notice posted at the ferry landing at Las
 * Moras reads: '…'". The document speaks, described as the text writes it, not a place or body named inside
 * the description ("Las Moras").
 */
import type { Analysis, Token } from '../nlp/pipeline.ts';
import { lowerFirst } from '../nlp/lower-first.ts';
import { isPossessiveEnding } from '../nlp/possessive.ts';
import type { SpeakerGuess } from './speakers.ts';

/** Parts of speech of a noun a name before it may qualify ("an American history", "the State Department statement"). */
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Words that introduce a document's author in its description ("released by", "a letter from"). */
const AUTHOR_WORDS = new Set(['by', 'from']);
/** Tokens at most of a document's description ("a notice posted at the stage station at Howard's Well"). */
const MAX_DOCUMENT_TOKENS = 14;
/** Words that open a document's description: an article or a possessive. */
const OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** What the reading asks of nouns. */
export interface DocumentNouns {
  isCommunicationNoun(lemma: string): boolean;
  isPersonNoun(lemma: string): boolean;
}

/** A document read out, and the tokens of its description naming who wrote it ("by the ministry"). */
export interface DocumentSubject extends Omit<SpeakerGuess, 'cue'> {
  /** The words after "by" or "from" in the description, to the next preposition or mark; empty if none. */
  author: number[];
}

/**
 * The document opening the clause that ends at `before[k]`, the verb handing the words over: an article or
 * possessive, a few words, and a noun for a communication (`nouns`) as the first noun, then words with no
 * verb of their own save a participle ("posted", "published"), up to the verb; `null` when the clause opens
 * with anything else.
 */
export function documentSubject(
  analysis: Analysis,
  before: readonly number[],
  k: number,
  nouns: DocumentNouns,
): DocumentSubject | null {
  const end = k;
  let start = end - 1;
  while (
    start > 0 &&
    end - start < MAX_DOCUMENT_TOKENS &&
    !opensClause(analysis.tokens[before[start - 1] ?? -1])
  )
    start--;
  const opener = analysis.tokens[before[start] ?? -1];
  if (!opener || !OPENERS.has(opener.normal)) return null;
  const words = before.slice(start, end).map((t) => analysis.tokens[t]);
  // "An American history of the war": a name standing before a noun qualifies it, as an adjective would.
  const headFrom = (from: number) =>
    words.findIndex(
      (w, j) =>
        j >= from && (w?.pos === 'NOUN' || (w?.pos === 'PROPN' && !NOUNS.has(words[j + 1]?.pos ?? ''))),
    );
  let h = headFrom(0);
  // "The committee's report", "the Supreme Court's opinion": an owner before a possessive, where no document
  // comes first, is no head of the description but its author; the document's noun comes after it.
  let owned = -1;
  if (
    h >= 0 &&
    isPossessiveEnding(words[h + 1]?.normal) &&
    !nouns.isCommunicationNoun(words[h]?.lemma ?? '')
  ) {
    owned = h + 1;
    h = headFrom(owned + 1);
  }
  const head = h < 0 ? undefined : words[h];
  if (
    !head ||
    head.pos !== 'NOUN' ||
    !nouns.isCommunicationNoun(head.lemma) ||
    nouns.isPersonNoun(head.lemma)
  )
    return null;
  // "A notice posted at the landing": a participle may qualify it; a verb of its own makes it a clause.
  if (words.some((w) => w?.pos === 'AUX' || (w?.pos === 'VERB' && !w.value.endsWith('ed')))) return null;
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const text = withoutHandling(analysis.text, words, head) ?? analysis.text.slice(first.start, last.end);
  const speakerName = opener.normal === opener.value ? text : lowerFirst(text);
  const author = authorWords(analysis, before.slice(start, end));
  const owner = owned < 0 || author.length > 0 ? author : before.slice(start, start + owned);
  return { speakerId: null, speakerName, author: owner };
}

/** The words after the last "by" or "from" of `description`, up to a preposition or mark after them. */
function authorWords(analysis: Analysis, description: readonly number[]): number[] {
  const from = description.findLastIndex((t) => AUTHOR_WORDS.has(analysis.tokens[t]?.normal ?? ''));
  if (from < 0) return [];
  const rest = description.slice(from + 1);
  const stop = rest.findIndex((t) => {
    const pos = analysis.tokens[t]?.pos;
    return pos === 'PUNCT' || (pos === 'ADP' && analysis.tokens[t]?.normal !== 'of');
  });
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * "A telegram received last night by the church's representatives here from Colonia Juarez": a document
 * named by where it came from, after a participle saying how it was handled, is the document from there
 * ("a telegram from Colonia Juarez"); `null` when no participle follows the document's noun or no "from"
 * comes after it.
 */
function withoutHandling(text: string, words: ReadonlyArray<Token | undefined>, head: Token): string | null {
  const h = words.indexOf(head);
  const participle = words[h + 1];
  if (participle?.pos !== 'VERB' || !participle.value.endsWith('ed')) return null;
  const from = words.findIndex((w, j) => j > h + 1 && w?.normal === 'from' && w.pos === 'ADP');
  const first = words[0];
  const last = words.at(-1);
  if (from < 0 || !first || !last || from === words.length - 1) return null;
  return `${text.slice(first.start, head.end)} ${text.slice(words[from]?.start ?? 0, last.end)}`;
}

/** True for a token that ends what stands before a clause: punctuation, a conjunction, a subordinator. */
function opensClause(t: Token | undefined): boolean {
  return !t || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ';
}
