/**
 * "The commandant sent word across by a boatman that he would hold the town 'against any number.'": words
 * quoted in part inside a sentence whose subject is a person described by a title or a noun ("the
 * commandant", "a boatman") and no name are that person's, as the article describes them, or the named
 * person the description stands for. They are not the next sentence's speaker ("Consul Zertuche said this
 * morning …"), who opens a sentence of their own.
 */
import { personPhrase } from './introduced-antecedents.ts';
import { tokenAt, type SpeakerGuess } from './speakers.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { WorkingSentence } from './working.ts';
import { lowerFirst } from '../nlp/lower-first.ts';

/** What the reading asks of the article: entities and nouns for people. */
export interface DescribedSubjectReader {
  entity(id: string): { id: string; name: string; type: string } | undefined;
  isPersonNoun(lemma: string): boolean;
}

/**
 * The person described by the noun phrase opening `sentence` ("The commandant"), when a verb follows it, no
 * one is named before the quotation `span`, and the quotation stands inside the sentence after its subject.
 */
export function describedSubjectsWords(
  reader: DescribedSubjectReader,
  sentence: WorkingSentence,
  span: QuoteSpan,
): SpeakerGuess | null {
  const { analysis } = sentence;
  const phrase = personPhrase(reader, analysis, sentence.tokenStart, sentence.tokenEnd);
  if (!phrase) return null;
  const head = tokenAt(analysis, phrase.head);
  if (head.end > span.outerStart) return null;
  const verb = analysis.tokens[phrase.head + 1];
  if (verb?.pos !== 'VERB' && verb?.pos !== 'AUX') return null;
  let own: string | null = null;
  for (const m of sentence.mentions) {
    if (tokenAt(analysis, m.token).start >= span.outerStart || m.via === 'pronoun') continue;
    const type = reader.entity(m.entityId)?.type;
    if (type !== 'person' && type !== 'organisation') continue;
    // "The sergeant sent word": the people finder read the description as a named person's role.
    if (m.token === phrase.from || m.token === phrase.head) own = m.entityId;
    else return null;
  }
  const entity = own ? reader.entity(own) : undefined;
  if (entity) return { speakerId: entity.id, speakerName: entity.name, cue: null };
  const text = analysis.text.slice(tokenAt(analysis, phrase.from).start, head.end);
  return { speakerId: null, speakerName: lowerFirst(text), cue: null };
}
