/**
 * Words a document carries, handed over by a tag that names it after them: '"…," it reads in part.' after
 * "A printed notice signed by Gen. Blanco was posted …", '"…," the telegram said.' after "A telegram from
 * Gen. Ord reached the post". The document is the last thing named before the words (in their sentence, or
 * the one before in the paragraph) whose noun WordNet files under communication; the words are its owner's
 * (its possessor, sender, writer or signer) when the text says who, else the document's, as written. One of
 * the attribution passes over an article's quotations (attribution.ts).
 */
import { singularOf } from '../nlp/singular.ts';
import { firstTokenAtOrAfter, type Analysis } from '../nlp/pipeline.ts';
import { closingVerb } from './closing-verb.ts';
import { namesOne, ownerOfDocumentAt, type Lookup, type Owner } from './document-antecedents.ts';
import { handsOver, opensItsSentence } from './opens-sentence.ts';
import type { WorkingQuote, WorkingSentence } from './working.ts';

/** Patterns with `\p{…}`, built once: inside a function tsx rebuilds them on every call (see src/nlp/letter-tests.ts). */
/** A speaker named as a description opening with "the" ("the telegram", "the printed notice"): its last word. */
const DESCRIBED = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;
/** Tokens at most read back from the words, in each sentence, for the document that carries them. */
const MAX_TOKENS_BACK = 80;
/** Tokens at most after a quotation read for the tag naming the document. */
const MAX_TAG_TOKENS = 10;

/** What this pass asks of the article: its entities and which nouns are for people or for communications. */
export interface DocumentTagReader {
  entity: Lookup;
  isPersonNoun(lemma: string): boolean;
  isCommunicationNoun?: ((lemma: string) => boolean) | undefined;
}

/**
 * Gives each top-level quotation handed over to a document after it ("it reads", "the telegram said") to the
 * document's owner, or to the document when the text names no owner and the tag says only "it".
 */
export function ownersOfDocumentTags(quotes: WorkingQuote[], reader: DocumentTagReader): void {
  const isCommunication = reader.isCommunicationNoun;
  if (!isCommunication) return;
  const communication = (lemma: string) => isCommunication(lemma) && !reader.isPersonNoun(lemma);
  for (const quote of quotes) {
    if (quote.parent !== null || quote.speakerId !== null) continue;
    const { sentence, span } = quote;
    const analysis = sentence.analysis;
    let noun: string | null = null;
    if (quote.speakerName === 'unattributed') {
      // 'The governor\'s letter arrived. "Enough," it seemed.' is no tag: the words must open their sentence.
      if (!handsOver(analysis.text, span) || !opensItsSentence(analysis, span.outerStart)) continue;
      const after = tokensAfter(sentence, span.outerEnd);
      if (closingVerb(analysis, after, 'it') === null) continue;
    } else {
      // '"…," the telegram said.': a description of a document as the speaker.
      const m = DESCRIBED.exec(quote.speakerName);
      noun = m?.[1] ?? null;
      if (noun === null || !communication(singularOf(noun))) continue;
    }
    const found = lastCommunication(sentence, span.outerStart, communication, noun);
    if (!found) continue;
    const owner: Owner | null =
      ownerOfDocumentAt(found.sentence, found.token, reader.entity, reader.isPersonNoun) ??
      (noun === null ? { speakerId: null, speakerName: `the ${found.noun}` } : null);
    if (owner) Object.assign(quote, owner, { cue: null, attributionSentence: null });
  }
}

/** The tokens of `sentence` from offset `from` on, a tag's length at most, found by binary search. */
function tokensAfter(sentence: WorkingSentence, from: number): number[] {
  const out: number[] = [];
  const first = firstTokenAtOrAfter(sentence.analysis, sentence.tokenStart, sentence.tokenEnd, from);
  for (let k = first; k < sentence.tokenEnd && out.length < MAX_TAG_TOKENS; k++) out.push(k);
  return out;
}

/**
 * The communication named last before offset `until` of `sentence`, or in the sentence before it in its
 * paragraph: its sentence, token and noun; only one whose noun is `noun` when that is given.
 */
function lastCommunication(
  sentence: WorkingSentence,
  until: number,
  communication: (lemma: string) => boolean,
  noun: string | null,
): { sentence: WorkingSentence; token: number; noun: string } | null {
  const previous = sentence.previous;
  const scopes: Array<[WorkingSentence, number]> = [[sentence, until]];
  if (previous && previous.paragraph === sentence.paragraph) scopes.push([previous, previous.end]);
  for (const [s, end] of scopes) {
    const tokens: Analysis['tokens'] = s.analysis.tokens;
    // Read back from where the words open, a bounded number of tokens: a sentence of any length costs no more.
    const last = firstTokenAtOrAfter(s.analysis, s.tokenStart, s.tokenEnd, end) - 1;
    for (let d = last; d >= s.tokenStart && last - d < MAX_TOKENS_BACK; d--) {
      const t = tokens[d];
      if (!t || t.end > end || t.pos !== 'NOUN' || !communication(t.lemma)) continue;
      if (noun !== null && t.lemma !== singularOf(noun) && t.normal !== noun) continue;
      if (!namesOne(s, d)) continue;
      return { sentence: s, token: d, noun: t.normal };
    }
  }
  return null;
}
