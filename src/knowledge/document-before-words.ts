/**
 * A quotation standing as a sentence of its own after a sentence of the same paragraph that quotes nothing and
 * opens with a document as its subject: "Mrs. Brannock's third letter, dated February 24, is the shortest.
 * '"They have killed him, Cora. …"'", "The order of the day was brief. '"…"'". The words are the document's
 * owner's when the text says whose it is (its possessor, sender, writer or signer: document-antecedents.ts),
 * else the document's or its author's as document-subject-words.ts reads a document opening a sentence.
 */
import type { WorkingSentence } from './annotate.ts';
import { namesOne, ownerOfDocumentAt } from './document-antecedents.ts';
import { isDocumentNoun } from './document-authors.ts';
import { openingDocument, tokensToVerb } from './document-subject-words.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { SpeakerFinder } from './speaker-finder.ts';
import { tokenAt, type PersonMention, type SpeakerGuess } from './speakers.ts';

/** Tokens at most before the previous sentence's verb: its subject, and a part set off after it. */
const MAX_SUBJECT_TOKENS = 16;

/** Nothing but marks and spaces: what stands after a quotation that is a sentence of its own. */
const ONLY_MARKS = /^[\s\p{P}]*$/u;

/**
 * Whose words the quotation `span` opening `sentence` is, as the document `previous` opens with, when nothing
 * but marks follows it in its sentence ('"…," it said.' has a tag of its own); `null` otherwise.
 */
export function documentBeforeWords(
  finder: SpeakerFinder,
  previous: WorkingSentence | undefined,
  sentence: WorkingSentence,
  span: QuoteSpan,
  people: readonly PersonMention[],
): SpeakerGuess | null {
  if (!previous || previous.paragraph !== sentence.paragraph || previous.quoteSpans.length > 0) return null;
  if (!ONLY_MARKS.test(sentence.analysis.text.slice(span.outerEnd, Math.max(span.outerEnd, sentence.end))))
    return null;
  const owned = ownedDocumentSubject(finder, previous);
  if (owned) return { ...owned, cue: null };
  const opening = openingDocument(finder, previous, previous.end, people);
  return opening === null ? null : { ...opening, cue: null };
}

/**
 * The owner of a document named before `sentence`'s first verb that no comma sets off ({@link tokensToVerb}:
 * "Mrs. Brannock's third letter, dated February 24, is …"), when the text says who owns it; `null` otherwise.
 */
function ownedDocumentSubject(
  finder: SpeakerFinder,
  sentence: WorkingSentence,
): { speakerId: string; speakerName: string } | null {
  const { tokens, verb } = tokensToVerb(sentence, sentence.end, MAX_SUBJECT_TOKENS);
  for (const t of verb < 0 ? tokens : tokens.slice(0, verb)) {
    const tok = tokenAt(sentence.analysis, t);
    if (tok.pos !== 'NOUN' || !isDocumentNoun(tok.value) || !namesOne(sentence, t)) continue;
    const owner = ownerOfDocumentAt(sentence, t, finder.entity, finder.isPersonNoun);
    return owner?.speakerId ? { speakerId: owner.speakerId, speakerName: owner.speakerName } : null;
  }
  return null;
}
