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
  const tokens: number[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
    if (tokenAt(analysis, t).end <= until) tokens.push(t);
  // The first verb no comma sets off: "signed" in "The terms, signed by Lynde, provided" qualifies the subject.
  const v = tokens.findIndex(
    (t, k) => isVerb(tokenAt(analysis, t)) && k > 0 && tokenAt(analysis, tokens[k - 1] ?? -1).value !== ',',
  );
  if (v <= 0) return null;
  const verbStart = tokenAt(analysis, tokens[v] ?? -1).start;
  const named = sentence.mentions.some((m) => {
    const start = tokenAt(analysis, m.token).start;
    const type = finder.reader.entity(m.entityId)?.type;
    return start >= verbStart && start < until && (type === 'person' || type === 'organisation');
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
