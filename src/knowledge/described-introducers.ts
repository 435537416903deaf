/**
 * A paragraph of quotation introduced by a sentence ending in a colon whose subject is a person the article
 * describes rather than names: "Our correspondent's account is very brief, as the affair was:", "A volunteer
 * of the Second Tennessee writes:". The words in the paragraph after are that person's, as described there
 * ("our correspondent"), as introduced-documents.ts gives them to a named introducer. The introducing
 * sentence must say something is said or written: a verb of saying or a noun for a communication.
 */
import { lowerFirst } from '../nlp/lower-first.ts';
import type { WorkingQuote, WorkingSentence } from './annotate.ts';
import { personPhrase } from './introduced-antecedents.ts';
import { ONLY_MARKS } from './quote-passes.ts';
import { tokenAt } from './speakers.ts';
import { openingDocument } from './document-subject-words.ts';
import type { SpeakerFinder } from './speaker-finder.ts';

/** What the reading asks of the article: entities, nouns for people and communications, verbs of saying. */
export interface IntroducerReader {
  entity(id: string): { type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
  isCommunicationNoun?(lemma: string): boolean;
  cues: { has(lemma: string): boolean };
}

/** Determiners of a described introducer besides the articles: the paper's own ("Our correspondent"). */
const OWN: ReadonlySet<string> = new Set(['our']);

/**
 * Gives the quotations with no speaker of a paragraph that opens with a quotation, after a sentence of the
 * paragraph before that ends in a colon and opens with a described person ({@link describedIntroducer}), to
 * that person, up to the first quotation of the paragraph that has a speaker.
 */
export function speakersOfDescribedIntroductions(
  quotes: WorkingQuote[],
  reader: IntroducerReader,
  finder: SpeakerFinder,
): void {
  let paragraph = -1;
  let speaker: { speakerId: string | null; speakerName: string } | null = null;
  for (const q of quotes) {
    if (q.parent !== null) continue;
    const own = q.sentence;
    if (own.paragraph !== paragraph) {
      paragraph = own.paragraph;
      const opens =
        own.position === 1 && ONLY_MARKS.test(own.analysis.text.slice(own.start, q.span.outerStart));
      const intro = own.previous;
      speaker =
        opens && intro && intro.paragraph === own.paragraph - 1 ? introducer(intro, reader, finder) : null;
    }
    if (speaker === null) continue;
    if (q.speakerName !== 'unattributed') {
      speaker = null;
      continue;
    }
    Object.assign(q, { ...speaker, cue: null, attributionSentence: null });
  }
}

/**
 * Who `sentence`, ending in a colon, hands the next paragraph to: the described person it opens with
 * ({@link describedIntroducer}), or the document it opens with, or that document's author ("The notice posted
 * at the station reads as follows:").
 */
function introducer(
  sentence: WorkingSentence,
  reader: IntroducerReader,
  finder: SpeakerFinder,
): { speakerId: string | null; speakerName: string } | null {
  if (!sentence.text.trimEnd().endsWith(':')) return null;
  const described = describedIntroducer(sentence, reader);
  if (described !== null) return { speakerId: null, speakerName: described };
  return openingDocument(finder, sentence, sentence.end, []);
}

/**
 * The described person `sentence` (ending in a colon) opens with as its subject ("our correspondent", "a
 * volunteer of …" up to its noun), when it says something is said or written and names no person; else `null`.
 */
function describedIntroducer(sentence: WorkingSentence, reader: IntroducerReader): string | null {
  if (sentence.mentions.some((m) => reader.entity(m.entityId)?.type === 'person')) return null;
  const { analysis } = sentence;
  let says = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd && !says; k++) {
    const tok = tokenAt(analysis, k);
    says =
      (tok.pos === 'VERB' && reader.cues.has(tok.lemma)) ||
      (tok.pos === 'NOUN' && (reader.isCommunicationNoun?.(tok.lemma) ?? false));
  }
  if (!says) return null;
  const phrase = personPhrase(reader, analysis, sentence.tokenStart, sentence.tokenEnd, OWN);
  if (!phrase) return null;
  const text = analysis.text.slice(tokenAt(analysis, phrase.from).start, tokenAt(analysis, phrase.head).end);
  return lowerFirst(text);
}
