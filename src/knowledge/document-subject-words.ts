/**
 * "The terms, signed by Lynde and by Baylor, provided that the command 'receive the treatment of prisoners of
 * war'": words quoted in part in a sentence whose subject is a document are the document's, whatever its verb
 * ("provided", "gives the figure as", "recites"), or its author's when its description names one
 * ("A letter from Gen. Ord gives…"). Read from the parse: the sentence's first verb that no comma sets off,
 * and the document before it as document-subjects.ts reads one before a verb of saying.
 */
import type { WorkingSentence } from './annotate.ts';
import { isVerb, withoutRelative } from './clause-words.ts';
import { documentSubject } from './document-subjects.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { withoutSetOffParticiple } from './set-off-participles.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';
import { documentAuthor } from './words-before-quote.ts';

/**
 * The document opening `sentence` as the subject of its first verb, when the quotation `span` stands after
 * that verb with no person or body named between them; `null` otherwise.
 */
export function documentSubjectsWords(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  span: QuoteSpan,
  people: readonly PersonMention[],
): SpeakerGuess | null {
  const opening = openingDocument(finder, sentence, span.outerStart, people);
  return opening === null ? null : { ...opening, cue: null };
}

/** Tokens at most from a sentence's start to its verb: a document's description and a part set off after it. */
const MAX_TOKENS_TO_VERB = 40;

/**
 * The document (or its author) opening `sentence` as the subject of its first verb before offset `until`,
 * with no person or body named from that verb to `until`.
 */
export function openingDocument(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
  until: number,
  people: readonly PersonMention[],
): Omit<SpeakerGuess, 'cue'> | null {
  const isCommunicationNoun = finder.reader.isCommunicationNoun;
  if (!isCommunicationNoun) return null;
  const { analysis } = sentence;
  const { tokens, verb: v } = tokensToVerb(sentence, until, MAX_TOKENS_TO_VERB);
  if (v <= 0) return null;
  const verbStart = tokenAt(analysis, tokens[v] ?? -1).start;
  const told = toldOfFrom(finder, sentence, (tokens[v] ?? -1) + 1, until);
  const named = sentence.mentions.some((m) => {
    const start = tokenAt(analysis, m.token).start;
    const type = finder.reader.entity(m.entityId)?.type;
    return (
      start >= verbStart && start < until && start >= told && (type === 'person' || type === 'organisation')
    );
  });
  if (named) return null;
  const subject = [...withoutRelative(analysis, withoutSetOffParticiple(analysis, tokens.slice(0, v)))];
  if (subject[0] !== sentence.tokenStart) return null;
  const document = documentSubject(analysis, subject, subject.length, {
    isCommunicationNoun,
    isPersonNoun: finder.isPersonNoun,
  });
  if (!document) return null;
  return (
    documentAuthor(finder, sentence, document.author, people, null) ?? {
      speakerId: null,
      speakerName: document.speakerName,
    }
  );
}

/**
 * The tokens of `sentence` from its start to its first verb that no comma sets off ("signed" in "The terms,
 * signed by Lynde, provided" qualifies the subject), that verb included, and its index among them (-1 when none
 * comes before offset `until` or within `max` tokens: read no further than a subject can reach, so a sentence of
 * thousands of quotations is not read once each). A verb opening the sentence is no subject's.
 */
export function tokensToVerb(
  sentence: WorkingSentence,
  until: number,
  max: number,
): { tokens: number[]; verb: number } {
  const { analysis } = sentence;
  const tokens: number[] = [];
  // "The terms, signed by Lynde and by Baylor, provided": the comma closing a part set off is no opening one.
  let commas = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd && tokens.length < max; t++) {
    const tok = tokenAt(analysis, t);
    if (tok.end > until) break;
    if (tok.value === ',') commas++;
    const setOff = t > sentence.tokenStart && tokenAt(analysis, t - 1).value === ',' && commas % 2 === 1;
    tokens.push(t);
    if (isVerb(tok) && tokens.length > 1 && !setOff) return { tokens, verb: tokens.length - 1 };
  }
  return { tokens, verb: -1 };
}

/**
 * "The resolution recites that the Major surrendered … '…'", "The words of the citation are that he '…'":
 * who the document's clause after "that" tells of is no speaker, unless a verb of saying follows them. The
 * offset from which a person or body named may still be the speaker: where the quotation opens (`until`) when
 * a "that" right after the verb opens a clause with no verb of saying before the quotation, within
 * {@link MAX_TOKENS_TO_VERB} tokens, else the verb's.
 */
function toldOfFrom(finder: SpeakerFinder, sentence: WorkingSentence, after: number, until: number): number {
  const { analysis } = sentence;
  if (after >= sentence.tokenEnd) return 0;
  const that = tokenAt(analysis, after);
  if (that.normal !== 'that' || that.pos !== 'SCONJ') return 0;
  // Read no further than a clause reaches: a sentence of thousands of quotations is not read once each.
  for (let t = after + 1; t < sentence.tokenEnd; t++) {
    const tok = tokenAt(analysis, t);
    if (tok.end > until) return until;
    if (finder.isCue(tok) || t - after > MAX_TOKENS_TO_VERB) return 0;
  }
  return until;
}
